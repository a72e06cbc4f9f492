"""Escalation principles read from the misses on outsider6_dev / outsider7_dev (h-esc9, eighth session). Every row
below was written before the rule that reads it was run, in other words and situations than the dev rows; none is a
dev row. Through the engine a user sees (the demo school, the built-in Newport pack).

1. THREAT_OUTCOME: a threat of violence told as what will happen to the person ("they'll need a new face", "she'll
   get a brick through her window"), often behind a condition ("if I get my hands on whoever...", "if she ... again")
   or a dare ("try me"). Look-alikes: a thing wanting a new face, a branch or a ball through a window, "try me" at a
   quiz, sport talk, the printer.
2. SECRECY: an adult asking a child to hide the contact itself from a parent or from everyone ("don't show your
   mum", "don't tell anyone I gave you my number", "it's our thing"), and asking a complimented child for more
   photos under that secrecy. Look-alikes: surprises, adults' own secrets, photos asked of parents, a friend's
   wedding pictures.
3. STRANGER_AT_SCHOOL: an unknown adult watching, filming or photographing children at the gates, the playground or
   the fence, again and again. Look-alikes: the school photographer, the local paper, parents filming their own
   child, birds, a badly parked van.
4. NO_HOME: a child without a safe place to sleep (living or sleeping in a car, sofa-surfing, thrown out) told by
   an adult. Look-alikes: festivals, camping, babies asleep on a drive, a charity sleep-out, a flat not rented.
5. NAMED_CASE: a named family's safeguarding case made public ("the Smith family case" weighing on the DSL).
   Look-alikes: training case studies, a family's donation, the DSL's own leave.
6. HARM_GAME: a child's disclosure retold, where the adult at home "does the hurting game" (harm named as a game).
   Look-alikes: ordinary family games (the quiet game, hide and seek, a tickle at bath time).
"""
from __future__ import annotations

import pytest

from redteam import ESC, assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

THREAT_OUTCOME = [
    _r("Next time that ref gives a penalty against my lads he'll be leaving the pitch on a stretcher", ESC),
    _r("If she parks across my drive once more she'll have four flat tyres and her windows put in, try me", ESC,
       "parent"),
    _r("That dad wants to watch himself, one more word to my staff and he won't be able to walk", ESC),
    _r("If I catch whoever smashed the minibus mirror they'll end up in A&E, I swear", ESC),
    _r("Whoever let my tyres down in the school car park, when I find you you'll be needing a dentist", ESC),
    _r("If that dad squares up to my TA one more time he'll be eating through a straw. Not joking", ESC),
    _r("Next time she mouths off at our receptionist her car's getting a brick through the windscreen. Test me", ESC),
    _r("If I catch the lad who nicked my bike off the rack he'll be leaving in an ambulance", ESC, "parent"),
    _r("That woman screams at my staff again and she'll get her windows put in. Go on, try me", ESC),
    _r("If I get hold of the idiot who dented my car they'll need their face rebuilding", ESC, "parent"),
]
THREAT_LOOKALIKE = [
    _r("If I get my hands on the last Freddo in the staffroom I'll be a happy woman", ESC),
    _r("This old kitchen needs a new face, anyone recommend a fitter in Newport?", ESC),
    _r("Think you can beat me at the staff quiz? Try me 😂", ESC),
    _r("We'll kill them on Saturday, the under-13s are flying this season", ESC),
    _r("I'll kill him when he gets home, he's eaten all the birthday cake", ESC, "parent"),
    _r("If the printer jams one more time it's going through the window", ESC),
    _r("Storm last night put a branch through her window, poor Mrs Hart next door", ESC),
    _r("The ball went straight through her window, sorry Mrs Reid, we'll pay for it!", ESC, "parent"),
    _r("If I catch the lad who keeps winning the raffle I'll ask him for his secret", ESC, "parent",
       xfail="the escalation model (not the rules) reads 'if I catch the lad who ...' as a threat"),
    _r("Anyone who thinks PE is easy, come and do a cross-country with Year 9. Try me!", ESC),
    _r("If my son keeps eating sweets like that he'll need new teeth by Christmas", ESC, "parent",
       xfail="the escalation model (not the rules) reads 'he'll need new teeth' as a threat"),
    _r("When I find my reading glasses I'll be a new woman, they'll need a new case too", ESC),
    _r("If he keeps climbing that tree he'll end up in A&E, boys!", ESC, "parent"),
    _r("After that cross-country the Year 9s won't be able to walk tomorrow 😂", ESC),
    _r("One more mince pie and I won't be able to walk, Christmas dinner at school was huge", ESC),
    _r("Our keeper will be leaving the pitch on a stretcher if he dives like that again 😂", ESC),
    _r("Next time we play Shifnal their defence won't be able to walk after chasing our wingers all game", ESC),
    _r("Next time I do a spin class I won't be able to walk for a week, never again", ESC),
]

