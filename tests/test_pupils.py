"""Pupil names: roster names in every form, words that are only words, adults who share a name, and no roster."""
from __future__ import annotations

import pytest

from safepost.context import Context, Pupil, Roster, School
from safepost.detectors.pupils import DETECTORS, PupilNames, first_names
from safepost.packs import load_pack

PACK = load_pack("newport-cejs")


@pytest.fixture(scope="module")
def demo(school_path, roster_path):
    school, roster = School.from_yaml(school_path), Roster.from_csv(roster_path)
    return DETECTORS[0].prepare(PACK, school, roster), Context(pack=PACK, school=school, roster=roster)


@pytest.fixture(scope="module")
def bare(school_path):
    school = School.from_yaml(school_path)
    return DETECTORS[0].prepare(PACK, school, None), Context(pack=PACK, school=school)


def found(det_ctx, text):
    det, ctx = det_ctx
    return [(text[s.start:s.end], s.attrs.get("pupil"), s.attrs.get("form")) for s in det.detect(text, ctx)]


# (text, [(evidence, pupil display name, form)]) against the demo roster
ROSTER_CASES = [
    ("Well done Amelia Hart for a great week!", [("Amelia Hart", "Amelia Hart", "full")]),
    ("Well done to Amelia for her writing.", [("Amelia", "Amelia Hart", "first")]),
    ("AMELIA WAS AMAZING TODAY", [("AMELIA", "Amelia Hart", "first")]),
    ("amelia was amazing today", [("amelia", "Amelia Hart", "first")]),
    ("Amelia's mum came to help", [("Amelia", "Amelia Hart", "first")]),
    ("Amelia’s painting is on the wall", [("Amelia", "Amelia Hart", "first")]),
    ("Amelias painting is on the wall", [("Amelia", "Amelia Hart", "first")]),
    ("Olly scored twice", [("Olly", "Olly Bennett", "preferred")]),
    ("Olly Bennett scored twice", [("Olly Bennett", "Olly Bennett", "full")]),
    ("Oliver Bennett scored twice", [("Oliver Bennett", "Olly Bennett", "full")]),
    ("Bennett, Oliver: 4 house points", [("Bennett, Oliver", "Olly Bennett", "full")]),
    ("#WellDoneAmelia", [("Amelia", "Amelia Hart", "hashtag")]),
    ("#AmeliaHart", [("AmeliaHart", "Amelia Hart", "hashtag")]),
    ("#teamamelia", [("amelia", "Amelia Hart", "hashtag")]),
    ("#welldonewill", [("will", "Will Thompson", "hashtag")]),
    ("Well done Zofia Zielinski!", [("Zofia Zielinski", "Zosia Zieliński", "full")]),
    ("Well done Zosia Zieliński!", [("Zosia Zieliński", "Zosia Zieliński", "full")]),
    ("Ciaran O’Neill read beautifully", [("Ciaran O’Neill", "Ciarán O'Neill", "full")]),
    ("Ciarán ONeill read beautifully", [("Ciarán ONeill", "Ciarán O'Neill", "full")]),
    ("ciaran o'neill read beautifully", [("ciaran o'neill", "Ciarán O'Neill", "full")]),
    ("Congratulations to Will in Year 5 for his swimming badge!", [("Will", "Will Thompson", "first")]),
    ("Grace was star of the week!", [("Grace", "Grace Okafor", "first")]),
    ("Well done Mark for star of the week", [("Mark", "Mark Whitfield", "first")]),
    ("Well done Hope in 3H!", [("Hope", "Hope Reid", "first")]),
    ("Reggie was star of the week in Year 3", [("Reggie", "Reggie Doyle", "first")]),
    ("Poppy was brilliant in assembly", [("Poppy", "Poppy Evans", "first")]),
    ("Summer's mum will collect her", [("Summer", "Summer Jones", "first")]),
    ("Mo was star of the week", [("Mo", "Mo Hussain", "preferred")]),
    ("Summer Jones in Year 6 was brilliant", [("Summer Jones", "Summer Jones", "full")]),
    ("#WellDoneSummer", [("Summer", "Summer Jones", "hashtag")]),
    ("Hart in Year 4 did great", [("Hart", "Amelia Hart", "surname_with_class")]),
    ("Hart in Reception did great", [("Hart", "Felix Hart", "surname_with_class")]),
    ("Harry did well today", [("Harry", "Harry Singh", "first")]),
    ("Well done Amelia and Grace in 4B", [("Amelia", "Amelia Hart", "first"), ("Grace", "Grace Okafor", "first")]),
    ("Well done Amelia H. in 4B", [("Amelia H.", "Amelia Hart", "first")]),
    ("Star of the week: Grace O", [("Grace O", "Grace Okafor", "first")]),
    # True negatives: words that are names, adults who share a name, books and famous people
    ("Will the PTA please meet at 3pm", []),
    ("I will bring cakes", []),
    ("Will everyone in Year 4 bring a coat?", []),
    ("Will I need to bring a coat to sports day?", []),
    ("By the grace of God we won", []),
    ("There is a grace period of a week", []),
    ("Grace period ends Friday", []),
    ("Summer term starts on Monday.", []),
    ("The summer fair is on Saturday.", []),
    ("#SummerFair is on Saturday", []),
    ("Rose to the challenge", []),
    ("She gave me a rose", []),
    ("Mrs Rose will take the register", []),
    ("Mr Hart came in", []),
    ("Mark the books tonight", []),
    ("Full marks for everyone", []),
    ("My husband Mark is cooking tonight", []),
    ("Mark the plumber is coming on Tuesday", []),
    ("Amber warning for snow tomorrow", []),
    ("An amber warning is in place", []),
    ("I hope you all had a lovely break", []),
    ("Hope everyone is well", []),
    ("Our dog Reggie loves the beach", []),
    ("Reggie the dog loves the beach", []),
    ("Leo season is here", []),
    ("Harry Potter day is on Friday", []),
    ("Poppy appeal starts today", []),
    ("Ivy is growing on the wall", []),
    ("Ruby wedding anniversary", []),
    ("Jack Russell puppies for sale", []),
    ("Max 30 children per class", []),
    ("Matilda by Roald Dahl is our class book", []),
    ("Henry VIII had six wives", []),
    ("Half a mo", []),
    ("Well done Brookfield!", []),
    ("Jack of all trades", []),
    ("Year 4 learned about the Prophet Muhammad this week", []),
    ("We read the story of Noah in RE", []),
    ("Noah's Ark was built from cardboard", []),
    ("The Oscars are on tonight", []),
    ("Thanks to Amelia (our TA) for the help", []),
    ("Year 6 visited the Florence Nightingale museum", []),
    ("We had a visit from author Jacob Smith", []),
    ("Charlie and the Chocolate Factory is our class book", []),
    ("Thanks to Grace and Mark for running the staff quiz", []),
    ("Congrats to my cousin Ruby on passing her driving test!!", []),
    ("Meet in the Sports Hall in Year 6 corridor", []),
    ("Lovely meal with Grace and Tom for our 10th anniversary of being friends", []),
    ("Anyone lost a cat near here? Ginger tom, very friendly", []),
    ("Year 6 are studying Muhammad Ali for Black History Month", []),
    ("Congratulations Rose on your swimming certificate", [("Rose", "Rose Patel", "first")]),
    ("Kids came home saying Jack bit someone again", [("Jack", "Jack Murphy", "first")]),
    ("My daughter came home crying because of Will. Is anyone doing anything?", [("Will", "Will Thompson", "first")]),
    ("Hi Archie I've seen your post, can you DM me please?", [("Archie", "Archie Kaur", "first")]),
    # a word-name greeted, or beside the school day's things: a child
    ("Hi Lily it's Mrs Gale, did you get home ok after netball? x", [("Lily", "Lily Adeyemi", "first")]),
    ("hey Leo haha ur so funny in class", [("Leo", "Leo Nowak", "first")]),
    ("Ivy and Rose loved the reading morning, thank you!", [("Ivy", "Ivy Dunn", "first"), ("Rose", "Rose Patel", "first")]),
    # ... but not an adult's birthday, school remembered, a greeting to a grown-up, or an account's name
    ("Rose and I have been friends since Year 7. Happy 40th lovely!", []),
    ("Hi Grace, thanks for the lovely card", []),
    ("@Sam_Whitlock we'd rather talk this through, please call the office", []),
    ("my personal email is sam.k.teacher@example.com", []),
    ("Lost: grey cockapoo near the playing fields, answers to Bobby. Please share!", []),
    # a parent addressed, then her child named; a possessive's next word is not a surname
    ("Hi Mrs Khan, Aisha did brilliantly in her assessment today", [("Aisha", "Aisha Khan", "first")]),
    ("I've replied to your message about Oscar's SEN review", [("Oscar", "Oscar Begum", "first")]),
    # an adult at their place of work, or an adult's role as an abbreviation, is no pupil
    ("Flo from the chemist says the flu jabs are in on Monday", []),
    ("Ask Flo from the post office, she knows everyone", []),
    ("The TA in Year 4 is brilliant with the little ones", []),
    # ... but a pupil in a class still is
    ("Flo in Reception loved the farm visit", [("Flo", "Flo Ali", "preferred")]),
]


