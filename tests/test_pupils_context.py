"""Roster first names that are another thing in context (written before the rules were run, seventh session).

Each principle has paraphrases a pupil detector must not report (clean look-alikes of a roster name used for
something else) and rows sharing the words where the pupil is still named (found). The demo roster has
Oscar Begum, Harry Singh, Grace Okafor, Amelia Hart, Ethan Wood, Lily Adeyemi, Jacob Fraser, Finn (Finley) Ward,
Ivy Dunn, Rose Patel, Summer Jones, Hope Reid, Theo Robinson.
"""
from __future__ import annotations

import pytest

from safepost.context import Context, Roster, School
from safepost.detectors.pupils import DETECTORS
from safepost.packs import load_pack

PACK = load_pack("newport-cejs")


@pytest.fixture(scope="module")
def demo(school_path, roster_path):
    school, roster = School.from_yaml(school_path), Roster.from_csv(roster_path)
    return DETECTORS[0].prepare(PACK, school, roster), Context(pack=PACK, school=school, roster=roster)


def names(det_ctx, text):
    det, ctx = det_ctx
    return [text[s.start:s.end] for s in det.detect(text, ctx)]


# A first name used as an award's name: "<Name> season / night / nominations", "the <Name> for best ...".
AWARDS = [
    ("Who's everyone backing this Oscar season?", []),
    ("Oscar night tomorrow, snacks and a blanket ready 🍿", []),
    ("Two Oscar nominations for that film and it deserved more", []),
    ("She'll win the Oscar for best actress, no contest", []),
    ("Oscar buzz already for the new Nolan one", []),
    # found: the pupil himself, even beside film words
    ("Oscar was brilliant in assembly today", ["Oscar"]),
    ("Oscar won best actor at our Year 4 film awards!", ["Oscar"]),
    ("Oscar's mum says he'll be off with a cold tomorrow", ["Oscar"]),
    ("Well done Oscar, a star in the school play", ["Oscar"]),
    # found: award words after a child's name in school praise (added in review, before the narrowing was run)
    ("Amelia nominated for star of the week again!", ["Amelia"]),
    ("Certificate to Amelia for best handwriting this week", ["Amelia"]),
    ("Oscar for best effort in PE, well done", ["Oscar"]),
]

# Adults' own life events: a name that owns a wedding, engagement, anniversary, hen or stag do, retirement or a
# round birthday ("Harry's 40th"), alone or in a couple ("Grace and Harry's wedding"), is a grown-up.
ADULT_EVENTS = [
    ("Amelia and Ethan's wedding next week, still haven't found a hat 👒", []),
    ("Off to Lily and Jacob's engagement party tonight 🥂", []),
    ("Harry's stag do in Newcastle this weekend, pray for me", []),
    ("Ethan's retirement do was a proper send-off", []),
    ("Happy 10th anniversary to Harry and Grace! Where has the time gone", []),
    # found: the child at someone else's event, or a child's own things
    ("Harry was a page boy at his uncle's wedding on Saturday, so cute in Year 3", ["Harry"]),
    ("Harry's mum's wedding is on Friday so he'll be off school", ["Harry"]),
    ("Amelia and Ethan's reading books are in their book bags", ["Amelia", "Ethan"]),
    ("Oscar's birthday party is at the soft play on Sunday", ["Oscar"]),
    # found (added in review, before the narrowing was run): a child's own big day, a card for her teacher's wedding
    ("Harry's big day today, first time on the stage in Year 3!", ["Harry"]),
    ("Year 4 made a card for the wedding of Amelia's teacher", ["Amelia"]),
]

# Characters on screen: names followed by "from <Title>" in a sentence about watching something.
SCREEN_CHARACTERS = [
    ("Finn and Jake from Adventure Time are all my two want to watch", []),
    ("Lily from Peppa Pig's new episode was on repeat all morning", []),
    ("Binge-watching, Harry from Heartstopper is my favourite character", []),
    # found: a pupil from a class, or a child named without a screen title
    ("Finn from Year 2 watched the film with his class", ["Finn"]),
    ("Harry from 3S loved the movie afternoon", ["Harry"]),
    ("Oscar was watching the match with his dad", ["Oscar"]),
    # found (added in review, before the narrowing was run): a child from a youth group, watching a match
    ("Finn from Beavers watched the match with his dad", ["Finn"]),
    ("Harry off Cubs was watching the football in the clubhouse", ["Harry"]),
]

