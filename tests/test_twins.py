"""Red team for the twins given one home (h-twins, 2026-11-21), through the engine a user sees.

Each list below was merged from two copies; where the merged list is wider than a copy was, these rows were written
before the change was run: clean look-alikes that the wider list must not turn into findings, and true cases it must
still find. The demo school (examples/school.yaml, examples/pupils.csv) and the built-in Newport pack are used.
"""
from __future__ import annotations

import pytest

from redteam import ESC, assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

ALLEG = ("allegation",)
LANG = ("abuse_or_hate", "offensive_language")
PUPIL = ("pupil_identified",)
PCONTACT = ("pupil_contact",)
PARENT_CH = ("parent_contact_channel",)

ORDINARY = [
    # twin 1: the throw rule reads acts.HARMLESS_THROWN right after the verb (wider: hoops, cones, bibs, eggs, glitter,
    # streamers, petals, rice, bubbles, smiles, winks, shade...) and acts.THROW_IDIOMS ("the lot" is new)
    _r("Mrs Cole threw streamers and confetti over the Year 6s at the leavers' assembly", ALLEG),
    _r("Mr Davies threw eggs and flour at the kids in the charity relay, messiest sports day ever", ALLEG),
    _r("The PE teacher threw hoops out to the children at the start of the warm-up", ALLEG),
    _r("Our head threw the lot at the Year 11s this term: booster classes, mocks, breakfast club", ALLEG),
    _r("Miss Ahmed threw bubbles towards the little ones in nursery and they loved chasing them", ALLEG),
    _r("Sir threw a sponge ball straight at the Year 3s in dodgeball and they all ducked", ALLEG),
    _r("Mrs Khan threw balloons gently towards the children at the end of the party", ALLEG),
    # twin 2: one list of animal words (pupils.ANIMALS); PETS gains the plurals and farm animals (ferret, sheep, calf,
    # goats...), language's animal subject gains the breeds (greyhound, poodle, labrador...)
    _r("Our ferret Theo escaped again and the whole class went looking for him", PUPIL),
    _r("The farm's new calf Ruby was born on Tuesday, the Year 2s got to see her", PUPIL),
    _r("Say hello to Poppy and Jack, our new class goats", PUPIL),
    _r("My neighbour's greyhound is a proper nutter, ran straight through the hedge", LANG, "parent",
       xfail="'nutter' is an offensive word whatever it describes: an offensive_language finding before and after the "
             "merge, not from the animal-subject rule (a weak look-alike, kept)"),
    _r("The poodle is a total diva, refuses to walk in the rain", LANG, "parent"),
    # twin 3: one home for the words of a request turned down (connections.TURNED_DOWN, REFUSING); a pupil's friend
    # request turned down with "didn't"/"doesn't" or a curly apostrophe now reads as refused, as "don't" did
    # (h-contact: passes now: PupilContactDetector reads "didn't accept" as turned down, not "didn't add")
    _r("One of my Year 10s sent me a friend request on Instagram and I didn't accept it, obviously", PCONTACT),
    _r("A girl from my Year 8 class sent me a friend request, I didn’t accept", PCONTACT),
    _r("Two of my Year 9s tried to follow me on TikTok, I won’t accept them", PCONTACT),
    _r("Declined a friend request from a mum in my class, nothing personal", PARENT_CH),
    # twin 4: escalation's laugh (_LAUGH) is built from playful's words (LAUGH_WORDS, LAUGH_EMOJI): wider by hahaha,
    # lool, lmfao, rofl, hehe, ha ha, j/k and five emoji; over a trivial stake a laugh marks play
    _r("I'm going to kill my sister if she eats my last Jaffa cake again hahaha", ESC, "pupil"),
    _r("Honestly gonna murder whoever nicked my pe kit rofl", ESC, "pupil"),
    _r("Mum's going to kill me, forgot my reading book again hehe 😆", ESC, "pupil"),
    _r("gonna batter my brother at fifa tonight lmfao", ESC, "pupil"),
]

PARAPHRASES = [
    # twin 1: a thing that can hurt, thrown at a child, is still found
    _r("The supply teacher threw a glue stick at my daughter and it hit her face", ESC, "parent"),
    _r("Mr Hughes chucked a chair at a boy in Year 4 yesterday", ESC, "parent"),
    _r("My son says his teacher hurled a stapler towards him in maths", ESC, "parent"),
    # (a harmless word that only names the kind of the thing: found after review, tests/test_escalation.py's
    # "launched a football boot at my son's head", lost by the merge's \w*balls? and restored)
    _r("The teacher threw a quiz book at my son in front of the class", ESC, "parent",
       xfail="missed before the merge too (escalation's old list had 'quiz'); another check still reads 'threw a "
             "quiz' as harmless (acts._HARMLESS_THROW: a harmless word anywhere in the first words); not fixed here"),
    _r("Mr Hughes launched a football boot at a boy in Year 6", ESC, "parent"),
    # twin 2: a child named near an animal word is still a child
    _r("Well done to Amber Clarke, our hamsters' best carer this term", PUPIL),
    _r("Well done to Amber Clarke, our hamster's best carer this term", PUPIL),  # missed before the merge too
    _r("Reggie Doyle in Year 3 brought his puppies in for show and tell", PUPIL),
    _r("Kitty is a stupid slag and everyone knows it", LANG, "public"),
    # twin 3: contact accepted is still found, even with a "not" elsewhere in the post
    _r("Accepted a friend request from one of my Year 9s last night, she's lovely", PCONTACT),
    _r("Added loads of my class parents on Facebook, not accepting that it's a problem either", PARENT_CH),
    _r("Added three of the Year 2 mums on Facebook last night, such a laugh", PARENT_CH),
    _r("I didn't add her, she added me, and now one of my Year 10s and I snapchat every day", PCONTACT),
    # twin 4: a laugh is no veto of harm named
    _r("my stepdad hits me when he's drunk hahaha", ESC, "pupil"),
    _r("bringing a knife in tomorrow for the lot of them rofl", ESC, "pupil"),
    _r("gonna shoot up the school on monday lmfao 😜", ESC, "pupil"),
    _r("I didn't add him first but one of my Year 9s and I message on Snapchat most nights", PCONTACT),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory(POLICY)


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_get_no_finding_of_the_rules_category(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
