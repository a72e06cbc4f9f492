"""Red team for the rules added on 2026-11-21 (diff 53e715e..6c2ceb4 in src/safepost), through the engine a user sees.

Both tables were written before any of the rows was run (eighth helper, h-red7):
- ORDINARY: clean posts by a teacher, a parent, a pupil or the public that share the new rules' words but should get
  no finding of the rule's category (harmless throws and blows, looking at pages, befriending, passive harm, food,
  disclosures, missing things, awards and weddings named like pupils, use at work, "send ... back", colleagues and
  firms praised, the head's position, restraint in another sense, former pupils, taking things home).
- PARAPHRASES: posts the rules should find, in new words (other verbs, typos, slang, long posts).
The demo school (examples/school.yaml, examples/pupils.csv) and the built-in Newport pack are used.
"""
from __future__ import annotations

import pytest

from redteam import ESC, assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

# categories by rule family
HARM = ("allegation", "safety_risk")
CONTACT = ("pupil_contact", "parent_contact_channel")
PUPIL = ("pupil_identified",)
TIMING = ("timing",)
LANG = ("abuse_or_hate", "offensive_language")
MEAN = ("disparaging_school_community", "abuse_or_hate")
VIEW = ("speaking_for_school:school_view",)  # the school's view given in its name (naming the employer is older: info)
CONF = ("confidential_school_matter",)


