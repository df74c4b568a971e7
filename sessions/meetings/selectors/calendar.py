"""Sessions as calendar events (.ics): one session to download, or a person's private feed.

An event keeps its UID for life and its SEQUENCE grows with each change, so calendar apps
update the event they already have; a cancelled session stays in the feed as CANCELLED so
it disappears from people's calendars rather than lingering.

The time zone is written as two yearly rules, not as the list of every clock change that
icalendar would make from the tz database: Outlook misreads those lists and shows summer
sessions an hour out.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vDuration,
    vText,
)

from participants.notify import site_url
from projects.roles import MemberStatus
from sessions.models import CalendarSettings, Session

FEED_PAST_DAYS = 90
# How often a calendar app that follows the feed should fetch it again.
FEED_REFRESH = timedelta(hours=6)


def calendar_for(sessions, *, name, refresh=None):
    calendar = Calendar()
    calendar.add("prodid", "-//Codesign//Sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Escaped as text, like the summary (a name with a line break would break the file).
    calendar.add("x-wr-calname", vText(" ".join(name.split())))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if refresh:
        # REFRESH-INTERVAL is the standard (RFC 7986); Outlook and older apps read the other.
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", vDuration(refresh))
    if settings.TIME_ZONE == "Europe/London":
        calendar.add_component(london_timezone())
    for session in sessions:
        calendar.add_component(session_event(session))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def london_timezone():
    """UK time as the rule it has followed since 1996: summer time (BST) from 01:00 GMT on the
    last Sunday in March, back to GMT at 02:00 BST on the last Sunday in October."""
    zone = Timezone()
    zone.add("tzid", "Europe/London")
    for part, starts, month, before, after, name in [
        (TimezoneStandard, datetime(1996, 10, 27, 2), 10, 1, 0, "GMT"),
        (TimezoneDaylight, datetime(1996, 3, 31, 1), 3, 0, 1, "BST"),
    ]:
        change = part()
        change.add("dtstart", starts)
        change.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        change.add("tzoffsetfrom", timedelta(hours=before))
        change.add("tzoffsetto", timedelta(hours=after))
        change.add("tzname", name)
        zone.add_component(change)
    return zone


def session_event(session):
    """The session as an event: what, when, where and a link; nobody's personal details."""
    zone = ZoneInfo(settings.TIME_ZONE)
    event = Event()
    event.add("uid", session.uid)
    event.add("sequence", session.sequence)
    event.add("dtstamp", session.updated_at or timezone.now())
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    event.add("summary", f"{'Cancelled: ' if session.is_cancelled else ''}{session.title}")
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    if session.where:
        event.add("location", session.where)
    url = site_url(session.get_absolute_url())
    event.add("url", url)
    lines = [session.description.strip()] if session.description.strip() else []
    if session.online_link:
        lines.append(f"Online: {session.online_link}")
    if session.getting_there.strip() and not session.is_online:
        lines.append(f"Getting there: {session.getting_there.strip()}")
    if session.support_offered:
        lines.append("Support offered: " + ", ".join(session.support_offered) + ".")
    lines.append(f"Reply or see changes: {url}")
    event.add("description", "\n\n".join(lines))
    return event


def session_ics(session):
    return calendar_for([session], name=session.title)


def feed_sessions(user, now=None):
    """The sessions of every project the person takes part in, recent and to come."""
    since = (now or timezone.now()) - timedelta(days=FEED_PAST_DAYS)
    return (
        Session.objects.filter(
            project__participants__user=user,
            project__participants__status=MemberStatus.ACTIVE,
            ends_at__gte=since,
        )
        .select_related("project")
        .distinct()
        .order_by("starts_at", "pk")
    )


def next_sessions(user, now=None, limit=10):
    """The sessions to come in every project the person takes part in, soonest first, with
    what they need to get there: for their sessions page, which they may read offline."""
    return (
        Session.objects.filter(
            project__participants__user=user,
            project__participants__status=MemberStatus.ACTIVE,
        )
        .upcoming(now)
        .select_related("project")
        .distinct()
        .order_by("starts_at", "pk")[:limit]
    )


def feed_owner(token):
    """The user whose feed this token opens, or None (revoked or never made)."""
    if not token:
        return None
    found = (
        CalendarSettings.objects.select_related("user")
        .filter(feed_token=token, user__is_active=True)
        .first()
    )
    return found.user if found else None


def calendar_settings_of(user):
    return CalendarSettings.objects.filter(user=user).first() or CalendarSettings(user=user)
