from django.core.management import call_command

from sessions.models import Attendance, Disruption, Session, SessionPhoto


def test_the_demo_has_the_reference_storys_sessions_once_however_often_it_runs(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    first = sorted(Session.objects.values_list("pk", "title"))
    photos = list(SessionPhoto.objects.values_list("pk", flat=True))
    call_command("seed_demo")
    assert sorted(Session.objects.values_list("pk", "title")) == first
    assert list(SessionPhoto.objects.values_list("pk", flat=True)) == photos
    evening = Session.objects.get(title__startswith="Evening workshop")
    assert not evening.in_working_hours
    snowed = Session.objects.get(status="moved_online")
    assert snowed.disruptions.get().reason == Disruption.Reason.WEATHER
    meetings = Session.objects.filter(kind="working_group")
    assert meetings.count() == 6 and len({m.series for m in meetings}) == 1
    past = Session.objects.get(title="First workshop: sharing experiences")
    came = Attendance.objects.filter(session=past, attended=True)
    assert came.count() == 5 and came.filter(participant__user__isnull=True).exists()
    assert past.photos.count() == 2 and all(p.alt_text for p in past.photos.all())