ORDINARY = [
    # acts.py / escalation: harmless throws, pushes and blows; passive harm that is not harm
    _r("Oscar-winning performance from the Year 6 choir tonight, not a dry eye in the hall", PUPIL + HARM),
    _r("I was pushed for time so the marking will have to wait until tomorrow", HARM),
    _r("She launched the reading challenge at the kids today and they loved it", HARM),
    _r("Miss Patel hurled herself into the sack race and came last, legend", HARM),
    _r("Year 4 lobbed wet sponges at the deputy head for Children in Need, raised £212", HARM),
    _r("The kids pelted me with questions about the Romans all afternoon", HARM),
    _r("Mr Okoro threw himself into the staff panto, what a sport", HARM),
    _r("Got slapped with a parking ticket outside school, brilliant start to Monday", HARM),
    _r("My son was knocked out of the chess tournament in the semi final, gutted for him", HARM),
    _r("Our class was hit hard by the flu bug this week, only 19 in today", HARM),
    _r("Got smashed at the staff quiz by the Year 2 team, we'll be back", HARM),
    _r("My daughter was bowled over by the kindness of her classmates after her op", HARM),
    _r("Year 3 were blown away by the planetarium visit", HARM),
    _r("The Year 5s absolutely battered the Year 6s at rounders, Mr Shaw is in denial", HARM),
    _r("Kicked off the new term with a whole-school assembly on kindness", HARM),
    _r("Tossed a coin to decide who went first in the spelling bee", HARM),
    # escalation: food as a choice, long days, fasting, a child's thing missing, disclosures in the abstract
    _r("Fasting for Ramadan this month, the kids were so understanding at lunch", HARM),
    _r("Long day! 7am to 7pm with parents evening, I haven't eaten since breakfast", HARM),
    _r("No pudding for me this week, I'm on a health kick 😂", HARM),
    _r("My son refuses to eat anything green, any tips for fussy eaters?", HARM, "parent"),
    _r("Has anyone seen a navy PE bag with a dinosaur keyring? Went missing after football", HARM, "parent"),
    _r("Missing: one glittery water bottle, last seen in the Year 2 cloakroom", HARM, "parent"),
    _r("Our safeguarding training today was really useful, the DSL talked us through how to take a disclosure",
       HARM + CONF, xfail="older: the confidential model reads it as staffing (no rule of today's fires)"),
    _r("Police came in to talk to Year 6 about staying safe online, brilliant session", HARM + CONF),
    _r("The fire brigade came in today and the kids got to sit in the engine", HARM + CONF),
    _r("Proud to support our care leavers' mentoring scheme, now in its third year", HARM + CONF),
    _r("Miss the days when I could sleep past 6am 😴", HARM),
    # connections.py: pages and friends that are not pupils' pages or parents befriended
    _r("Been scrolling through the school's Facebook page, the harvest festival photos are lovely", CONTACT),
    _r("Looked at my niece's Instagram and she's grown up so fast", CONTACT),
    _r("Watched my own kids' school play videos all evening, so proud", CONTACT, "parent"),
    _r("My best friend is now a parent at my school, we've been mates since uni", CONTACT),
    _r("Accepted the invite to speak at the local authority's teachers' conference", CONTACT),
    _r("Met some lovely parents at the summer fair today, thank you for coming!", CONTACT, "staff", "official"),
    _r("Followed the Natural History Museum on Instagram, the kids' dinosaur project is inspired", CONTACT),
    _r("Added a new book corner to my classroom, the kids are obsessed", CONTACT),
    _r("My mum friend from NCT just started at the school office, small world", CONTACT),
    # former pupils in the ordinary sense
    _r("Bumped into a former pupil who now runs the bakery in town, she made my wedding cake", CONTACT),
    _r("So proud of our former pupils who came back to talk to Year 6 about secondary school", CONTACT),
    # pupils.py: names of the roster used for awards, adults' events, screen characters, family
    _r("Oscar season is here, who's your pick for best actress?", PUPIL),
    _r("Congratulations to Grace and Harry on their wedding day, the staffroom is buzzing", PUPIL),
    _r("Mrs Hart's retirement do is on Friday, all welcome", PUPIL),
    _r("Watching Peppa with my little one, George is my favourite character", PUPIL, "parent"),
    _r("Happy anniversary to my wonderful husband Mark, 20 years today", PUPIL),
    _r("Summer is finally here, get the paddling pools out", PUPIL),
    _r("Will anyone be around to help tidy the library on Friday?", PUPIL),
    _r("Amber weather warning for snow tomorrow, keep an eye on the school website", PUPIL),
    _r("Saying grace before lunch is a lovely tradition at our church school", PUPIL),
    _r("Hope everyone has a restful half term", PUPIL),
    _r("Poppy appeal badges are on sale in the office, 50p each", PUPIL),
    _r("Daisy chains on the field at lunch, simple pleasures", PUPIL),
    # timing.py: work as a place, said after or by someone else
    _r("Finally home from work, feet up and a cuppa", TIMING),
    _r("My husband's at work all weekend so it's just me and the kids", TIMING, "parent"),
    _r("Writing this on a Saturday morning, no work today!", TIMING),
    _r("The new staffroom coffee machine at work is a game changer", TIMING),
    # language.py: send ... back in the ordinary sense
    _r("Please send the forms back by Friday", LANG),
    _r("Send the reading books back in their book bags on Monday please", LANG, "staff", "official"),
    _r("Can we send that lot back to the supplier? Half the glue sticks are dry", LANG),
    _r("The kids were sent back to class after the fire drill", LANG),
    _r("Send them back to me signed by Wednesday", LANG, "staff", "official"),
    # meaning.py: colleagues, complainers, firms and "you lot" praised; the school's position said by its head
    _r("Our cleaning firm are brilliant, the hall has never looked so good", MEAN),
    _r("You lot were amazing at sports day, so proud of every one of you", MEAN),
    _r("Our new ECT is an absolute star, the kids adore her", MEAN),
    _r("Massive thanks to the catering company for the Christmas dinner, it was delicious", MEAN),
    _r("The supply teacher we had last week was brilliant, hope she comes back", MEAN),
    _r("Thank you to the parent who raised the crossing issue, the council are finally doing something", MEAN),
    _r("If anyone's hiring, our old TA is amazing, snap her up", MEAN),
    _r("Some people shouldn't be allowed near a barbecue, my husband burnt everything again 😂", MEAN),
    _r("Did nothing all weekend and it was glorious", MEAN),
    _r("The head's position on the rota is clear and fair, no complaints from me", MEAN + VIEW),
    _r("Loved the talk on behalf of the RNLI in assembly today", VIEW),
    _r("Brookfield's sports day is on Friday, bring sun cream and a hat!", VIEW + MEAN),
    _r("I work at Brookfield and I love it, best staff team I've been part of", VIEW + MEAN),
    # restraint, disclosure, taking things home in their ordinary senses
    _r("Showing great restraint and not eating the leftover Christmas cake in the staffroom", CONF + HARM),
    _r("Car seat restraint fitting check at the school gate on Thursday, free for all parents", CONF + HARM),
    _r("Took the class guinea pigs home for the holidays, they're very spoilt", CONF),
    _r("Our lovely caretaker took the old benches home to restore them and brought them back like new", CONF),
    _r("Taking my marking home again this weekend, teacher life", CONF),
    _r("Full disclosure: I ate three mince pies at the staff meeting", CONF + HARM),
    # look-alikes for the extensions made after the first run (written before those extensions were run):
    # parents counted in new words, a bare child's word and staff in the plural as the adult who harmed
    _r("A couple of the mums from my class helped at the cake sale, thank you!", CONTACT),
    _r("Nosing at the new houses going up next to school, they're huge", CONTACT),
    _r("One of the TAs threw a surprise party for Mrs Dunn's 60th", HARM),
    _r("The teachers pushed the Year 6s to give it their all in the SATs and they did", HARM),
    _r("Kid was picked up by his grandad at 3 and the teacher waved him off", HARM),
    _r("The TAs grabbed the kids some ice lollies on the hottest day of the year", HARM),
    # ... food without a condition of behaviour, a child telling something harmless, things moved by hand
    _r("We went without lunch on the Year 6 hike until we reached the top, so hungry", HARM),
    _r("The kids weren't getting any lunch until 1pm because of the fire drill, they were starving", HARM),
    _r("A girl in my class told me she's moving house at Easter, I'll miss her so much", HARM + CONF),
    _r("Had to physically move all the tables in the hall for the exam, my back", CONF),
    _r("One of the kids told me the DSL's dog is the best dog ever, she wasn't wrong", HARM + CONF),
    # ... a word for theft said in fun or of a borrowing
    _r("One of the TAs pinched some paint from my room for her display, she did ask first", ("allegation",)),
    _r("Mrs Dunn was stealing the show in the staff panto, what a performance", ("allegation",)),
    _r("Year 4 keep nicking my stationery for their den building 😂", ("allegation",)),
    # ... "idle" and "slop" not said of someone of the school
    _r("Our TA hates sitting idle, she reorganised the whole school library in an afternoon", MEAN),
    _r("The school minibus sat idle all summer, finally back on the road for the Year 5 trip", MEAN),
    _r("The pigs at the school farm love their slop, Year 2 fed them this morning", MEAN),
]

