"""The reference story's evidence: its outcomes, what people learnt, and how co-produced
people rated it."""

DEMO_OUTCOMES = [
    (
        "Friends' pack used in residential care",
        "resource_adopted",
        "Young people said that moving on from care is lonely, and that nobody tells you how to "
        "keep in touch with the friends you made there.",
        "Young people, staff and the facilitators made a mock-up of a friends' pack, tested it "
        "and improved it. The council agreed to print it and give it out.",
        "Every young person leaving residential care in Argyll and Bute is now given the pack.",
        "Used in all residential units since the spring; 9 packs given out so far.",
        "Develop the friends' pack for use in residential care",
        "manager@demo.codesign.test",
        80,
        60,
    ),
    (
        "Training that builds young people's confidence to work with practitioners",
        "training",
        "Young people said they felt unsure speaking up in meetings full of professionals.",
        "Young people and staff wrote a short training session together, and young people "
        "help run it.",
        "",
        "Two training sessions held so far.",
        "Hold sessions in the evening so young people at college or work can come",
        "staff@demo.codesign.test",
        30,
        None,
    ),
    (
        "Young people paid for their time",
        "structural_change",
        "Young people said it was not fair that everyone else was paid to be there and they "
        "were not.",
        "IRISS adopted a policy of paying people who use services when they work in partnership.",
        "Young people are paid at the same rate as others for the time they give.",
        "",
        "Pay young people for their time at the same rate as others",
        None,
        None,
        None,
    ),
]

# The photo kept as evidence of the friends' pack outcome (a drawing: nobody is in it).
DEMO_OUTCOME_PHOTO_ALT = (
    "Three printed friends' packs standing on a shelf in a residential unit, blue covers "
    "with a yellow sun, beside a card saying “Take one when you move on”"
)

# Reflections from the reference story: (who wrote it (email), kind, text).
DEMO_REFLECTIONS = [
    (
        "staff@demo.codesign.test",
        "helped",
        "The project lead worked for IRISS, so she was independent and not part of council "
        "politics.",
    ),
    (
        "manager@demo.codesign.test",
        "helped",
        "Council staff could see the value of working with the young people, so we made time "
        "for it.",
    ),
    (
        "young.person@demo.codesign.test",
        "difficulty",
        "Meetings in the day were hard when you are at college or at work.",
    ),
    (
        "young.person2@demo.codesign.test",
        "difficulty",
        "Words like co-production and prototyping were hard to follow at first.",
    ),
    (
        "young.person@demo.codesign.test",
        "difficulty",
        "It did not feel fair that everyone else was paid to be there and we were not.",
    ),
    (
        "facilitator@demo.codesign.test",
        "difficulty",
        "The weather closed the roads more than once; people here are used to it, we were not.",
    ),
    (
        "facilitator@demo.codesign.test",
        "strength",
        "Making things, like a mock-up of the friends' pack and a map, meant everyone had to "
        "explain what they meant, and we learnt from each other.",
    ),
    (
        "lead@demo.codesign.test",
        "advice",
        "Hold sessions out of working hours from the start, and pay young people for their time.",
    ),
]

# Anonymous ladder ratings: staff see it as more co-produced than the young people do.
DEMO_LADDER = [
    ("young.person@demo.codesign.test", "young_person", "engagement"),
    ("young.person2@demo.codesign.test", "young_person", "co_design"),
    ("staff@demo.codesign.test", "staff", "co_production"),
    ("manager@demo.codesign.test", "manager", "co_production"),
    ("facilitator@demo.codesign.test", "facilitator", "co_design"),
]