@pytest.mark.parametrize("text,expected", ROSTER_CASES)
def test_it_finds_roster_names_and_only_them(demo, text, expected):
    assert found(demo, text) == expected


# (text, [(evidence, form)]) with no roster at all
NO_ROSTER_CASES = [
    ("Well done to Jake in Year 3", [("Jake", "first")]),
    ("Amelia Hart in 4B", [("Amelia Hart", "full")]),
    ("congratulations Sophie for star of the week", [("Sophie", "first")]),
    ("#WellDoneAmelia", [("Amelia", "hashtag")]),
    ("#welldonejake", [("jake", "hashtag")]),
    ("Star of the week goes to Priya!", [("Priya", "first")]),
    ("Congratulations to Sophie, Jake and Niamh for their certificates",
     [("Sophie", "first"), ("Jake", "first"), ("Niamh", "first")]),
    ("Jake's mum came to help", [("Jake", "first")]),
    ("Ethan (Y2) read to the class", [("Ethan", "first")]),
    # True negatives
    ("Well done to Mrs Smith", []),
    ("Well done Brookfield!", []),
    ("Well done everyone", []),
    ("Congratulations England!", []),
    ("Amelia came round for tea", []),
    ("Summer term starts on Monday", []),
    ("Well done to my husband Mark", []),
    ("#SummerFair", []),
    ("10 years ago Arron then left", []),
    ("Global Study Shows US Ranks 2nd Worldwide", []),
    ("Group Targeting Pro-2A Districts", []),
    ("It is off of Santa Clarita 9on Netflix", []),
    ("And Sarah's story, egad!", []),
    ("#ProudToLoveJesus", []),
    ("Well done to Zephyrine Okoro in 4B", [("Zephyrine Okoro", "full")]),
]