# A second round, written after the first round's changes and before running any of them (a check that the changes
# generalise, not only fit the first round's rows).
ORDINARY += [
    _r("Send those permission slips back with your child by Thursday please", LANG, "staff", "official"),
    _r("Ordered the wrong size PE tops, going to send the lot back to the shop tomorrow", LANG, "parent"),
    _r("Mr Shaw flung himself across the finish line in the dads' race, what a hero", HARM, "parent"),
    _r("Our Year 2 teacher threw herself into the Christmas jumper day, bells and all", HARM, "parent"),
    _r("The police visited Year 3 today to chat about people who help us, the kids loved the sirens", HARM + CONF),
    _r("Lost: a red lunchbox with a unicorn on it, last seen near the Year 1 door", HARM, "parent"),
    _r("Favourite character in Bluey? Ours is Bingo, but Ivy likes Muffin", PUPIL, "parent"),
    _r("Happy anniversary to Mark and Grace across the road, 40 years!", PUPIL, "public"),
    _r("Great restraint shown by the Year 6s at the buffet, only one trip each", CONF),
    _r("Mum helped carry the PE mats in, she's a star", CONF, "pupil"),
    _r("Our caterers served up a fab roast for the harvest lunch, compliments to the chef", MEAN),
    _r("Anyone thinking of hiring our old TA, do it, she's wonderful", MEAN),
    _r("Proud of you lot today, every single one of you tried your best", MEAN),
    _r("A couple of the dads from Year 4 built the new bug hotel, thank you!", CONTACT),
    _r("Had a look at the school's TikTok, the dance club video is brilliant", CONTACT),
    _r("Went without my lunch today because I left it on the kitchen table, classic", HARM),
    _r("My daughter told me she wants to be a DSL when she grows up after careers day, cute", HARM + CONF, "parent"),
    _r("Grabbed the Year 3s a box of ice pops from the shop on the way back from forest school", HARM),
    _r("Bone-dry field for sports day, perfect conditions", MEAN),
    _r("Stole a few minutes for a coffee before the Year 6 play, bliss", ("allegation",)),
    # look-alikes for the second round's extensions (snacks kept back on a condition, the DSL told the other way
    # round, a role named with its department)
    _r("No snack today until 11 because of the trip, pack a big breakfast", HARM, "staff", "official"),
    _r("The office manager took the lost property home to wash it all, what a star", ("allegation",)),
    _r("One of my Year 2s told me a brilliant joke and I passed it on to the whole staffroom", HARM + CONF),
]

