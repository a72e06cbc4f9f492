"""When a threat is play: one rule, shared by the abuse detector (language.py) and the escalation rule sets.

A threat is light-hearted, and is not escalated, when it is about something trivial (a game, food, sport, a
chore, a small thing lent or taken), names no weapon and no injury, and has a playful cue:
- a laugh (lol, haha, a laughing emoji): "You'll pay for this when I beat you at Monopoly tonight haha",
  "I'll kill him if he's eaten my last Jaffa cake again 😂";
- or a violent verb used of the contest itself ("batter you all at the staff quiz", no laugh needed);
- or, when it names no act of violence either (an idiom: "I will find you", "you'll pay for this", or the stock
  hyperbole of "kill"), the petty grievance itself, a trivial thing taken or eaten: "whoever nicked my lunch ...
  I will find you", "I'll kill whoever ate my yoghurt"; "nicked my lunch, I'm going to batter whoever it was" is
  still a threat;
- or, with no cue needed, two kinds of hyperbole no school would report: sport talk said of a fixture or its day in a
  post about a competition ("we'll kill them on Saturday, the under-13s are flying", "murder them in the final"; not
  a side met outside the contest, "in the car park after the match"), and the stock "kill" over a slip at home, a
  trivial thing eaten, forgotten or lost ("I'll kill him when he gets home, he's eaten all the birthday cake", "if
  he's forgotten the tickets"; not beside another act of violence).

A laugh alone softens nothing: "gonna stab u lol", "bringing a knife in 😂" (a weapon), "ur dead after school
😂" (no trivial stake) are still threats.
Callers pass the whole post when it is short (SHORT_POST: a laugh or a stake in the next sentence counts),
else the sentence of the threat.

The same holds for a disclosure (laughed_off): children minimise what they tell with a laugh ("my dad hits me when
he's drunk lol", "might just end it all 😂"), and that is still a disclosure. A laugh softens only hyperbole of dying
or killing (oneself or at a parent's hands) about something trivial ("I want to die 😂 this homework", "kms lol
forgot my pe kit", "mum will kill me haha left my reading book at home"); never an act (cutting, hitting, being left
alone, going hungry), and never when a weapon or an injury is named.
"""
from __future__ import annotations

import re

SHORT_POST = 400  # characters: up to this, the whole post is the scope

_I = re.IGNORECASE

# the laugh itself, the one home of these words (escalation._LAUGH is built from them): lol, lmao, haha, hehe, jk,
# and the laughing, squinting, cat and tongue-out emoji
LAUGH_WORDS = r"lo+l+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|ha ha|jk|j/k"
LAUGH_EMOJI = r"[\U0001F602\U0001F923\U0001F606\U0001F639\U0001F61C\U0001F61D\U0001F61B]"
# a laugh or a joke owned up to; "not joking", "no joke" are the opposite
LAUGH = re.compile(r"\b(?:" + LAUGH_WORDS + r"|(?:only|just) (?:joking|kidding)|jok(?:ing|es) aside)\b|" + LAUGH_EMOJI, _I)

# the stake: games, food and drink, sport, chores, small things lent or borrowed
_GAMES = (r"monopoly|scrabble|uno|cluedo|jenga|chess|draughts|cards|poker|board ?games?|fifa|fortnite|minecraft|roblox|"
          r"mario ?kart|smash bros|xbox|playstation|ps[45]|quiz|bingo|rounders|dodgeball|hide and seek|pictionary|")
_FOOD = (r"lunch(?:box)?|packed lunch|sandwich(?:es)?|butt(?:y|ie)s?|crisps|chocolates?|biscuits?|jaffa cakes?|cakes?|"
         r"pizza|chips|fries|sweets|haribo|yog(?:h)?urts?|snacks?|doughnuts?|donuts?|easter eggs?|ice ?cream|"
         r"last (?:slice|biscuit|bit|piece|one|rolo|roast potato)|leftovers|sausage rolls?|cookies?|nuggets|pudding|"
         r"cuppa|coffee|brew|milk|wine|beer|slices?|")
_SPORT = (r"match|game|football|footy|netball|rugby|hockey|cricket|sports day|race|rematch|tennis|badminton|ping ?pong|"
          r"five[- ]a[- ]side|5[- ]a[- ]side|")
_CHORES_THINGS = (
    r"washing up|hoover\w*|the bins|tidy\w*|ironing|dishwasher|laundry|chores|"
    r"charger|stapler|pens?|pencils?|rubber|scissors|mug|remote|hoodie|jumper|make-?up|straighteners|shampoo|chairs?|seat|"
    r"parking (?:space|spot)|wi-?fi|netflix password|spoilers?")
_SPORT_CHORES_THINGS = _SPORT + _CHORES_THINGS
_TRIVIAL_THING = _GAMES + _FOOD + _SPORT_CHORES_THINGS
TRIVIAL = re.compile(r"\b(?:" + _TRIVIAL_THING + r")\b", _I)

