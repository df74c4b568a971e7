"""Portable proof of what a person did: each finished training and each certificate of
involvement as an Open Badge (an Open Badges 3.0 credential), signed by the site, checkable by
anyone at /credentials/verify/ and revocable by the project's lead."""
