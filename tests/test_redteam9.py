"""Red team for this round's merged rules (h-esc9 escalation, h-lang9 language, h-mean9a meaning: the diff
4ffe155..main in src/safepost), through the engine a user sees.

Both tables were written before any row was run (h-red9). First run on main 977539c: 49 of 71 ordinary rows got
a false finding (6 of them at 4ffe155, before this round's rules); 20 of 26 paraphrases found. After the narrowing:
6 false findings (strict xfails below, each with its reason), 20 of 26 paraphrases still found. A second round of 17
ordinary rows, written after that narrowing and before they were run, found 12 more false findings (all from this
round's rules), narrowed in turn to 0; the 9 rows added to hold the narrowed rules' reach are all found.
- ORDINARY: posts a teacher, office worker, coach, parent or pupil would really write, that share the new rules' words
  but break no policy: sport and injuries, a neighbour's van, camping and house moves, a teacher's own news, foster
  carers' family life that gives nothing away, a strike-day notice, the school's own fundraising, insults quoted from
  films, books and pantos, the writer calling themself names, a parent praising the office, "what a little monkey".
- PARAPHRASES: what the new rules are meant to catch, in wordings that are in no other table.
The demo school (examples/school.yaml, examples/pupils.csv) and the built-in Newport pack are used.
"""
from __future__ import annotations

import pytest

from redteam import ESC, assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

CONF = ("confidential_school_matter",)
POL = ("political_statement",)
ALLEG = ("allegation",)
MEAN = ("disparaging_school_community",)
HATE = ("abuse_or_hate",)
LANG = ("abuse_or_hate", "offensive_language")


