"""The consent questions, word for word, kept in one place so that what someone was shown can be
proven later.

Every `Consent` row stores the full wording from `text_shown()` at the moment it was given.
Never edit a published version: add a new one to `VERSIONS` and point `CURRENT_VERSION` at it.
Answers given to an older version stay valid, but the next time the person answers they are
asked again with the new words (see `services.consents_give`).
"""

from dataclasses import dataclass

from participants.models import Consent

Level = Consent.Level
Purpose = Consent.Purpose


@dataclass(frozen=True)
class ConsentQuestion:
    purpose: str
    question: str
    explanation: tuple[str, ...]  # paragraphs, shown under the question
    choices: tuple[tuple[str, str], ...]  # (Consent.Level value, words on the button)

    def choice_label(self, level):
        return dict(self.choices).get(level, Level(level).label if level else "")


VERSIONS = {
    "1": {
        Purpose.DATA: ConsentQuestion(
            purpose=Purpose.DATA,
            question="Can we use your information for this project?",
            explanation=(
                "What we keep: your name, your role in the project, your answers on this page, "
                "what you tell us helps you take part (like childcare, travel or when you can "
                "come), how to contact you, and what you add to the project, like ideas and "
                "comments.",
                "Who sees it: the project lead and the facilitators who run the sessions see what "
                "helps you take part and how to contact you. So does the person who invited you, "
                "if they are a local lead. Other people in the project see your name and what you "
                "add to the project. They never see your support needs or contact details.",
                "What for: to run the project and plan sessions that you can get to.",
                "You can see or download everything we keep about you, change your mind, or "
                "delete your account at any time from My page.",
            ),
            choices=(
                (Level.YES, "Yes, you can use my information for this project"),
                (Level.NO, "No"),
            ),
        ),
        Purpose.PHOTOS: ConsentQuestion(
            purpose=Purpose.PHOTOS,
            question="Can photos of you be used?",
            explanation=(
                "Photos are sometimes taken at sessions, for example of people making things "
                "together. Choose where photos that show you may be used.",
                "If you change your mind, the change works straight away.",
            ),
            choices=(
                (Level.NO, "No, not at all"),
                (Level.PHOTOS_INSIDE, "Only inside the project, for people taking part"),
                (Level.PHOTOS_REPORTS, "Inside the project and in reports about it"),
                (Level.PHOTOS_PUBLIC, "Anywhere, including on a public web page"),
            ),
        ),
        Purpose.CONTACT: ConsentQuestion(
            purpose=Purpose.CONTACT,
            question="Can people running the project contact you?",
            explanation=(
                "This means the project lead, the facilitators and the person who invited you "
                "may get in touch about sessions and the project, in the way you choose.",
                "You can say no and still take part: you will find news when you sign in.",
            ),
            choices=(
                (Level.YES, "Yes, you can contact me about this project"),
                (Level.NO, "No, please do not contact me"),
            ),
        ),
    },
}

CURRENT_VERSION = "1"


def questions(version=CURRENT_VERSION):
    """The questions of one version, in the order they are asked."""
    return [VERSIONS[version][purpose] for purpose in Purpose.values]


def question(purpose, version=CURRENT_VERSION):
    return VERSIONS[version][purpose]


def text_shown(purpose, *, version=CURRENT_VERSION):
    """The exact words a person saw for one question, as stored in `Consent.text_shown`.

    The printed paper form uses the same words, so answers given on paper store the same text
    (`Consent.recorded_by` says who typed them in)."""
    q = question(purpose, version)
    lines = [f"Consent wording version {version}", "", q.question, ""]
    for paragraph in q.explanation:
        lines += [paragraph, ""]
    lines.append("Choices:")
    lines += [f"- {label}" for _level, label in q.choices]
    return "\n".join(lines)