# A third round, on the rules the first two touched least (use at work, former pupils, care leavers, awards and
# life events, "some people", "you lot"), written before running.
ORDINARY += [
    _r("Our care leavers' celebration evening was so moving, well done to all the young people", HARM + CONF),
    _r("Caught up with a former pupil at her graduation, she's 22 now and a nurse, so proud", ("pupil_contact",)),
    _r("Harry and Daisy's engagement party was a blast, congratulations you two!", PUPIL, "public"),
    _r("Which film do you think will win the Oscar for best picture?", PUPIL, "public"),
    _r("Some people shouldn't be allowed to parallel park, took me 10 minutes", MEAN, "public"),
    _r("You lot in the PTA are legends, the summer fair raised £3,000", MEAN),
    _r("At work till late tonight so the kids are at their nan's", TIMING, "parent"),
    _r("Post-work wine with the Year 2 team, we earned it", TIMING),
    _r("Long day of fasting and teaching, iftar with the family tonight was just what I needed", HARM),
    _r("Missing our Year 6 leavers already, come back and visit!", HARM),
    _r("My son's reading book went missing on the bus, any chance someone's picked it up?", HARM, "parent"),
    _r("Send them all back to class, the fire drill's over", LANG),
    # look-alikes for the third round's extensions (a warning needing no bad word, "didn't do a thing")
    _r("Thinking of hiring a bouncy castle for the school fair? Avoid the ones without safety nets", MEAN, "parent",
       xfail="older: the disparaging model reads it as a complaint (info for a parent); no rule fires"),
    _r("The new TA didn't do anything wrong, the kids just needed time to settle", MEAN),
    _r("Thinking of taking on an apprentice in the school office, would you steer clear of it or go for it?", MEAN),
]