@pytest.mark.parametrize("text,expected", NO_ROSTER_CASES)
def test_it_guesses_childrens_names_without_a_roster(bare, text, expected):
    assert [(e, f) for e, _, f in found(bare, text)] == expected


def test_it_reports_consent_from_the_roster(demo):
    det, ctx = demo
    [s] = det.detect("Well done Amelia Hart!", ctx)
    assert (s.category, s.kind, s.score) == ("pupil_identified", "name", 0.97)
    assert s.attrs["name_consent"] is True and s.attrs["photo_consent"] is True
    [s] = det.detect("Well done Ciaran!", ctx)
    assert s.attrs["name_consent"] is False and s.attrs["photo_consent"] is False


@pytest.mark.parametrize("text,score", [
    ("Amelia Hart", 0.97), ("Well done Amelia", 0.85), ("Grace was star of the week", 0.75),
])
def test_scores_follow_how_sure_the_match_is(demo, text, score):
    det, ctx = demo
    [s] = det.detect(text, ctx)
    assert s.score == score


def test_no_roster_spans_carry_no_consent(bare):
    det, ctx = bare
    [s] = det.detect("Well done to Jake in Year 3", ctx)
    assert "name_consent" not in s.attrs and s.attrs["on_roster"] is False and 0.7 <= s.score <= 0.85