ORDINARY = [
    # injuries and outcomes told as what will happen to someone (the threat-outcome rules)
    _r("Our neighbour's van has been outside all week, he's having his windows put in", ESC, "parent"),
    _r("Mrs Hart next door is getting her windows done on Friday so I'll park on the road", ESC),
    _r("Our old caretaker Jim had a fall and the doctors say he will never walk properly again. Card in the office",
       ESC),
    _r("Wisdom teeth out for my eldest today, he'll be eating through a straw all weekend, poor lad", ESC, "parent"),
    _r("Our keeper took a boot to the face on Sunday, he'll need his nose reset at the fracture clinic, brave lad",
       ESC),
    _r("If he keeps growing like this he'll need new legs for his school trousers by Easter", ESC, "parent"),
    _r("Next time we do the staff bleep test I won't be able to walk for a week, never again", ESC),
    # secrecy words between adults or about presents (the hidden-from-parent rules)
    _r("Happy birthday to my best mate! Don't let your mum see the pics from Saturday night 🙈🍹", ESC),
    _r("Kids, keep this from your mum but I've booked us a trip to Paris for her 40th 🤫", ESC, "parent"),
    _r("Don't tell anyone I gave you my number for the plumber, he's booked up till March 😂", ESC, "parent"),
    # people filming and photographing children with every right to (the stranger-watching rule)
    _r("The same couple filmed the kids singing at the care home again this year, they love our visits", ESC),
    _r("Shout out to the bloke who records the under-10s matches again every season for the club page, legend",
       ESC),
    _r("A lovely woman from the Gazette was taking photos of the children at the fun run again, look out for it", ESC,
       "parent"),
    # camping, school trips and house moves (the no-home rule)
    _r("Back from the Lakes! The kids slept in the van every night and loved it", ESC, "parent"),
    _r("My Year 10s are staying in a hostel for 4 nights in Berlin, all safe and having a ball", ESC),
    _r("House move chaos: the kids and I are living in a B&B for 2 weeks while the new place completes. Adventure!",
       ESC, "parent"),
    # family games and a kind adult (the harm-game and throw rules)
    _r("My daughter told me her nan does a secret game at Christmas where everyone hides a sprout 😂", ESC, "parent"),
    _r("Mr Rees threw a football shirt at each of us for the team photo, we looked class", ESC, "pupil"),
    _r("Miss chucked a spare PE top at me cos I forgot mine again lol", ALLEG, "pupil",
       xfail="older behaviour (4ffe155 too): a PE top is not in acts.HARMLESS_THROWN, so the adult-harm throw rule "
             "reads it as thrown at the child"),
    _r("One of my Year 4s said his dad hits him for six every time they play cricket in the garden 😂", ESC),

    # names called in quoted films, books and pantos; the writer's own names for themself; fond names for children
    _r("Panto tonight! Cinderella's stepsisters: stuck up snobs, the lot of them 😂 brilliant cast", HATE, "parent"),
    _r("Year 5 loved meeting Veruca Salt in Charlie and the Chocolate Factory. Spoilt brat!", LANG + MEAN,
       xfail="a book's character called names: the name-calling rules read the sentence as aimed at Year 5; nothing "
             "in the words says it is a story (a fiction cue such as 'meeting' would be too loose)"),
    _r("Bugsy Malone dress rehearsal tonight. 'You dirty rat!' Year 6 have nailed the accents", HATE),
    _r("Year 10 drama did Only Fools and Horses tonight and 'Rodney, you plonker!' brought the house down", HATE),
    _r("Locked my keys in the car again. Absolute muppet.", HATE),
    _r("Forgot my own PE kit on sports day. Total numpty 🙈", HATE),
    _r("What a little monkey! Our Reception girl hid in the book corner at tidy-up time", LANG + MEAN),
    _r("Seagulls nicked my chips on the Year 5 trip to Weston. Little toerags!", LANG + MEAN,
       xfail="'toerag' is a crude word in the lexicon (h-lang9), an offensive_language finding whoever it is said of, "
             "like 'prat' (the insult and disparaging findings are gone)"),
    _r("The school hamsters escaped again overnight. Little sods.", MEAN),
    _r("My new class are complete nutters for Pokémon cards, the trading at break is intense 😂", HATE),
    _r("Everyone hates him in the panto, he's the villain! Brilliant acting from Josh", HATE, "parent"),
    _r("Our new sat nav has a posh voice and everyone hates her lol", HATE, "parent",
       xfail="'everyone hates her lol' reads as a child shunned; 'her' for a machine is out of reach of the words"),
    _r("The Year 8 craze for Korean skincare is just a fad, I promise you parents", HATE),
    _r("Half of Year 9 are obsessed with Japanese anime now. Is it a phase or here to stay?", HATE),

    # a teacher's own news, a house move, foster carers' family life
    _r("Personal news: the family's moving to Cornwall in the summer so I'll be leaving in July. I'll miss the kids "
       "so much", CONF),
    _r("Helped my neighbour today, her nan has just moved out of the old house so we took the kids to carry boxes",
       CONF, "parent"),
    _r("Volunteering: the family is going to the food bank every Saturday to help sort donations, the kids love it",
       CONF, "parent"),
    _r("Our boy (7) scored his first goal for the under-8s today, proud dad", CONF, "parent"),
    _r("My girl (9) just finished her first chapter book all by herself!", CONF, "parent"),
    _r("Our foster daughter made us the loveliest Mother's Day card, fostering is the best thing we ever did", CONF,
       "parent"),
    _r("Ten years of fostering this month. Our long-term foster son turns 18 on Friday and is off to uni", CONF,
       "parent"),
    _r("My daughter's nursing placement is going brilliantly, so proud of her", CONF, "parent"),
    _r("Placement update from our Year 12s: loving their week at the vets and the primary school down the road",
       CONF, "staff", "official"),
    _r("Our cat is in care at the cattery while we're away, she's fine and fatter than ever", CONF, "parent"),
    _r("The PTA roles for next year haven't been advertised yet, watch this space!", CONF, "parent"),
    _r("My Year 6 footballers came off with bruises again, proper tough match but we won", CONF),
    _r("Kids home from Scout camp: same clothes for 3 days and hadn't eaten a vegetable since Friday 😂", CONF,
       "parent"),
    _r("We were told at twilight that screen time is cutting into kids' sleep. Fascinating research", CONF),

    # a parent praising the office, notices from the school, the writer's own plans (disparaging)
    _r("The office never tells us off for ringing five times a day, absolute heroes", MEAN, "parent",
       xfail="older behaviour (4ffe155 too): the disparaging model alone reads it (the stonewall rule no longer "
             "does: 'tells us off' is not 'won't tell us')"),
    _r("School won't answer calls on the INSET day, please email and we'll reply on Monday", MEAN, "staff",
       "official"),
    _r("Our headteacher needs to step up to the oche at the PTA darts night, he's rubbish 😂", MEAN,
       xfail="older behaviour (4ffe155 too): 'head ... rubbish' is an older put-down rule; banter over darts is out "
             "of its reach (the new 'needs to step up' rule no longer reads 'step up to')"),
    _r("Our school protects its own children first and foremost: safeguarding is everyone's job", MEAN),
    _r("The team closed ranks around our injured keeper and saw the game out, so proud", MEAN),
    _r("Year 1 swept it all under the rug at tidy-up time, we found 40 pencils 😂", MEAN),
    _r("Massage voucher from the PTA for teacher appreciation week. Thank you, I feel so relaxed now!", MEAN),
    _r("Tom's dad, please stop being so fast in the dads' race, give us a chance 😂", MEAN, "parent"),
    _r("The roadworks near ours are a nightmare, left an hour early for work", MEAN),
    _r("Our place is a tip after the birthday party, send help and bin bags", MEAN, "parent"),

    # kickbacks, bribes of cake, things 'lost' on purpose as a joke (allegation)
    _r("Staff kick-back at the Red Lion on Friday to celebrate the end of Ofsted, first round's on the head", ALLEG),
    _r("Mrs Kaur in the office takes bribes in the form of chocolate biscuits 😂", ALLEG, "parent"),
    _r("Our caretaker 'lost' the staff quiz answer sheet when he was losing, how convenient 😂", ALLEG),

    # best ministers and best PMs, strike-day notices, the school's own events, a school's own rules (political)
    _r("Thank you to the best ministers in the county, Revd Jo and Revd Sam, for our Harvest service", POL),
    _r("Rory from Year 5 made the best prime minister in our assembly play, what a performance", POL),
    _r("Strike day on Thursday: the school will be open to Years 2 and 6 only. Thank you for your support", POL,
       "staff", "official"),
    _r("Pocket money pay freeze in our house until the bedrooms are tidy. Love being the boss 😂", POL, "parent"),
    _r("Join us at the PTA classic car rally on the field this Sunday, £3 entry, all for the school", POL, "parent"),
    _r("Come along to the Year 4 science demo on Thursday, volcanoes guaranteed", POL, "staff", "official"),
    _r("Join us at the Remembrance Sunday march to the war memorial, Year 6 will lay the wreath", POL),
    _r("Sun cream should be compulsory for all kids on sports day, it was scorching", POL, "parent"),
    _r("Got my head round the new Ofsted framework at last, no joke it took three evenings", POL),

    # second round (h-red9), written after the narrowing and before these rows were run: the same rules' other edges
    _r("A couple were filming the kids' Christmas fair stalls again this year for the PTA video, thank you Sue and "
       "Dave", ESC, "parent"),
    _r("After that leg day at the gym you'll never walk straight again 😂", ESC),
    _r("Don't let your dad see the football score, he'll cry 😂", ESC),
    _r("Mrs Green's family are moving back to Ireland so she leaves us at Christmas. The children will miss her!",
       CONF, "staff", "official"),
    _r("My Year 6s were starving again after swimming, hadn't eaten since breakfast", CONF),
    _r("The new head's welcome letter isn't out yet, it'll be on the website on Friday", CONF, "staff", "official"),
    _r("We were told at INSET that the new reading scheme is cutting marking time in half, brilliant", CONF),
    _r("Some families have had a terrible time with the flu this week, get well soon everyone", MEAN),
    _r("The school won't tell you this, but the teachers' race is the best bit of sports day 😂", MEAN),
    _r("Our head refuses to answer any questions about the Strictly final until Monday, spoiler-free zone 😂", MEAN),
    _r("Alfie's mum, stop making such amazing cakes, I can't stop eating them 😂", MEAN),
    _r("Our deputy is a bully at chess, ask anyone in chess club 😂", ALLEG),
    _r("Strike action from Year 3 today: they refused to tidy up until they got extra golden time 😂", POL),
    _r("Phones should be banned for all kids at the dinner table, fight me 😂", POL, "parent"),
    _r("Year 9 are a right bunch of clowns in drama, in the best way", HATE),
    _r("Walked into the glass door at the leisure centre. Total numpty.", HATE),
    _r("My husband fell asleep at the panto again. Absolute muppet 😂", HATE, "parent"),
]