# A word-name pupil whose family name is in the post ("Hi Mrs Dunn ... Ivy can ...") is that family's child.
FAMILY_SURNAME = [
    ("Morning Mr Patel, Rose can stay for choir on Thursday, I'll walk her out", ["Rose"]),
    ("Mrs Jones, Summer left her cardigan in the hall", ["Summer"]),
    ("Spoke to Mr Reid, Hope is feeling better and back tomorrow", ["Hope"]),
    # clean: the word used as a word, a word-name with no family of the roster's
    ("Mrs Dunn says the ivy is taking over her fence again", []),
    ("Mr Jones says Summer term starts on Monday", []),
    ("Mrs Clarke, Amber warning tomorrow so the site may close", []),
    ("Mrs Khan, Rose can stay for choir on Thursday", []),
]

# Events only children go to: "at the school disco", "at forest school".
CHILD_EVENTS = [
    ("[photo] my Theo and his best mate Grace at the school disco", ["Theo", "Grace"]),
    ("Summer and Bobby at forest school, soaked through", ["Summer", "Bobby"]),
    ("Hope had the best time at forest school", ["Hope"]),
    # clean: the words without a name used as a name
    ("Summer forest school sessions start Monday", []),
    ("Hope the school disco goes well tonight!", []),
]


# An adult writer's own friend ("my friend Harry", "our friend Grace") is an adult, not a pupil; a pupil's friend is a
# child, and "my son's friend Harry" is a child's friend (seventh session, written before the rule was run).
OWN_FRIEND = [
    ("Shout out to my friend Grace who just finished the Great North Run!", "staff", []),
    ("Dinner with my friend Oscar tonight, first time in months", "staff", []),
    ("So proud of our friend Ethan, he's opened his own bakery", "parent", []),
    ("Huge congratulations to my good friend Lily on her new job", "staff", []),
    # found: a child's friend, or a pupil writing
    ("my friend Grace is the best at netball in our class", "pupil", ["Grace"]),
    ("My son's friend Oscar came for tea, lovely boy", "parent", ["Oscar"]),
    ("Well done to Ethan and his friend Theo in Year 4 for the science fair", "staff", ["Ethan", "Theo"]),
]


# "<parent or carer> of / to <Name>" names the child ("Mum of Noah here", "proud dad to Grace and Oscar", "Nan of
# Theo"): the relation word belongs to the writer, the name is the child's. "my husband Mark", "Grace's mum" and
# "the wife of Mr Ward" are unchanged (written before the rule was run, seventh session).
PARENT_OF = [
    ("Mum of Grace here, is the trip still on tomorrow?", "parent", ["Grace"]),
    ("Proud dad to Oscar today, what a sports day!", "parent", ["Oscar"]),
    ("Nan of Theo in Year 2 - has anyone found a blue coat?", "parent", ["Theo"]),
    ("Grandad to Ethan and Lily, loving the school play", "public", ["Ethan", "Lily"]),
    # clean: an adult named after the relation, or the relation of an adult
    ("Mum and I went to see Grace Jones in concert", "parent", []),
    ("My husband Oscar has finally fixed the shed", "parent", []),
    ("The mother of the bride, Grace, gave a lovely speech", "parent", []),
]


@pytest.mark.parametrize("text,author,expected", PARENT_OF)
def test_a_parent_of_a_name_names_the_child(demo, text, author, expected):
    det, ctx = demo
    ctx = Context(pack=ctx.pack, school=ctx.school, roster=ctx.roster, author=author)
    assert [text[s.start:s.end] for s in det.detect(text, ctx)] == expected


@pytest.mark.parametrize("text,author,expected", OWN_FRIEND)
def test_an_adults_own_friend_is_not_a_pupil(demo, text, author, expected):
    det, ctx = demo
    ctx = Context(pack=ctx.pack, school=ctx.school, roster=ctx.roster, author=author)
    assert [text[s.start:s.end] for s in det.detect(text, ctx)] == expected


@pytest.mark.parametrize("text,expected", AWARDS + ADULT_EVENTS + SCREEN_CHARACTERS + FAMILY_SURNAME + CHILD_EVENTS)
def test_names_in_context(demo, text, expected):
    assert names(demo, text) == expected
