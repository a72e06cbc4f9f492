"""Language red team (h-lang9): principles found on outsider6/outsider7 dev, each with paraphrases in other words and
clean look-alikes that share the words, written before the code that finds them was run.

Principles:
- NAME: British name-calling said as a sentence of its own ("Little brat.", "Little toerags.", "Stuck up snob."),
  aimed at whoever the post is about, is an insult (abuse_or_hate); "toerag" and "brat" are name-calling words
  (crude language, like "numpty" and "prat"), and "little sods" is the plural of a crude word the lists know.
- MILD: a mild oath ("Christ on a bike", "for Christ's sake") is noted as offensive language, below the packs'
  min_score, so no pack acts on it. "Bloody hell" stays unlabelled, as corpus/README.md says of the intensifier
  "bloody" (outsider6/7 read it as mild swearing, corpus dev as clean: the project's convention is kept).
- MASK: a masked word that spells a slur ("p***s" beside "immigrants") is read as the slur, not as a nonsense
  inflection of a swear word ("pisss").
- GROUP: a year group or class called names ("Year 6 this year are a bunch of spoilt little brats") is an insult
  aimed at pupils, like "the kids are brats"; "this year" as a time and "my car has been a pig" are not people.
- REPORTED ME: a writer complaining that someone "reported me" is not condemning abuse: an insult after it stands
  ("Get a life, Karen"), while reporting abuse by others ("I reported it to the school") still softens.
- ILLNESS: a protected identity called a mental illness, a disease or a phase ("it's a mental illness not an
  identity"), in the same sentence or the next, is hate; saying it is NOT one is not.
- LOSER: calling someone a loser is an insult (a plain put-down), not the bullying of a child's body or friendships.
- REPORT: handing a theft to the police ("the police have the CCTV") is a report, not offensive language. Telling
  people off for what they did ("you lot should be embarrassed", "your teachers should be ashamed") is disapproval,
  not abuse, but a veto for it cost OLID a true positive, so those rows are kept as xfails.
The demo school and roster are used; the pack is named per table.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row as _r
from safepost.types import Post

HATE = ("abuse_or_hate",)
INSULT = ("abuse_or_hate:insult",)
HARASS = ("abuse_or_hate:harassment",)
RACIST = ("abuse_or_hate:racist", "abuse_or_hate:homophobic")
LANG = ("offensive_language",)
BOTH = ("abuse_or_hate", "offensive_language")

PARAPHRASES = [
    # NAME: a name-calling sentence aimed at the person the post is about
    _r("The boy who keeps kicking the ball over my fence and then knocking for it. Little brat", HATE),
    _r("Some kids threw eggs at the bus shelter again last night. Little toerags!", HATE, "public"),
    _r("That mum who pushed in at the school fair queue. Stuck up snob.", HATE, "parent"),
    _r("Whoever parked across the staff car park exit this morning: absolute muppet.", HATE),
    _r("The lad from Year 9 who set the fire alarm off on purpose. Spoilt little brat.", HATE),
    _r("The dad at the gate who shouted at the lollipop lady. Silly cow of a wife too.", HATE,
       xfail="'silly cow of a wife' is a phrase, not a sentence of name-calling alone"),
    _r("He's a proper little toerag, that one", HATE),
    _r("Rang the council about the bins again and got the same woman. Total jobsworth.", HATE),
    _r("The dad who lets his kid climb on the minibus. Whinger too, complains about everything. Busybody.", HATE),
    _r("Kids from the estate keep ringing doorbells and running off. Bunch of toerags", BOTH, "public"),
    _r("Year 9 at that academy were awful. Little sods, the lot of them.", LANG),
    # NAME, other British name-calling words
    _r("Some scrote has nicked the lead off the church roof again. Scrotes, the lot of them", HATE, "public"),
    _r("The bloke who runs the car wash is an absolute wazzock", HATE, "parent"),
    _r("That referee on Sunday was a complete nincompoop", HATE),
    _r("Whoever designed this car park is a numbskull", HATE, "parent"),
    _r("The yobs on the rec were at it again last night. Yobbos.", HATE, "public"),
    _r("My neighbour is a lazy scrounger who moans about everyone", HATE, "parent"),
    _r("That councillor is a gobshite and everyone knows it", BOTH, "public"),
    # GROUP: a year group or class called names
    _r("Year 10 this term are a bunch of ungrateful little toerags", HATE),
    _r("My new class are absolute brats, worst group I've had in years", HATE),
    _r("This year's intake are a load of spoilt brats and the parents are worse", HATE),
    _r("Honestly Yr 9 are vile little cretins this week", HATE),
    # REPORTED ME
    _r("Whichever mum reported me to the head for parking on the zigzags for ten seconds: get a life.", HARASS),
    _r("Imagine being the dad who reported us to Ofsted over a cancelled trip. Get a life, Karen.", HARASS),
    # ILLNESS
    _r("Trans kids in primary school? No chance, it's a mental illness not an identity", HATE, "parent"),
    _r("Being gay is a disease and schools shouldn't teach it", HATE, "public", "official"),
    _r("Transgender is just a mental disorder, end of", HATE, "public", "official"),
    # MILD: noted, not acted on (see test_mild_exclamations_are_noted_not_acted_on)
    _r("Christ on a bike, that was the longest staff meeting of my life", LANG),
    _r("For Christ's sake, the heating's off in the whole school again", LANG),
    # MASK: a masked slur beside a group word
    _r("Too many p***s at that school now, no wonder it's gone downhill", RACIST, "public", "official"),
    # LOSER: a plain put-down is an insult
    _r("Maths is the worst, Mr Reeve is such a loser 🤮", INSULT, "pupil"),
]

ORDINARY = [
    # NAME look-alikes: the same words, harmless meaning
    _r("Proud army brat here: moved schools six times and it made me who I am", HATE),
    _r("Brat summer is over, back to lanyards and lesson plans", BOTH),
    _r("Our new calf was born this morning on my brother's farm, the cow is doing well", HATE),
    _r("Cheeky monkey! Our Reception class hid all the PE cones in the sandpit", BOTH),
    _r("My two were little terrors at bedtime but I love them to bits", BOTH, "parent"),
    _r("Heavy shower at sports day but everyone kept going, well done all", BOTH),
    _r("What a shower! Got drenched walking back from the swimming baths", BOTH),
    _r("Got a bloody nose in the staff netball match, worth it though", BOTH),
    _r("We got battered 6-0 on Saturday, the lads never gave up", BOTH),
    _r("Little one is teething, nobody slept. Send coffee", BOTH, "parent"),
    _r("The Year 6 girls were absolute stars at the tournament today", BOTH),
    _r("Lost my voice. Total nightmare.", HATE),
    _r("Bake sale raised £340. Absolute legends.", BOTH),
    _r("Fuck, what a week. Roll on half term", HATE),
    _r("Locked out of the car again. F***!", HATE),
    _r("Bastard! Stubbed my toe on the PE cupboard again", HATE),
    # NAME look-alikes for the other words
    _r("The Berks and Bucks cup final is on Saturday, come and support the under 15s", HATE),
    _r("The yoga lady was a complete natural with the Year 3s", HATE),
    # GROUP look-alikes
    _r("Year 6 were little stars at sports day, so proud", HATE),
    _r("My car this year has been a pig to start in the cold", HATE),
    _r("This year has been a nightmare for staffing, roll on July", HATE),
    _r("The class were a bunch of cheeky monkeys today 😂", HATE),
    _r("Year 5 are a lovely bunch, so kind to the new starters", HATE),
    # REPORTED ME / ILLNESS look-alikes
    _r("Someone called my son a loser at the gate today. Not OK. Reported it to the school.", HATE, "parent"),
    _r("Being trans is not a mental illness, and our pupils deserve to hear that", HATE),
    _r("Being gay isn't a phase, it's who you are. Happy Pride from the staffroom", HATE),
    _r("Muslim families are welcome at the vaccination clinic on Friday. Measles is a disease we can stop together.",
       HATE),
    _r("Our Polish families asked about toddler biting. It's a phase, we promise, and the nursery team can help", HATE),
    _r("Autism is a difference, not a disease: brilliant training from our SENCo today", HATE),
    _r("Our trans pupils are more likely to struggle with their mental health, so the new support group matters", HATE),
    # calling out conduct ("Liar.") is judged as disparaging by corpus dev, not as abuse
    _r("A certain TA has been telling everyone she has a degree. She hasn't. Liar.", HATE),
    _r("Another INSET day where leadership read slides at us for three hours. Clowns.", HATE),
    _r("Anyone else think the new head is a bit of a snob about coffee? Just me?", HATE),
    _r("I'm a total snob about biscuits, only the good ones for the staffroom", HATE),
    # MILD look-alikes: the intensifier (corpus/README.md), the injury and the faith are left alone
    _r("Bloody hell, the printer has jammed again and reports are due tomorrow", LANG),
    _r("Proper bloody freezing on the touchline today, hot chocolate saved me", LANG),
    _r("He came off with a bloody knee but carried on, what a lad", LANG),
    _r("Jesus Christ is risen! Happy Easter from everyone at Newport CE Junior", LANG),
    _r("Our Year 4s made a lovely Christ Child for the nativity crib", LANG),
    _r("God I'm so hungover. Worth it though, what a wedding", LANG),
    # LOSER look-alikes
    _r("Whoever loses the staff quiz buys the cakes, may the best loser win 😂", HARASS),
    # REBUKE and reports
    _r("Some parents at pick up were screaming at a referee who is 15. Absolutely shameful. You lot should be "
       "embarrassed.", HATE),
    _r("Your teachers should be ashamed, the pupils from that school dropped litter all over the bus stop.",
       BOTH, "public", "official", xfail="a rebuke read as offensive tone by the model (info level, below min_score): "
                                         "a veto for rebukes cost OLID a true positive, so left alone"),
    _r("To whoever took the bikes from the bike shed: the police have the CCTV, karma will catch up with you.", BOTH),
    _r("To the person who smashed the minibus window at the weekend, the police have the footage. Shame on you.", BOTH),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("staff-declaration")


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_get_no_finding_of_the_rules_category(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text", [
    "Christ on a bike that was a long parents' evening",
    "Had the worst week. For Christ's sake, what next",
])
def test_mild_exclamations_are_noted_not_acted_on(checker, text):
    res = checker.check(Post(text=text, author="staff", account="personal"))
    assert {f.severity for f in res.findings if f.category == "offensive_language"} == {"info"}, res.findings
    assert res.verdict == "allow"


def test_loser_is_an_insult_not_harassment(demo_checker_factory):
    res = demo_checker_factory("marshfields").check(
        Post(text="PE is actually the worst lesson, Holt is such a loser 🤮", author="pupil", account="personal"))
    assert {f.kind for f in res.findings if f.category == "abuse_or_hate"} == {"insult"}
    assert res.verdict == "warn"


@pytest.mark.parametrize("text", [
    "Aisha in 6B is a loser and everyone hates her 😂",
    "that new girl is so annoying, everybody hates her",
    "Dylan thinks he's funny but everyone can't stand him",
])
def test_everyone_hating_a_child_is_bullying(demo_checker_factory, text):
    res = demo_checker_factory("marshfields").check(Post(text=text, author="pupil", account="personal"))
    assert "harassment" in {f.kind for f in res.findings if f.category == "abuse_or_hate"}, res.findings


def test_everyone_hating_a_thing_is_not_bullying(demo_checker_factory):
    res = demo_checker_factory("marshfields").check(
        Post(text="Everyone hates Mondays, everyone hates her alarm clock too 😂", author="pupil", account="personal"))
    assert not [f for f in res.findings if f.category == "abuse_or_hate"], res.findings


def test_a_sentence_of_name_calling_about_a_pupil_blocks_in_the_staff_pack(checker):
    res = checker.check(Post(text="Hope the kid that kept ringing the office pretending to be his mum is proud of "
                                  "himself. Little brat", author="staff", account="personal"))
    assert res.verdict == "block"
