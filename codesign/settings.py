"""Codesign settings. Every value that differs between machines comes from the environment;
see .env.example for the full list."""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from codesign.env import env_bool, env_choice, env_int, env_list, env_str, env_url
from codesign.runtime.infrastructure import cache_from_env, media_storage_from_env
from codesign.runtime.messaging import messaging_settings

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Set DEBUG=true for local development."
        )
    SECRET_KEY = "insecure-development-key-only-used-when-debug-is-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The address people type and scan: join links, QR codes on cards and links in messages.
SITE_URL = env_url("SITE_URL", "http://127.0.0.1:8000")
# Open Badges are signed with this private key (PEM; RSA 2048+ or Ed25519; "\n" may stand for
# line breaks). Unset: a key derived from SECRET_KEY (see sessions/credentials/keys.py).
CREDENTIAL_SIGNING_KEY = env_str("CREDENTIAL_SIGNING_KEY").replace("\\n", "\n")
# Public keys (PEM) of earlier signing keys, so the badges they signed still check.
CREDENTIAL_PREVIOUS_KEYS = env_str("CREDENTIAL_PREVIOUS_KEYS").replace("\\n", "\n")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "phonenumber_field",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "codesign",
    "projects",
    "participants",
    "sessions.apps.WorkshopsConfig",
]

MIDDLEWARE = [
    # First: load balancers ask for /healthz by the server's own address, before host checks.
    "codesign.runtime.health.HealthCheckMiddleware",
    "codesign.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages, CSV and JSON are gzipped here; pictures, PDFs and other files are not, and static
    # files never reach it (WhiteNoise serves its own compressed copies). Safe against BREACH for
    # pages with a form: Django masks the CSRF token afresh in every response, this pads each
    # body with up to 100 random bytes, and the session cookie is SameSite=Lax, so a page another
    # site makes the browser fetch in the background comes back signed out.
    "codesign.middleware.CompressTextMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, with the session's account read from the shared cache (see its docstring).
    "codesign.runtime.signed_in.SignedInUserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "codesign.middleware.PrivatePagesMiddleware",
    "codesign.middleware.MethodNotAllowedPageMiddleware",
]

ROOT_URLCONF = "codesign.urls"
WSGI_APPLICATION = "codesign.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "projects.context_processors.site",
                "codesign.offline.context.offline_user_key",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rate limits (sign-in, new accounts, wrong join codes) count in this cache, so with several
# web processes or servers it must be shared: "database" or a redis:// address.
CACHES = {"default": cache_from_env("CACHE_URL")}

AUTH_USER_MODEL = "participants.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# Accounts: people sign in with their email address or, if they have no email, with the
# sign-in name on their card (the join pages make accounts without email; allauth's own
# sign-up page still asks for one). A new account with an email address is finished from a
# link emailed to it, unless an emailed invitation already proved the address; after that an
# unchecked address never blocks signing in. Wrong passwords count against allauth's limits
# whichever way someone signs in.
ACCOUNT_ADAPTER = "participants.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_USERNAME_MIN_LENGTH = 4
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "participants.forms.signup.SignupExtraForm"
ACCOUNT_FORMS = {
    name: f"participants.forms.sign_in.{form}"
    for name, form in {
        "login": "LoginForm",
        "signup": "SignupForm",
        "add_email": "AddEmailForm",
        "change_password": "ChangePasswordForm",
        "set_password": "SetPasswordForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "request_login_code": "RequestLoginCodeForm",
        "confirm_login_code": "ConfirmLoginCodeForm",
        "reauthenticate": "ReauthenticateForm",
    }.items()
}
# Signing up never reveals whether an address already has an account (participants.views.signup).
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_VERIFICATION = env_choice(
    "ACCOUNT_EMAIL_VERIFICATION", {"mandatory", "optional", "none"}, "optional"
)
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS_ENABLED = env_bool("ACCOUNT_RATE_LIMITS_ENABLED", True)
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Codesign: "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", "English")]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Bootstrap's stylesheet reaches pages cut down to the rules they can use (codesign/assets/),
# made from the installed package when static files are collected or served in development.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "codesign.assets.finders.TrimmedBootstrapFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Email, texts and letters: which gateway each leaves through (codesign/runtime/messaging.py).
globals().update(messaging_settings())
PHONENUMBER_DEFAULT_REGION = "GB"
# Earnings limits some benefits set (label, pence, "week" or "month"), shown to people who are
# paid beside what they were paid that week or month. They change each April: update them here.
BENEFIT_LIMITS = [
    ("Carer's Allowance: earnings limit (from April 2025)", 19600, "week"),
    ("ESA permitted work: lower limit", 2000, "week"),
    ("ESA permitted work: higher limit (from April 2025)", 19550, "week"),
]
TEXT_QUIET_HOURS = (21, 8)  # none 21:00-08:00 (held till morning) unless about that day

# Email and reminders run as tasks: in-process by default, on the database queue in production
# (run `manage.py db_worker` beside the web processes).
TASK_BACKEND = env_choice("TASK_BACKEND", {"immediate", "database"}, "immediate")
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if TASK_BACKEND == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        ),
        "ENQUEUE_ON_COMMIT": False,
    }
}

SESSION_COOKIE_HTTPONLY = True
# Compressed pages rely on this (see CompressTextMiddleware above): keep it Lax or Strict.
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
# Kept in the database, read from the shared cache when there is one (see its docstring).
SESSION_ENGINE = "codesign.runtime.sessions"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content Security Policy: scripts, styles, fonts and pictures come only from this site; no
# inline script; no page may be framed; forms post only here. Bootstrap's CSS draws some
# icons (checkboxes, select arrows) as data: pictures.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# Who may start a project: "anyone" signed in, or only "organisers" (people a site
# administrator has marked as organisers in the admin).
PROJECT_CREATORS = env_choice("PROJECT_CREATORS", {"anyone", "organisers"}, "anyone")

# Logs go to standard output, one line each, with the id of the request that wrote them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "codesign.middleware.RequestIdLogFilter"}},
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": "line",
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO").upper()},
    # fontTools (which fpdf2 uses for the letters' fonts) tells every step at INFO.
    "loggers": {"django.db.backends": {"level": "INFO"}, "fontTools": {"level": "WARNING"}},
}