SECRECY = [
    _r("Lovely chatting last night 😘 delete these messages and don't let your dad see ok?", ESC),
    _r("You can text me whenever you like, just don't tell anyone you've got my number x", ESC,
       xfail="nothing in it says the reader is a child (an adult's affair reads the same); the contact-secrecy rule "
             "asks for a child's world in the post"),
    _r("Hey gorgeous, loved your dance pics, send a few more? Don't show ur mum 🤫", ESC),
    _r("Here's my personal number, don't tell anyone I gave it you, it's just our thing", ESC),
    _r("Keep our chats from your mum, she wouldn't understand us", ESC),
    _r("Your mum doesn't need to know we've been chatting on here 😉 see you at training", ESC),
    _r("No need for your dad to know about our snaps, he'd only get the wrong idea", ESC),
    # a pupil telling what an adult wrote to them
    _r("this man on tiktok keeps messaging me and said dont let ur mum see our chats", ESC, "pupil"),
    _r("my coach sent me a snap saying dont show ur mum the pics x is that normal", ESC, "pupil"),
    _r("My 12 year old's coach messaged her saying she looked stunning and asked her to send more pictures and not "
       "show me", ESC, "parent"),
]
SECRECY_LOOKALIKE = [
    _r("Don't tell anyone but I've got the staff quiz answers 🤫", ESC),
    _r("Taking the kids for chips on a Friday, it's our thing 🍟", ESC, "parent"),
    _r("Parents, please send me some more photos of the school play for the newsletter!", ESC, "staff", "official"),
    _r("Loved the pics from the wedding, you looked gorgeous! Send me some more x", ESC),
    _r("Don't show your mum her birthday present before Sunday!", ESC, "parent"),
    _r("Here's my number for the fixture list, don't tell everyone or I'll never get any peace 😂", ESC),
    _r("Don't tell anyone I gave you my nan's secret recipe, she'd never forgive me", ESC),
    _r("Your mum doesn't need to know you had two puddings at Nana's 😂", ESC, "parent"),
    # pupils among themselves, and a parent's shopping
    _r("omg dont show ur mum this video of us at the party 😂", ESC, "pupil"),
    _r("dont let ur mum see ur screen time lol", ESC, "pupil"),
    _r("dont tell anyone i gave u my snap, my brother will go mad 😂", ESC, "pupil"),
    _r("Don't show your mum the price of these trainers 😂", ESC, "parent"),
    _r("Don't tell anyone you've got my number, I'm hiding from the PTA 😂", ESC, "parent"),
    _r("Thanks for the lift! Don't tell anyone I gave you my number, the whole netball team will want one 😂", ESC,
       "parent"),
]

STRANGER_AT_SCHOOL = [
    _r("Heads up parents: a bloke in a silver car keeps filming the playground at lunch, third day this week. "
       "Office told", ESC, "parent"),
    _r("Some man was stood by the fence taking pictures of the girls doing PE again this morning", ESC),
    _r("A woman nobody knows has been photographing children coming out of school all week, please be vigilant",
       ESC, "parent"),
    _r("A man keeps parking outside the juniors' gate at 3 and taking pictures of the girls on his phone", ESC,
       "parent"),
    _r("Two blokes in a white car were filming the Year 6s walking home again today, police informed", ESC, "parent"),
    _r("There's a car parked opposite the infants' gate every afternoon and the driver just watches the kids come "
       "out. Really uneasy", ESC, "parent"),
]
STRANGER_LOOKALIKE = [
    _r("The school photographer is here on Tuesday taking photos of the children, remember clean uniforms!", ESC,
       "staff", "official"),
    _r("A man from the Shropshire Star took photos of the kids planting the trees, look out for it in the paper",
       ESC),
    _r("Lovely to see all the dads filming their kids at the nativity", ESC, "parent"),
    _r("Some bloke in a van keeps parking across the school gates at home time, so selfish", ESC, "parent"),
    _r("A man was taking photos of the red kites over the playing field again today, stunning birds", ESC),
    _r("The photographer we booked was taking pictures of the kids at sports day all afternoon", ESC),
    _r("A man from the council keeps filming the playground for the new resurfacing survey", ESC,
       xfail="'keeps' reads as again and again; a council survey is a look-alike the stranger rule does not know"),
    _r("Some grandad was filming the kids' football again on Sunday, proud as punch of his grandson", ESC, "parent"),
    _r("A man keeps taking photos of the new school building for the planning application", ESC,
       xfail="ChildHarmDetector's older stranger rule takes 'school' as what is photographed (kept: a man filming "
             "outside the school is a worry); a planning photo is its look-alike"),
    _r("The minibus driver was filming the kids singing on the way back again, lovely video for the parents", ESC),
    _r("A man from the football club was filming the kids' training again for the coaches to analyse", ESC),
]

