"""Red team for the rules merged on 2026-11-21 from h-o5a and h-o5b (diff 7fb76aa^1..c4bd7a0 in src/safepost), through
the engine a user sees.

Both tables were written before any of the rows was run (h-red8):
- ORDINARY: clean posts by a teacher, a parent, a pupil or the public that share the new rules' words (stealing the
  show, hands on hips, being around, imagine being..., always the Year 6s, outside clubs, "can post", goodbyes,
  priorities, cars and windows, business numbers, mums of pupils) but should get no finding of the rule's category.
- PARAPHRASES: posts the rules should find, in new words.
The demo school (examples/school.yaml, examples/pupils.csv) and the built-in Newport pack are used.
"""
from __future__ import annotations

import pytest

from redteam import ESC, assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

HARM = ("allegation", "safety_risk")
ALLEG = ("allegation",)
SELL = ("commercial_content",)
HATE = ("abuse_or_hate",)
LANG = ("abuse_or_hate", "offensive_language")
MEAN = ("disparaging_school_community",)
PUPIL = ("pupil_identified",)
WHERE = ("safety_risk",)
CONTACT = ("pupil_contact", "parent_contact_channel")
INFO = ("personal_information",)


ORDINARY = [
    # theft words in other senses, or the thing stolen from someone
    _r("She stole the show at the nativity, what a little star", ALLEG, "parent"),
    _r("Jayden in Year 8 stole the show as the Artful Dodger in Oliver tonight", ALLEG),
    _r("Our school cleaner had her purse stolen from her car, please keep an eye out", ALLEG),
    _r("The lab technician nicked a great idea from the Royal Society for our science week", ALLEG),
    _r("One of the Year 10s pinched a goal in the last minute, brilliant match", ALLEG),
    _r("The librarian swiped her card and opened the new reading room for us", ALLEG),
    _r("A girl in my daughter's class had her bike stolen at the weekend, so sad", ALLEG, "parent"),
    _r("Our technician robbed us of a win at the staff quiz with a last-minute answer", ALLEG),
    # hands on
    _r("Mr Jones put his hands on his hips and laughed at the mess in the art room", ALLEG),
    _r("The kids put their hands on the parachute and lifted it together", ALLEG),
    _r("Miss Khan laid her hands on the piano and the whole hall went quiet", ALLEG),
    _r("Finally got my hands on tickets for the Year 6 show", ALLEG, "parent"),
    _r("Each child put their hands on the globe to find their family's country", ALLEG),
    # being around
    _r("I'll be around until 4 if anyone needs me for reading records", ESC),
    _r("Sadly our class hamster won't be around much longer, the kids made him a card", ESC),
    _r("Mrs Green won't be around much longer, she retires at Easter after 30 years", ESC),
    # imagine being
    _r("Imagine being this excited for a spelling test, Year 2 you are brilliant", LANG),
    _r("Imagine being bald and still winning the staff hat contest, Mr Price is a legend", LANG,
       xfail="new 'imagine being' looks rule; admiration ('and still winning') and mockery ('that ugly and still "
             "teaching') share the frame: out of reach in time"),
    _r("Imagine having a face that happy every Monday morning", LANG),
    _r("Imagine being as tall as a giraffe, the Year 1 story today", LANG),
    # habit
    _r("Always the Year 6s who win the tug of war, every single year", HATE),
    _r("It's always the Polish mums who organise the best cake sale", HATE, "parent"),
    _r("Only ever the Muslim families who get left off the invite list, not fair", HATE, "parent"),
    _r("Every time it's the Reception kids who make me cry at the nativity", HATE),
    _r("Always the quiet ones who surprise you at sports day", HATE),
    # fundraising / outside clubs
    _r("Lucy's mum runs the cake stall at the school fair, all proceeds to the PTA", SELL, "parent"),
    _r("My son's class is raffling a hamper for the school roof fund, tickets from the office", SELL, "parent"),
    _r("My daughter's school team won the county netball cup today", SELL, "parent"),
    _r("The PTA can post your raffle tickets home if you can't get to the fair", SELL, "parent"),
    _r("Anyone who missed the photos, I can post them on the class page tomorrow", SELL, "parent"),
    _r("Parents can post questions for the head in the comments below", SELL, "school", "school"),
    # goodbyes and priorities
    _r("Last day today, I'm really going to miss this place, even the broken radiators", MEAN),
    _r("Gutted to be leaving, this school has been my home for nine years", MEAN),
    _r("Our head only cares about one thing: that every child feels safe and happy", MEAN),
    _r("The rules of rounders don't apply to Year 1, they just run wherever they like", MEAN),
    _r("Our Year 6s think they're above the rules of gravity on the trampoline", MEAN),
    # cars and homes
    _r("Someone should let the PE teacher know his tyres look flat in the car park", HATE),
    _r("Can someone help me let my tyres down a bit for the beach trip?", HATE, "parent"),
    _r("The caretaker will smash the old shed windows before they demolish it, health and safety", HATE),
    _r("Year 5 are going to egg and spoon race round the field on Friday", HATE),
    # looked-after / whereabouts told later
    _r("We welcomed two new foster carers to our PTA today. They live on Park Road and run the bakery", WHERE,
       xfail="older behaviour (start of day, a3aaf65): escalated as a confidential school matter"),
    # disclosure words
    _r("A pupil told me she hurt her wrist at gymnastics, ice pack and a sticker fixed it", ESC),
    _r("My Year 3 said his feelings were hurt when he wasn't picked for the team", ESC),
    # adults' friends, businesses, mums
    _r("Met up with my old uni friend for coffee after school, lovely to catch up", CONTACT,
       xfail="older behaviour (start of day, a3aaf65): pupil_contact 'message'"),
    _r("Brookfield Cabs did our trip transport, book them on 01632 960123, highly recommend", INFO, "parent"),
    _r("Mum of three here, any tips for the Year 7 uniform shop?", PUPIL, "parent"),
    _r("Shout out to the mum of the year who brought cakes for the whole staffroom", PUPIL),
    _r("I'm the mum of a Year 4 and the new reading scheme has been great", PUPIL, "parent"),
    _r("Mr Patel's car is in the garage so he'll be walking to the trip", HATE),
]

