"""Codesign as an installable app that still shows a person's own pages with no signal: the web
app manifest, the service worker (its script is static/js/service-worker.js), the page shown
offline for anything not saved, and the per-person key that names the saved pages' store."""
