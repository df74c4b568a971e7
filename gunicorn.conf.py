"""gunicorn settings for Codesign: `gunicorn codesign.wsgi` (this file is read from the
folder gunicorn starts in). Each value can be changed by an environment variable."""

import multiprocessing

from codesign.env import env_bool, env_int, env_list, env_str

# Where to listen. Behind a load balancer, usually 0.0.0.0:8000 on a private network.
bind = env_list("GUNICORN_BIND", ["127.0.0.1:8000"])

# Sync workers suit a Django app that talks to a database. WEB_CONCURRENCY is the usual name
# hosting platforms set; the default is two per core plus one.
workers = env_int("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1, minimum=1)

# A request that takes longer than this is stuck: the worker is restarted. Uploads of up to
# 20 MB on a slow phone connection are read by the proxy in front, not here.
timeout = env_int("GUNICORN_TIMEOUT", 30, minimum=1)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30, minimum=1)
keepalive = env_int("GUNICORN_KEEPALIVE", 5, minimum=0)

# Restart each worker now and then, so a slow leak never grows; the jitter stops them all
# restarting at once.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 1000, minimum=0)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 100, minimum=0)

# Logs to standard output and standard error, for the process manager to collect. The access
# log names each request's id, the same id the app writes on its own log lines; it can be
# turned off (the benchmark does, so writing it is not counted as the pages' work).
accesslog = "-" if env_bool("GUNICORN_ACCESS_LOG", True) else None
errorlog = "-"
loglevel = env_str("LOG_LEVEL", "info").lower()
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s "%(a)s"'

# The load balancer's addresses, whose X-Forwarded-* headers gunicorn may trust.
forwarded_allow_ips = ",".join(env_list("FORWARDED_ALLOW_IPS", ["127.0.0.1"]))
