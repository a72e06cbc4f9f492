"""Two principles of the escalation rule sets, each as a table of probe posts written before the rule was changed.

1. A laugh alone softens nothing. Children minimise what they disclose with humour ("my dad hits me when he's drunk
   lol"); that is still a disclosure. Only hyperbole about something trivial is softened by a laugh ("I want to die
   😂 this homework", "mum will kill me lol I forgot my PE kit"), as playful.py already says for threats.
2. History is not endorsement. A lesson, a documentary, WW2 or the Holocaust about extremism vetoes a radicalisation
   rule; praise of Hitler or a call for "another Hitler" does not.
"""
from __future__ import annotations

import pytest

from escalating import O, P, escalates
from safepost.detectors import escalation


LAUGHS = [
    # a disclosure minimised with a laugh: still a disclosure
    ("my dad hits me when he's drunk lol", P, "pupil", True),
    ("haven't eaten since friday haha", P, "pupil", True),
    ("might just end it all 😂", P, "pupil", True),
    ("mums boyfriend hits me when shes at work 😂", P, "pupil", True),
    ("been cutting myself again lol", P, "pupil", True),
    ("honestly want to kill myself lmao", P, "pupil", True),
    ("nobody would even notice if i was gone haha", P, "pupil", True),
    ("no food in the house again lol mum hasn't been back since tuesday", P, "pupil", True),
    ("kms 😂😂 nobody at home cares anyway", P, "pupil", True),
    ("my stepdad locks me in my room all weekend lol", P, "pupil", True),
    ("dad belts us and it leaves marks haha", P, "pupil", True),
    ("got left on my own all weekend again 😂 no one came", P, "pupil", True),
    ("he comes into my room at night lol i hate it", P, "pupil", True),
    ("wish i was never born haha", P, "pupil", True),
    ("dad punched mum again last night in front of us lol", P, "pupil", True),
    ("saving up my mums tablets 😂 just in case", P, "pupil", True),
    ("always starving lol mum never makes us any tea", P, "pupil", True),
    ("they're gonna jump me after school again lol", P, "pupil", True),
    ("been cutting myself again lol maths is so stressful", P, "pupil", True),  # an act is not hyperbole
    ("Those kids next door get left on their own every night till gone midnight haha the state of it", P, "public",
     True),
    # hyperbole about something trivial, with a laugh: not a disclosure
    ("I'm dying 😂 this homework", P, "pupil", False),
    ("mum will kill me lol I forgot my PE kit", P, "pupil", False),
    ("I could've died of embarrassment haha", P, "pupil", False),
    ("i want to die 😂 this maths homework is impossible", P, "pupil", False),
    ("kms lol forgot my pe kit AGAIN", P, "pupil", False),
    ("literally going to kill myself if I have to do one more spelling test haha", P, "pupil", False),
    ("if i have to hear that song one more time i'll end it all 😂", P, "pupil", False),
    ("mrs k is gonna kill me haha left my reading book at home", P, "pupil", False),
    ("this exam is going to be the death of me lol", P, "pupil", False),
    ("I'd rather die than do the bleep test tomorrow 😂", P, "pupil", False),
    ("kill me now 😂 double maths on a friday", P, "pupil", False),
    ("I'm starving lol haven't eaten since breakfast", P, "pupil", False),
    ("might just end it all 😂 we lost at fifa again", P, "pupil", False),
    ("wanna die lol just fell up the stairs in front of the whole class, so embarrassing", P, "pupil", False),
    ("Marking 90 mocks this weekend, might just end it all 😂", P, "staff", False),
    # play named is what makes it play, not the laugh (the laugh had hidden this look-alike in the home-harm rules)
    ("my dad hit me with a pillow 😂", P, "pupil", False),
    ("my brother kicks me in our play fights lol", P, "pupil", False),
    ("my dad hit me with a belt 😂", P, "pupil", True),
]


@pytest.mark.parametrize("text,account,author,expected", LAUGHS)
def test_a_laugh_alone_softens_no_disclosure(text: str, account: str, author: str, expected: bool) -> None:
    assert escalates(text, account, author) is expected


HISTORY = [
    # extremism with praise of Hitler: the history veto must not hold
    ("my son keeps saying Hitler was right and he's been watching far right videos every night", P, "parent", True),
    ("he's joined a far right group chat and says Hitler had the right idea about them", P, "parent", True),
    ("a boy in year 9 keeps drawing swastikas and saying we need another Hitler", P, "pupil", True),
    ("my brother says hitler was right and he's going to join the white power lot", P, "pupil", True),
    ("he's been watching isis videos and says hitler should have finished the job", P, "parent", True),
    ("after the WW2 lesson he told everyone Hitler did nothing wrong and showed us his neo nazi chats", P, "pupil",
     True),
    ("My daughter watched a documentary and now says Hitler was a hero and wants to join a far right group", P,
     "parent", True),
    # history, a lesson, a documentary, a book, remembrance: the veto holds
    ("Year 9 watched a documentary about how Hitler used propaganda to radicalise young people", O, "staff", False),
    ("Holocaust Memorial Day: our pupils learned how the Nazis used swastikas and propaganda", O, "staff", False),
    ("Brilliant RE lesson today on extremism and how Hitler rose to power", O, "staff", False),
    ("Our year 6 visited the Holocaust exhibition and learned what the swastika came to mean under Hitler", O,
     "staff", False),
    ("Watched a documentary with my daughter about Hitler and the far right groups of the 1930s", P, "parent", False),
    ("GCSE history revision Thursday: the rise of Hitler and extremism in Weimar Germany", O, "staff", False),
    ("My son is reading The Boy in the Striped Pyjamas and asking me about Hitler and the nazi flags", P, "parent",
     False),
    ("WW2 day in year 6: the children learned how Hitler's youth groups radicalised boys their age", O, "staff",
     False),
    ("Powerful assembly for Holocaust Memorial Day on how ordinary people joined extremist groups under Hitler", O,
     "staff", False),
    # history that names what the Nazis were, or asks a question of the past, is not praise
    ("RE lesson on extremism: the Nazis were right-wing, how do far right groups recruit teenagers now?", O, "staff",
     False),
    ("Year 10 debate: historians ask whether the Nazis could have won, then how extremist groups groom boys online", O,
     "staff", False),
    ("We learned why so many Germans thought Hitler was a hero to them, and how neo nazi groups target pupils today",
     O, "staff", False),
]


@pytest.mark.parametrize("text,account,author,expected", HISTORY)
def test_history_vetoes_but_praise_of_hitler_does_not(text: str, account: str, author: str, expected: bool) -> None:
    assert escalates(text, account, author) is expected


@pytest.mark.parametrize("text,praise", [
    ("he says Hitler was right about them", True),
    ("we need another Hitler", True),
    ("the Nazis did nothing wrong", True),
    ("the Nazis were right-wing", False),
    ("many Germans thought Hitler was a hero to them", False),
    ("historians ask whether the Nazis could have won", False),
    ("how Hitler rose to power", False),
])
def test_praise_of_hitler_is_told_from_history(text: str, praise: bool) -> None:
    import re
    assert (re.search(escalation.RadicalisationDetector._ENDORSE, text, re.IGNORECASE) is not None) is praise
