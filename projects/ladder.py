"""The ladder of participation in plain words, lowest rung first."""

from projects.models import Rung

RUNG_MEANINGS = {
    Rung.INFORMING: "People are told what has been decided. They have no say.",
    Rung.CONSULTATION: "People are asked what they think, but others decide.",
    Rung.ENGAGEMENT: "People are listened to and can shape some things, but others still lead.",
    Rung.CO_DESIGN: "People who use services design things together with staff, as equals.",
    Rung.CO_PRODUCTION: "Everyone shares the work, the power and the decisions from start to "
    "finish.",
}