PARAPHRASES = [
    _r("Pretty sure the school librarian has been helping herself to the book fair money", ALLEG, "parent"),
    _r("Heard the IT technician has been pinching laptops and selling them on", ALLEG, "parent"),
    _r("That lad in 9C keeps nicking stuff out of people's bags in PE", ALLEG, "parent"),
    _r("Everyone knows one of the Year 9s robbed the tuck shop last week", ALLEG, "parent"),
    _r("The supply teacher laid hands on my son and left a mark", ESC, "parent"),
    _r("A dinner lady put her hands on our little girl, pulled her by the arm", ESC, "parent"),
    _r("somebody needs to slash that teachers tyres tbh", HATE, "public"),
    _r("Honestly someone oughta put a brick through the head's window", HATE, "public"),
    _r("imagine being that ugly and teaching kids lol", LANG, "public"),
    _r("Imagine having a forehead that big, Mr Shaw should wear a hat", LANG, "pupil"),
    _r("It's always the Romanian families who never pay for trips", HATE, "parent"),
    _r("Every time it's the Pakistani parents who park on the zigzags", HATE, "parent"),
    _r("This school only cares about its league table position, not the kids", MEAN, "parent"),
    _r("The senior team think the rules don't apply to them, one rule for us and another for them", MEAN, "parent",
       xfail="the words match but 'the senior team' is no target the disparaging rules know; missed at the start "
             "of the day too (recall, left alone)"),
    _r("Raffle for my brother's rugby club, tickets £1 each, message me", SELL, "parent"),
    # added after the narrowing (h-red8), to hold what the narrowed rules must still find
    _r("I'm telling you the school cleaner has stolen from the staffroom purses more than once", ALLEG, "parent"),
    _r("A boy in my son's class pinched his lunch money again today", ALLEG, "parent"),
    _r("Lego bundle £15, can post them if you pay postage", SELL, "parent"),
    _r("The office lady thinks she's above the rules, parks in the disabled bay every day", MEAN, "parent"),
    _r("Kids' bike for sale, £25, can post if you cover it", SELL, "parent"),
    _r("One of my Year 4s told me his stepdad hurt him on the weekend", ESC),
    _r("Congrats to the mum of Olly Bennett for running the marathon", PUPIL, "parent"),
    _r("We have a looked-after girl starting in Year 4 next week. She is staying with carers on Elm Street now", WHERE),
    _r("Worried about a lad in Year 9, he told me he won't be around much longer", ESC,
       xfail="the rule reads a pupil's own words; relayed in the third person it is missed (recall, left alone)"),
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
