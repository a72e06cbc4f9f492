"""Uses of the verbs of harm that harm nobody, shared by the allegation rules (meaning.py, escalation.py).

A throw, a push, a knock or a blow is an act against a child only when what is thrown or done could hurt and lands
on the child. These are the uses where it does not:
- the thing thrown harms nobody: a game's ball, a beanbag or sponge, sweets and confetti, a look or a question,
  hands or arms thrown up, and the idioms of effort and punishment ("threw everything at them", "threw the book at
  them", "threw the kitchen sink at it");
- the "blow" is something said or set: "hit the kids with a tough maths test", "hit us with the news";
- the push is encouragement: "pushed my daughter to try the deep end" (not "pushed her to the floor");
- the thing knocked is a thing: "knocked paint across the table", "knocked his coffee over";
- the child was hit by a thing, not a person ("hit by a ball in PE"), or touched by kind words;
- something grabbed for the child: "grabbed the kids some ice lollies".
Each pattern matches the use itself (verb and object), so a caller can tell whether every act a post names is one of
these; an act outside them (a chair thrown, a child hit with a ruler) still counts.
"""
from __future__ import annotations

import re

THROW_VERBS = (r"threw|throws?|throwing|thrown|chuck(?:ed|s|ing)?|lob(?:bed|s|bing)?|flung|fling(?:s|ing)?|"
               r"hurl(?:ed|s|ing)?|toss(?:ed|es|ing)?|launch(?:ed|es|ing)?")

# what harms nobody when thrown: a game's kit, party things, a look or a question, an event or an idea
HARMLESS_THROWN = (r"\w*balls?|sponges?|beanbags?|bean ?bags?|frisbees?|quoits?|hoops?|cones|bibs|(?:mini |easter |"
                   r"chocolate )?eggs|sweets|popcorn|confetti|glitter|streamers|petals|rice|(?:custard |cream )?pies?|"
                   r"balloons?|bubbles|(?:paper )?aeroplanes?|(?:paper )?planes?|kiss(?:es)?|looks?|glances?|smiles?|"
                   r"winks?|shade|questions?|quiz(?:zes)?|tantrums?|strops?|wobbl(?:y|ies)|fits?|part(?:y|ies)|"
                   r"challenges?|curveballs?|shapes?|campaigns?|appeals?|schemes?|competitions?|initiatives?")

# the idioms of effort and punishment, thrown "at" someone: "threw everything at them", "threw the book at him"
THROW_IDIOMS = r"everything|the book|the kitchen sink|all sorts|the lot"

# a throw of a harmless thing, or an idiom of throwing (or oneself thrown into a thing): "threw a dirty look at me",
# "threw us a funny look", "threw her hands up at us", "threw everything at them", "threw the book at the Year 10s"
_HARMLESS_THROW = (r"\b(?:" + THROW_VERBS + r")\s+(?:(?:[\w'-]+\s+){0,3}?(?:" + HARMLESS_THROWN + r")\b|"
                   r"(?:(?:his|her|their|my|our|your)\s+)?(?:hands?|arms?)\s+(?:up|in the air)\b|"
                   r"(?:" + THROW_IDIOMS + r")\s+(?:at|towards)\b|"
                   # oneself thrown into something: effort ("threw himself into the panto", "hurled herself into the
                   # sack race")
                   r"(?:my|your|him|her|our|them|it)sel(?:f|ves)\s+(?:(?:straight|right|fully|headfirst|head first)\s+)?"
                   r"into\b)")

# what someone is "hit with" that is said or set, not swung: a test, homework, the news
SAID_OR_SET = (r"tests?|quiz(?:zes)?|exams?|mocks?|homework|worksheets?|spellings?|questions?|news|surprises?|"
               r"announcements?|facts?|detentions?|pages?|essays?|deadlines?|jokes?|puns?")