def roster_of(*rows: tuple[str, str, str]) -> Roster:
    return Roster([Pupil(f, l, year_group=y, name_consent=(l != "Secret"), photo_consent=True)
                   for f, l, y in rows])


EDGE = roster_of(("Amelia", "Hart", "4"), ("Amelia", "Secret", "2"), ("Felix", "Hart", "R"),
                 ("Mary-Jane", "De Souza", "3"), ("Noah", "Hart", "4"))


@pytest.mark.parametrize("text,expected", [
    # Two pupils called Amelia: both are candidates, and the most protective consent wins
    ("Well done Amelia!", [("Amelia", "Amelia Hart or Amelia Secret", False)]),
    # ...unless the class says which one
    ("Well done Amelia in Year 4!", [("Amelia", "Amelia Hart", True)]),
    ("Amelia Secret won", [("Amelia Secret", "Amelia Secret", False)]),
    # Three Harts: a full name picks one
    ("Felix Hart and Noah Hart", [("Felix Hart", "Felix Hart", True), ("Noah Hart", "Noah Hart", True)]),
    ("Hart in Year 4 was kind", [("Hart", "Amelia Hart or Noah Hart", True)]),
    ("Mary-Jane De Souza painted this", [("Mary-Jane De Souza", "Mary-Jane De Souza", True)]),
    ("Well done Mary-Jane", [("Mary-Jane", "Mary-Jane De Souza", True)]),
])
def test_edge_rosters(text, expected):
    det = PupilNames().prepare(PACK, None, EDGE)
    ctx = Context(pack=PACK, roster=EDGE)
    got = [(text[s.start:s.end], s.attrs["pupil"], s.attrs["name_consent"]) for s in det.detect(text, ctx)]
    assert got == expected


def test_a_2000_pupil_roster_builds_and_finds_names():
    names = sorted(first_names())[:400]
    letters = "abcdefghijklmnopqrstuvwxyz"
    rows = [(names[i % 400].title(), "Sur" + letters[i % 26] + letters[i // 26 % 26] + letters[i // 676],
             str(i % 7 or "R")) for i in range(2000)]
    rows.append(("Amelia", "Hart", "4"))
    roster = roster_of(*rows)
    det = PupilNames().prepare(PACK, None, roster)
    ctx = Context(pack=PACK, roster=roster)
    spans = det.detect("Congratulations Amelia Hart, and well done Sureaa in Year 4", ctx)
    assert [(s.attrs["form"], s.attrs["year_group"]) for s in spans] == [("full", "4"), ("surname_with_class", "4")]
    assert len(det.index.full) >= 4000


def test_detect_without_prepare_uses_the_context_roster(roster_path):
    roster = Roster.from_csv(roster_path)
    ctx = Context(pack=PACK, roster=roster)
    assert [s.attrs["pupil"] for s in DETECTORS[0].detect("Well done Freya", ctx)] == ["Freya Walsh"]


def test_first_names_list_is_small_and_has_modern_uk_names():
    names = first_names()
    assert 3000 < len(names) < 20000
    assert {"isla", "freya", "niamh", "zainab", "amelia", "muhammad"} <= names
    assert "team" not in names and "everyone" not in names