# the grievance is a trivial thing taken, eaten or moved
PETTY = re.compile(r"\b(?:nick(?:ed|ing)|pinch(?:ed|ing)|st(?:o|ea)l(?:e|en|ing)|took|tak(?:en|ing)|ate|eat(?:en|ing)|"
                   r"drank|drunk|drink(?:ing)?|finish(?:ed|ing)|borrow(?:ed|ing)|mov(?:ed|ing)|us(?:ed|ing)|hid|"
                   r"hidden|hiding|swip(?:ed|ing)) (?:(?:my|our|the|all (?:my|the|our)|me) )?(?:last |good |favourite )?"
                   r"(?:" + _TRIVIAL_THING + r")\b", _I)

# a weapon or an injury: never play
REAL_HARM = re.compile(
    r"\b(?:knife|knives|blade|machete|shank\w*|stab\w*|gun|guns|pistol|rifle|shotgun|firearm|air ?rifle|crossbow|"
    r"baseball bat|knuckle ?dusters?|acid|axe|bomb\w*|merk\w*|wet (?:(?:you|u|him|her|them) )?up|petrol|set fire|"
    r"burn (?:down|it down|the (?:school|house))|"
    r"shoot (?:you|u|ya|him|her|them|up|everyone|everybody|the)|shot (?:you|u|him|her|them|dead)|"
    r"glass(?:ed|ing)? (?:you|u|him|her|them)|bottl(?:ed|ing|e) (?:you|u|him|her|them)|slash\w*|blood\w*|bleed\w*|"
    r"hospital|ambulance|a ?& ?e|intensive care|body ?bag|coffin|wheelchair|"
    r"broken (?:legs?|arms?|nose|jaw|bones?|ribs?|neck)|break (?:your|ur|yer|his|her|their) (?:legs?|arms?|neck|nose|"
    r"jaw|face|fingers|ribs?)|kneecap\w*)\b", _I)

# an act of violence named, beyond the idioms ("I will find you", "you'll pay for this") and the stock hyperbole of
# "kill" and "murder" ("I'll kill whoever ate my yoghurt", "my mum will kill me")
VIOLENT = re.compile(
    r"\b(?:batter\w*|punch\w*|hit|hitting|smack\w*|slap\w*|kick\w*|beat (?:you|u|ya|him|her|them|"
    r"the \w+) (?:up|senseless)|beat(?:ing)? (?:the (?:crap|hell|shit)|seven bells)|deck\w*|knock \w+ (?:out|"
    r"spark(?:ark)? out)|smash (?:your|ur|his|her|their) (?:face|head)|head ?butt\w*|strangl\w*|throttl\w*|chok\w*|"
    r"hurt\w*|bash\w*|jump\w*|rush(?:ed|ing)? (?:you|u|him|her|them)|beat(?:en)? up|do (?:you|u|him|her|them) in|"
    r"sort (?:you|u|him|her|them) out|"
    r"lamp\w*|twat (?:you|him|her)|wreck (?:you|u|him|her|them)|burn\w*|bury \w+)\b", _I)


# a violent verb of a contest: "batter you all at the staff quiz", "thrash them in the match" (winning, not harm)
CONTEST = re.compile(r"\b(?:batter\w*|thrash\w*|smash\w*|destroy\w*|kill\w*|murder\w*|beat\w*|hammer\w*|annihilat\w*|"
                     r"demolish\w*|slaughter\w*|crush\w*) (?:you|u|ya|him|her|them|us|y'?all|you all|you lot|everyone|the \w+)"
                     r"(?: all)? (?:at|in) (?:the |a |our |this |tonight'?s |friday'?s |\w+'?s )?(?:\w+ )?(?:" + _TRIVIAL_THING +
                     r")\b", _I)


# Sport talk said of a fixture or its day: "we'll kill them on Saturday", "murder them in the final", "smash them in
# the semi on Sunday", in a post about a competition (a fixture, a team, a season: not "the lads", who may be a gang);
# a side ("them"/"you", not "him"/"her"), never met outside the contest ("in the car park after the match", "at the
# gates", "round their house", "when they come out of the chippy", "they know what they did").
_CONTEST_NOUN = (r"finals?|semis?|semi[- ]?finals?|quarter[- ]?finals?|derby|cup|league|fixture|tournament|replay|"
                 r"play[- ]?offs?|heats?|gala|cross[- ]?country|relay|" + _GAMES + _SPORT[:-1])
SPORT_DAY = re.compile(
    r"\b(?:kill|murder|smash|batter|beat|destroy|hammer|thrash|slaughter|annihilate|demolish|crush)\w* "
    r"(?:them|em|you|u|ya|you lot|you all)(?: all)?,? (?:(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
    r"(?:this|next) (?:weekend|week)\b|tomorrow\b|tonight\b|(?:in|at) (?:the |a |an |our |this |next week'?s |"
    r"\w+day'?s |tomorrow'?s )?(?:[\w-]+ ){0,2}?(?:" + _CONTEST_NOUN + r")\b)", _I)
COMPETITION = re.compile(r"\b(?:" + _CONTEST_NOUN + r"|under[- ]?\d+s?|u\d+s?|team|squad|season|kick[- ]?off|pitch|"
                         r"opposition|rivals|come on you)\b", _I)