PARAPHRASES = [
    # threats told as what will happen
    _r("If that dad so much as looks at my TA again he'll be going home in a body bag", ESC),
    # a child asked to hide contact from a parent
    _r("Your parents don't have to know about these messages, it's just us x", ESC),
    _r("Lovely chat tonight sweetheart, but don't let your mum read them ok", ESC,
       xfail="the hidden-from-parent rule wants the thing hidden named ('the messages') or nothing after the verb; "
             "'read them ok' is not read (recall, left alone)"),
    # an unknown adult photographing children, again
    _r("Some fella in a black hatchback has been photographing the children at the back gate every morning, told "
       "the police", ESC, "parent"),
    # a child without a safe place to sleep
    _r("A lad in my form is sleeping rough since his mum threw him out", ESC),
    _r("My Year 8 tutee has been dossing on a mate's floor for weeks since his stepdad chucked him out", ESC,
       xfail="the no-home rule knows sofa-surfing, sleeping rough and cars, not 'dossing on a floor' (recall)"),
    # a named family's case
    _r("Our DSL is snowed under with the Okafor children's referral", ESC,
       xfail="SafeguardingCaseDetector's veto for 'our DSL is Mrs X, contact her' reads 'Our DSL is snowed under' "
             "(as in test_redteam9_escalation's NAMED_CASE row)"),
    # a harm game retold
    _r("A Year 2 said her stepdad plays the 'special game' with her in the bath", ESC,
       xfail="the harm-game rule knows hurting, touching and secret games; 'the special game' is only read as "
             "'plays special games' (recall)"),
    # name-calling, a year group called names, an identity called a phase
    _r("The receptionist at the dentist wouldn't let my son in two minutes late. Jumped-up jobsworth.", HATE,
       "parent"),
    _r("Year 11 this year are a pack of lazy layabouts", HATE),
    _r("Being bisexual is just a phase, they grow out of it", HATE, "public",
       xfail="the identity-as-illness rule does not read 'being bisexual is just a phase' (recall)"),
    _r("Everybody can't stand her, the new girl in 8R 😂", HATE, "pupil",
       xfail="the shunning rule wants 'her' at the end or before a conjunction; an apposition after a comma is "
             "not read (recall)"),
    # a pupil's home life, placement, signs of harm, staffing news before release
    _r("One of my Year 5 boys is living with his auntie now his mum's in prison", CONF),
    # (an xfail until 2026-11-22: the in-care rule wants he/she/you as the subject; found since by the context model)
    _r("The new lad in my tutor group is in foster care, he's had four placements already", CONF),
    _r("Year 3 girl came in with bruising on her neck again, third time since half term", CONF),
    _r("Told in briefing today that the juniors and infants are merging next year, parents don't know yet", CONF),
    _r("The business manager job will be going out next week, not on the website yet, so get your CV ready", CONF),
    # politics: government judged, pay, rallies
    _r("Most incompetent government I have ever seen, and the education secretary hasn't a clue", POL),
    _r("Who's coming to the Stop the War demo in town on Saturday?", POL),
    _r("A 3% pay award after years of real-terms cuts. Derisory. Out on strike in March", POL),
    # bribes, a loss in scare quotes
    _r("Word on the gate is the head's mate got the catering contract for a brown envelope", ALLEG, "parent"),
    _r("Funnily enough the governors 'never received' any of our complaints", ALLEG, "parent"),
    # disparaging: entitled parents, covering up, stonewalling, calling a parent out
    _r("Half the parents at our school are so entitled, they think the rules don't apply", MEAN, "parent"),
    _r("The academy just sweeps everything under the rug, same as always", MEAN, "parent"),
    _r("Rang the office four times and the head flatly refuses to answer my emails", MEAN, "parent"),
    _r("To the mum who lets her dog foul outside the gates every morning: pack it in", MEAN, "parent"),
    # added after the narrowing (h-red9), to hold what the narrowed rules must still find
    _r("If that ref does that to my lads again he'll be eating through a straw", ESC),
    _r("Keep this from your mum, our chats are just for us x", ESC),
    _r("A man in a blue van keeps filming the kids in the playground, third time this week", ESC, "parent"),
    _r("Mr Ahmed's family are moving to Dubai and nobody's told the school yet, Zain in Year 4 will be gutted", CONF),
    _r("Our new foster lad (8) starts at the school on Monday", CONF, "parent"),
    _r("Our head takes backhanders from the builders, everyone knows", ALLEG, "parent"),
    _r("Strike it is. 1% is an insult to every teacher in the country", POL),
    _r("Join us at the picket line outside school at 8am", POL),
    _r("Locked out by Mr Lee again for being two minutes late. Absolute jobsworth.", HATE, "parent"),
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