PARAPHRASES = [
    # acts/escalation: an adult's harm told passively or in slang
    _r("My lad came home saying he got smacked round the head by Mr Dean for talking", ESC, "parent"),
    _r("Apparently my daughter was shoved into the wall by a dinner lady at lunch, she's got a bruise", ESC,
       "parent"),
    _r("One of the TAs chucked a chair at a Year 4 boy today, I can't believe it", ESC),
    _r("my son says miss hit him with a ruler today wtf", ESC, "parent"),
    _r("Mr Carter grabed my son by the throat in the corridor, I'm shaking", ESC, "parent"),
    _r("Kid was yanked off his feet by the PE teacher and dragged out of the hall", ESC, "parent"),
    # escalation: food withheld, a disclosure taken today, police in, a missing child
    _r("Told the whole table they weren't getting any lunch until they owned up, that'll teach them", ESC),
    _r("My son's teacher made him go without his dinner as a punishment, is that even allowed?", ESC, "parent"),
    _r("Rough afternoon, a little one in my class told me what's been happening at home, DSL's been told", ESC),
    _r("Police are coming in tomorrow to speak to one of my kids after what she told me", ESC),
    _r("Please share, our 8 year old hasn't come home from school, last seen at the park gates in a red coat",
       ESC, "parent"),
    # connections: pupils' pages and parents befriended, new words
    _r("Went down a rabbit hole of my Year 5s' YouTube channels last night, some are hilarious", ("pupil_contact",)),
    _r("Nosing at my form's insta stories again, they have no idea 😂", ("pupil_contact",)),
    _r("A couple of the mums from my class followed me on Insta so I followed back", ("parent_contact_channel",)),
    _r("Now facebook friends with half my class's parents, they're great fun on a night out",
       ("parent_contact_channel",)),
    # (added after the first run, with the look-alikes above) the class's children, not its parents
    _r("Two of the kids from my class followed me on Insta last night so I followed them back", ("pupil_contact",)),
    # former pupil adult: Newport asks for advice (kind former_adult) — it is still a pupil_contact finding
    _r("Accepted a friend request from a lad I taught years ago, he's 24 now and a police officer", ("pupil_contact",)),
    # pupils: names in new settings
    _r("Proud of Oscar Begum for his poem in assembly today", PUPIL),
    _r("Grace Okafor got star of the week, so proud of her", PUPIL),
    _r("Well done Will Thompson in Year 5 for the winning goal", PUPIL),
    # timing: use at work in new words
    _r("Sneaky scroll on my phone in the staffroom while Year 4 are at PE", TIMING),
    _r("Posting from my desk at school, the kids are in assembly so I've got 10 mins", TIMING),
    # language: "send them back" in new words
    _r("Time we shipped the lot of them back where they came from", ("abuse_or_hate",), "public"),
    _r("Boats full of them every day, send em all back I say", ("abuse_or_hate",), "public"),
    _r("Honestly just deport the lot of them back to where they came from", ("abuse_or_hate",), "public"),
    # meaning: colleagues, complainers, firms disparaged; warning off; "you lot"; "some people"
    _r("Our new NQT is absolutely useless, can't control a class to save her life", MEAN),
    _r("The agency sent us another clueless supply teacher, what a waste of money", MEAN),
    _r("The catering firm the school uses serves slop, my kids won't touch it", MEAN, "parent"),
    _r("To the mum who moaned about the nativity tickets: get a grip", MEAN),
    _r("Anyone thinking of taking on the TA who left us last year - don't bother, bone idle", MEAN),
    _r("Some of the parents at our school shouldn't be allowed to have kids, honestly", MEAN),
    _r("You lot at that school did absolutely nothing when my daughter was being bullied", MEAN, "parent"),
    _r("That cleaning company are a bunch of cowboys, the classrooms are filthy", MEAN),
    _r("The new deputy thinks she knows everything after five minutes here", MEAN),
    # speaking for the school in its own name
    _r("Brookfield's stance on the new housing estate is that we're all firmly against it", VIEW),
    _r("Speaking for all of us at Brookfield Primary, we think the new uniform policy is a disgrace", VIEW),
    _r("On behalf of all the staff at Brookfield, we oppose the academy plans", VIEW),
    # restraint, disclosure as a live case, taking things home (the rule's category is allegation: the two last rows
    # first named only confidential/disparaging, a wrong guess at the category corrected after the first run)
    _r("Had to physically hold a Year 2 boy today to stop him running onto the road, shaking now", CONF + HARM),
    _r("Used a restraint hold on a Y6 lad this morning, first time in 10 years", CONF + HARM),
    _r("One of our kids disclosed to me this morning, the safeguarding lead is dealing with it now", ESC),
    _r("I reckon one of the TAs is nicking the art supplies, keep seeing her leave with bags of stuff", ("allegation",) + CONF + MEAN),
    _r("Pretty sure the caretaker's been taking the school laptops home and not bringing them back", ("allegation",) + CONF + MEAN),
    # second round (written before running, with the ordinary rows above)
    _r("That dinner lady yanked my daughter out of the lunch queue by her hair", ESC, "parent"),
    _r("Mrs Dunn lobbed a pencil case at a Year 3 lad this morning, everyone saw", ESC),
    _r("A few of the dinner ladies slapped a boy in Year 1, my son saw it", ESC, "parent"),
    _r("Told my class no playtime snack for anyone until someone says sorry for the mess", ESC),
    _r("Had a peek through some of my Year 6s' TikTok accounts, oh dear", ("pupil_contact",)),
    _r("Several of the Y3 mums have added me on Facebook this week", ("parent_contact_channel",)),
    _r("Ship em all back to where they belong", ("abuse_or_hate",), "public"),
    _r("Tough day, one of my Year 2s told me something that's been happening at home and I've passed it to the DSL",
       ESC),
    _r("Had to physically carry a Y4 girl out of the hall today, she was kicking everyone", CONF),
    _r("Our deputy is bone idle, leaves at 3.15 every day and does nothing", MEAN),
    _r("I'm sure the kitchen manager has been pinching food from the school freezers for months", ("allegation",)),
    _r("Speaking as a Brookfield teacher, we're all dead against the new housing estate", VIEW),
    # third round (written before running, with the ordinary rows above)
    _r("Quick scroll on my phone at work while the class is in assembly, don't tell the head", TIMING),
    _r("Some of the parents at this school honestly shouldn't be allowed to have children", MEAN),
    _r("You lot didn't do a single thing when my boy was being picked on for months", MEAN, "parent"),
    _r("Still chat to a lad I taught about 10 years ago on Insta, he's 26 now and doing great", ("pupil_contact",)),
    _r("Congratulations to Oscar Begum in Year 4 for winning the poetry prize", PUPIL),
    _r("Ms Hall smacked my daughter's hand with a ruler today and she came home in tears", ESC, "parent"),
    _r("Brookfield's official view is that the new bypass will wreck our community", VIEW),
    _r("I'm begging anyone thinking of employing the head who left last year: steer clear", MEAN),
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