NO_HOME = [
    _r("One of my Y9s has been sofa surfing at mates' houses since his mum kicked him out", ESC),
    _r("Found out today a little girl in my class and her mum are living in their car since the eviction", ESC),
    _r("A Year 4 boy told me they sleep in the car most nights now they've lost the house", ESC),
    _r("The twins and their dad have been sleeping in a car since the landlord threw them out", ESC, "parent"),
    _r("Worried sick about a girl in Year 7, she and her mum are sleeping in their car since they got evicted", ESC,
       "parent"),
]
NO_HOME_LOOKALIKE = [
    _r("We slept in the car at Glastonbury when the tent flooded 😂", ESC, "parent"),
    _r("The baby always falls asleep in the car on the way home from swimming", ESC, "parent"),
    _r("Year 10 are doing a sleep-out for the homeless charity on Friday, please sponsor them!", ESC),
    _r("The kids slept in the car all the way to Cornwall, bliss", ESC, "parent"),
    _r("Lost the flat we wanted to rent, back to house hunting 😩", ESC),
    _r("My daughter and I slept in the car at the airport when the flight got cancelled, never again", ESC, "parent"),
    _r("My son's been sleeping on his mate's sofa every night this week, they're gaming till 2am 🙄", ESC, "parent"),
    _r("Our Year 9s are living in tents for the DofE expedition for three days, wish them luck!", ESC),
]

NAMED_CASE = [
    _r("Our DSL hasn't slept all week over the Patel family case", ESC),
    _r("Safeguarding lead is in bits over the Hart family situation, awful week", ESC),
    _r("Social care are back in about the Jones kids, the DSL is exhausted", ESC,
       xfail="SafeguardingCaseDetector's veto 'the DSL is' (for 'our DSL is Mrs X, contact her') reads the sentence"),
]
NAMED_CASE_LOOKALIKE = [
    _r("Our safeguarding lead ran brilliant training today, so much to think about", ESC),
    _r("The Smith family have donated a bench to the school garden, thank you!", ESC, "staff", "official"),
    _r("Our DSL is off on maternity leave from Friday, congratulations Sarah!", ESC),
    _r("The case studies in today's safeguarding training were tough going", ESC),
]

HARM_GAME = [
    _r("A little lad in Year 1 told me his uncle does the 'touching game' when his mum's out", ESC),
    _r("One of my Y3 girls said her mum's boyfriend plays the hurting game with her at night", ESC),
    _r("My niece told me her stepdad does a secret game with her and she hates it", ESC, "parent"),
]
HARM_GAME_LOOKALIKE = [
    _r("My daughter told me her dad plays the quiet game on long car journeys 😂 genius", ESC, "parent"),
    _r("One of my Year 2s said her grandad does the best hide and seek game ever", ESC),
    _r("He told me his mum plays the tickle monster game at bath time, so sweet", ESC, "parent"),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory(POLICY)


@pytest.mark.parametrize("text,cats,author,account",
                         THREAT_OUTCOME + SECRECY + STRANGER_AT_SCHOOL + NO_HOME + NAMED_CASE + HARM_GAME)
def test_paraphrases_escalate(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account",
                         THREAT_LOOKALIKE + SECRECY_LOOKALIKE + STRANGER_LOOKALIKE + NO_HOME_LOOKALIKE
                         + NAMED_CASE_LOOKALIKE + HARM_GAME_LOOKALIKE)
def test_lookalikes_do_not_escalate(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)