_OUTSIDE_CONTEST = re.compile(r"\b(?:after (?:the|their|our) (?:match|game|final)|car ?park|outside|gates?|estate|"
                              r"round (?:to )?(?:their|his|her)|house|bring (?:the|a|your)|"
                              r"(?:when|if|once|as soon as|the minute|the second) (?:they|he|she|you|u) (?:come|comes|get|gets|"
                              r"show|shows|leave|leaves|walk|walks|step|steps|turn|turns)|what (?:they|you|u) did)\b", _I)

# The stock hyperbole of "kill" over a slip at home: a trivial thing eaten, finished, forgotten or lost by someone
# close ("he's eaten all the birthday cake", "if he's forgotten the tickets", "lost the car keys again"); not a game
# lost ("we lost the match, I'm going to kill the ref" is no slip at home).
SLIP = re.compile(r"\b(?:ate|eaten|eating|finish(?:ed|ing)|polished off|scoffed|drunk|drank|forgot(?:ten)?|forgets|"
                  r"lost|loses|losing) (?:(?:my|our|the|all (?:my|the|our)|all|his|her|me) )?(?:last |good |favourite )?"
                  r"(?:[\w-]+ )?(?:" + _FOOD + _CHORES_THINGS + r"|tickets?|(?:car |house |front door )?keys|passports?|"
                  r"shopping|anniversary|bread)\b", _I)

# ... and neither is hyperbole beside menace or insistence ("I know where he lives", "I'll be waiting", "not joking")
_MENACE = re.compile(r"\b(?:know where (?:you|u|he|she|they) (?:live|lives|work|works)|(?:be|am|m|are|re) waiting (?:for|"
                     r"outside|at)|watch (?:your|ur|his|her|their) back|mark my words|not (?:joking|kidding)|no joke|"
                     r"i mean it|i'?m (?:dead )?serious|i swear)\b", _I)


def light_hearted(text: str) -> bool:
    """Whether a threat in `text` (its scope) is play by the rule above."""
    if REAL_HARM.search(text):
        return False
    if not _MENACE.search(text):
        if SPORT_DAY.search(text) and COMPETITION.search(text) and not _OUTSIDE_CONTEST.search(text):
            return True
        if SLIP.search(text) and not VIOLENT.search(text):
            return True
    if not TRIVIAL.search(text):
        return False
    if CONTEST.search(text):
        return True
    if LAUGH.search(text):
        return True
    return PETTY.search(text) is not None and VIOLENT.search(text) is None


# --- disclosures ---------------------------------------------------------------------------------------------

# a child's trivial stakes: school work and kit, a song, a bad day's small troubles, embarrassment; with the games,
# sport, chores and small things above. Not food: going hungry is what neglect is told in ("no food in the house lol").
_SCHOOL_TRIVIA = (
    r"home ?work|hw|maths|english|science|french|spanish|german|geography|history lesson|spellings?|spelling tests?|"
    r"tests?|exams?|mocks?|sats|revision|revising|coursework|essays?|detentions?|double \w+|lessons?|"
    r"pe|pe kit|kit|bleep test|cross country|reading book|planner|tie|blazer|uniform|"
    r"songs?|monday|mondays|the bus|queue|traffic|the heat|weather|hair ?cut|fringe|eyebrows|"
    r"embarrass\w*|cringe|awkward|phone|battery|forgot (?:my|the)|left (?:my|the) \w+ (?:at home|on the bus)|"
    # a family's embarrassing photos of the child: baby, toddler or school photos shown or posted by family (not
    # "pics of me" spread by someone: that is no trivial stake)
    r"(?:baby|toddler|childhood|school|nativity) (?:photos?|pics?|pictures?|videos?|vids?)")
# (not "tired", "bored", "this week", "lost my": "so tired of everything lol" is no trivial stake)
CHILD_TRIVIAL = re.compile(r"\b(?:" + _SCHOOL_TRIVIA + r"|" + _GAMES + _SPORT_CHORES_THINGS + r")\b", _I)

# hyperbole of dying or killing: "I want to die", "kill me now", "kms", "end it all", "the death of me", "mum will
# kill me" (what a rule matched must say it, so an act a rule matched beside it is never softened)
HYPERBOLE = re.compile(r"\b(?:di(?:e|ed|es|ing)|dead|death|kill\w*|kms|kys|end(?:ing)? (?:it|my life|everything)|"
                       r"murder\w*|unalive\w*|disappear\w*)\b", _I)

# a laugh for a disclosure: playful.LAUGH and the skull ("I'm dead 💀")
_DISCLOSURE_LAUGH = re.compile(LAUGH.pattern + r"|\U0001F480", _I)


def laughed_off(scope: str, claim: str) -> bool:
    """Whether `claim` (what a rule matched) is hyperbole about something trivial that `scope` laughs at."""
    return (HYPERBOLE.search(claim) is not None and _DISCLOSURE_LAUGH.search(scope) is not None
            and CHILD_TRIVIAL.search(scope) is not None and REAL_HARM.search(scope) is None)