# "with" and the thing said or set: "with a tough maths test", "with three pages of homework"
WITH_SAID_OR_SET = (r"with\s+(?:(?:a|an|the|some|loads of|lots of|more|another|two|three|four|five|\d+)\s+)?"
                    r"(?:[\w'-]+\s+){0,2}?(?:" + SAID_OR_SET + r")\b")
_HIT_WITH_WORDS = r"\bhit(?:s|ting)?\s+(?:[\w'-]+\s+){1,3}?" + WITH_SAID_OR_SET

# a push to do something: "pushed my daughter to try the deep end", "pushed the girls to go for the trials"
_PUSHED_TO = (r"\bpush(?:ed|es|ing)?\s+(?:[\w'-]+\s+){1,3}?(?:(?:hard|harder|really hard)\s+)?to\s+"
              r"(?!(?:the|a|an|his|her|their|my|our|its)\b)(?!(?:floor|ground|wall)\b)[a-z]+")

# a thing knocked: a drink, paint or stationery over or across something, a display or a pile over
_KNOCKED_THING = (r"\bknock(?:ed|s|ing)?\s+(?:over\s+)?(?:(?:a|an|the|some|his|her|their|my|our|a pot of|a cup of|a "
                  r"glass of|a tub of)\s+)?(?:[\w'-]+\s+){0,1}?(?:paint|water|coffee|tea|juice|drink|milk|glue|glitter|"
                  r"sand|cup|mug|glass|jar|pot|bottle|vase|plant|tray|box|books?|pens?|pencils?|papers?|pile|display"
                  r"(?: board)?|tower|bricks|blocks|dominoes|cones|chairs?|tables?|lamp|laptop)\b")

# hit by a thing, not a person (a game's ball, a door, a swing): an accident; touched by kind words: a feeling
_HIT_BY_THING = (r"\b(?:hit|struck|smacked|knocked|caught|whacked)\s+(?:[\w'-]+\s+){0,3}?by\s+(?:a|an|the|some|a stray|"
                 r"a flying)\s+(?:[\w'-]+\s+){0,1}?(?:" + HARMLESS_THROWN + r"|doors?|swings?|bikes?|scooters?|"
                 r"branch(?:es)?|shuttlecocks?|pucks?)\b")
_TOUCHED_BY_WORDS = (r"\btouched\s+by\s+(?:[\w'-]+\s+){0,3}?(?:words?|gestures?|cards?|messages?|kindness|speech(?:es)?|"
                     r"thoughts?|letters?|gifts?|presents?|support|tributes?|notes?|generosity)\b")

# something fetched for a child, the child the first of two objects: "grabbed the kids some ice lollies", "grabbed
# him a drink" (not "grabbed him a few times")
GRABBED_FOR = (r"\bgrab(?:bed|s|bing)?\s+(?:him|her|them|us|me|(?:my|the|our|his|her|their)\s+\w+)\s+"
               r"(?:some|a|an|two|three)\s+(?!(?:few\s+)?(?:times?|seconds?|minutes?)\b)\w+")

HARMLESS_ACT = re.compile(r"(?:" + _HARMLESS_THROW + r"|" + _HIT_WITH_WORDS + r"|" + _PUSHED_TO + r"|" + _KNOCKED_THING
                          + r"|" + _HIT_BY_THING + r"|" + _TOUCHED_BY_WORDS + r"|" + GRABBED_FOR + r")",
                          re.IGNORECASE)

# an injury named: then no use is harmless, whatever was thrown ("threw a ball at my head ... nosebleed")
INJURY = re.compile(r"(?i)\b(?:bruis\w*|black eye|nose ?bleed|bleed\w*|blood\w*|injur\w*|concuss\w*|hospital|a ?& ?e|"
                    r"cut (?:my|his|her|their|the)|swollen|sprain\w*|broke|broken|stitches|crying in pain|on purpose|"
                    r"deliberately|hurt|hurts|hurting)\b")
