"""Static files made from others when they are collected: Bootstrap's stylesheet cut down to
the rules our pages can use (trim.py), from the words our templates, scripts and forms hold
(sources.py), served by a staticfiles finder (finders.py)."""
