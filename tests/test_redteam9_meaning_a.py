"""Red team for four meaning categories (h-mean9a, 2026-11-21): confidential school matters, political statements,
allegations and running the school community down, through the engine a user sees.

The principles come from the errors on outsider6_dev / outsider7_dev and the older readable sets. Every row below
was written before the new code was run:
- PARAPHRASES: posts a school would expect caught, in other words and other situations than the dev rows.
- ORDINARY: clean look-alikes that share the words (adults' own lives, idioms, sport, the school's own published
  news, quoting to refute) and should get no finding of the category.
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


PARAPHRASES = [
    # A pupil's home and family life told by someone at the school: a parent gone, arrested or in prison, the family
    # evicted, homeless or moving abroad, money trouble at home. Confidential facts about a child.
    _r("One of my Year 3s told me today his dad's moved out and mum cries every night. Bless him", CONF),
    _r("A boy in my tutor group's dad got sent to prison last week, he's been really quiet since", CONF),
    _r("Heard from a Year 5 mum that the twins' family are emigrating to Australia at Easter", CONF),
    _r("The little girl in my class is living in a B&B with her mum since they got evicted", CONF),
    _r("A Y9 lad's mum told me they've been relying on the food bank since his dad lost his job", CONF),
    _r("Noah Ahmed's grandad told me at the gate that the family are moving back to Pakistan in the summer", CONF),
    # A looked-after child's placement: who they live with, when they start, which school.
    _r("Placement news: a little girl (6) moved in with us last night and starts at the school on Monday", CONF),
    _r("Our new foster daughter starts Year 4 tomorrow, fingers crossed she settles", CONF),
    _r("Emergency placement tonight, a 10 year old boy, he'll go to the primary round the corner from us", CONF),
    # Signs that a pupil is being harmed or neglected, seen at school and posted.
    _r("Y4 girl came in with a black eye again today and wouldn't say how she got it", CONF),
    _r("One of my lot hadn't eaten all weekend, he was starving at breakfast club, third time this month", CONF),
    _r("Little lad in reception keeps turning up in the same clothes, smelling, and flinches when you go near him",
       CONF),
    # Jobs and staffing news told before the school releases them.
    _r("There's a TA job coming up at ours, not advertised yet, message me if you want first dibs", CONF),
    _r("Keep it quiet but the deputy post will be going soon, it hasn't been advertised", CONF),
    _r("We're getting a new Year 2 teacher in September, parents haven't been told yet", CONF),

    # (third round, written before its code ran) A decision told to staff in a meeting, not yet released.
    _r("Found out in the staff meeting that the trust is freezing our pay progression. Lovely.", CONF),
    _r("We were told at briefing this morning that two TA posts are going at Easter", CONF),
    _r("Heard at tonight's twilight meeting that the Year 2 classes are being merged in September", CONF),
    # A named child's special needs or plan, told in public by staff.
    _r("Sorry Maddie, I can't discuss your son's EHCP on here, ring the office", CONF,
       xfail="rule withdrawn: the project's seed files label a child's EHCP named in a message to the parent as "
             "parent contact only (6 rows) against one readable row (x-0366) that calls it confidential"),
    _r("Jake's ADHD assessment came back today, his mum is relieved", CONF,
       xfail="rule withdrawn: the project's seed files label a child's EHCP named in a message to the parent as "
             "parent contact only (6 rows) against one readable row (x-0366) that calls it confidential"),
    _r("Can't talk about her SEN plan on Facebook, email me at school please", CONF,
       xfail="rule withdrawn: the project's seed files label a child's EHCP named in a message to the parent as "
             "parent contact only (6 rows) against one readable row (x-0366) that calls it confidential"),

    # (fifth round) A former pupil's or a pupil's time in care, told in public.
    _r("Great to hear from you Jade! I know it was hard when you were in care with us, so proud of you now", CONF),
    _r("He was in foster care when he was in my class, lovely lad, so glad he's doing well", CONF),
    # (fifth round) a stance on national policy is still political
    _r("We fully support the government's plan to ban phones in all schools", POL),
    _r("Our staff oppose the council's plans to close the library, sign the petition", POL),

    # (sixth round, written before its code ran) a national education policy judged: the inspection framework, the
    # DfE's guidance, the government's curriculum review
    _r("The DfE's new attendance guidance is unworkable nonsense", POL),
    _r("Ofsted's report card consultation is a joke, nobody asked teachers", POL),
    _r("The government's curriculum review is a missed opportunity. Shameful.", POL),

    # Pay, strikes and the government's offer to teachers: industrial politics.
    _r("A 2% pay rise while inflation runs at 5%? Insulting. See you on the picket line.", POL),
    _r("The government's offer to teachers is a slap in the face", POL),
    _r("Voted yes to strike action this morning. Enough is enough, fund our schools properly", POL),
    # A politician or a minister judged.
    _r("Worst prime minister in living memory, and that's saying something", POL),
    _r("Michael Gove did more damage to education than any education secretary before or since", POL),
    _r("The home secretary should be ashamed of herself after that speech", POL),
    # An invitation to a march, rally or protest.
    _r("Come along to the climate march on Saturday, meet by the clock tower", POL),
    _r("Join us at the anti-cuts rally outside the town hall, bring a placard", POL),
    _r("Anyone fancy the Pride march in Shrewsbury next weekend? Lift available", POL),
    # A view on a national policy question (not the school's own rule).
    _r("Phones should be banned for every child under 16 across the country, the evidence is clear", POL),
    _r("Social media should be illegal for all under-16s, full stop", POL),
    _r("Free school meals should be given to every primary child in England, no question", POL),

    # Bribes, backhanders and kickbacks: an accusation of corruption.
    _r("Word is the chair of governors gets a backhander from the catering firm", ALLEG),
    _r("The head's been taking kickbacks from the uniform shop for years, that's why it's so dear", ALLEG),
    _r("Our bursar was bribed to pick that builder, no doubt about it", ALLEG),
    # A child's account that an adult at home hurt them, retold: a live safeguarding case made public. (First written
    # as allegations; re-filed as confidential because tests/test_escalation.py's ONE_HARM keeps harm at home out of
    # the allegation category, and every writer labels these rows confidential.)
    _r("A Year 2 girl told me her stepdad smacks her with a belt when she's naughty. DSL informed.", CONF),
    _r("One of my boys said his mum's boyfriend punched him in the stomach last night", CONF),
    _r("Little one came in with marks on her arm and said her uncle grabbed her", CONF),
    _r("A little one in my group told me her nan's partner shakes her when she cries", ESC),

    # (second round, written before its code ran) a child's account of harm at home told by a coach or a carer
    _r("Had an 8yo at swimming tell me her dad's girlfriend slaps her when dad's out", CONF),
    # Families of the school run down as a group.
    _r("Some of the families at ours think the rules are optional. Pathetic.", MEAN),
    _r("Half the families in Year 3 are a nightmare about parking, every single morning", MEAN),
    _r("The families at our place are so entitled it's unreal", MEAN),
    # Sarcastic thanks for a wellbeing gesture; governors or leaders who have never met a child.
    _r("SLT gave us a mindfulness colouring sheet for wellbeing week. Thanks, I feel so rested now", MEAN),
    _r("Trust board: 10 people, none who've ever taught a lesson", MEAN),
    _r("Our governors, bless them: zero who have set foot in a classroom this year", MEAN),
    # (third round) A loss put in scare quotes: a deliberate act insinuated about someone of the school.
    _r("The PTA chair has 'lost' the raffle money tin. Funny that.", ALLEG),
    _r("The office 'mislaid' my complaint letter for the third time, how convenient", ALLEG, "parent"),
    _r("Our bursar 'accidentally deleted' the trip accounts right before the audit. Coincidence?", ALLEG),
    # (fourth round) an own view that does run someone down is still found
    _r("Personally I think the head is clueless and should go. Thoughts?", MEAN),
    _r("In my view our SLT deserve a reality check, they haven't taught in years", MEAN),
    # (seventh round, written before its code ran) the school said to close ranks or cover up
    _r("Complained three times about the bullying. This school protects its own, every time", MEAN, "parent"),
    _r("The trust just closes ranks whenever a parent raises anything", MEAN, "parent"),
    _r("Typical Brookfield, sweep it under the carpet and hope we forget", MEAN, "parent"),
    # (seventh round) a parent called out in public to stop doing something
    _r("To the dad who parks across the staff car park entrance every morning, please stop, it's getting old", MEAN),
    _r("Noah's mum, if you're reading this, stop ringing me at home about spellings", MEAN),
    _r("The parent who keeps sending me emails at 11pm: please stop, I have a life", MEAN),
    # (eighth round, written before its code ran) a label with a claim that everyone knows or that the facts show it
    _r("The deputy is a bully and every member of staff knows it", ALLEG),
    _r("Our SENCo is a racist, ask anyone who has worked with her", ALLEG),
    _r("Mr Dean is a bully. Three TAs have left this year, that says it all", ALLEG),
    # Name-calling a pupil or the school's children.
    _r("The Year 6 lot were little sods on the trip today", MEAN),
    _r("Little toerags from the school keep kicking footballs over my fence", MEAN, "public"),
    _r("Spoilt brat in my class threw a strop because he wasn't picked first", MEAN),
    # The school stonewalling a parent, or told to act.
    _r("Asked three times what happened to my son's arm and the school still won't tell me", MEAN, "parent"),
    _r("The school refuses to explain why the trip was cancelled. Again.", MEAN, "parent"),
    _r("Car park is a death trap at 3pm and school need to do something before a child gets hurt", MEAN, "parent"),
]


ORDINARY = [
    # adults' own families and lives, the curriculum, the school's own drives
    _r("My dad moved out when I was 12 and I turned out fine, happy Father's Day to all the step-dads", CONF),
    _r("We're moving to Spain next summer! Can't wait to leave the rain behind", CONF),
    _r("Our Year 6 topic this term is migration: why families move to a new country", CONF),
    _r("Food bank collection this Friday, please send in tins with your child", CONF),
    _r("Sleeping in the car at Glastonbury was the worst idea I've ever had", CONF),
    _r("My brother got evicted from his flat in Leeds, landlords are a nightmare", CONF),
    # fostering campaigns, work and teaching placements, adults who were fostered
    _r("Foster Care Fortnight: could you offer a home to a child? Find out more on the council's website", CONF),
    _r("Work placement students from the college start with us on Monday", CONF),
    _r("My sister's foster son graduated from university today, 22 and a first-class degree!", CONF),
    _r("Teaching placement done! Year 3 were brilliant, I'll miss them", CONF),
    # a hard time in a family's life, told with sympathy (added after the seed-file check)
    _r("My lad comes home starving every day, the portions at school are tiny", CONF, "parent"),
    _r("The trust CEO gave himself a big pay rise while cutting cleaners' hours. Shameful", POL),
    # the writer's own knocks and the school's own offers
    _r("Came home from 5-a-side with a black eye, my own fault for heading the post", CONF),
    _r("Breakfast club is free for every child this term, come and have toast with us", CONF),
    _r("My son came back from camp starving and filthy, best weekend of his life apparently", CONF, "parent"),
    # jobs published, or someone else's
    _r("We are recruiting! TA vacancy now advertised on our website, apply by Friday", CONF),
    _r("My old job has just been advertised, weird seeing it on Indeed", CONF),

    # (third round) meetings that decide nothing private, own children's needs, losses that are real
    _r("Staff meeting tonight was all about the Christmas fair rota, fun times", CONF),
    _r("My son's EHCP review is tomorrow, wish us luck", CONF, "parent"),
    _r("Waited a year for a child's EHCP assessment in this county. The system is broken", CONF),
    _r("Our SEN coffee morning for parents is on Friday in the library, all welcome", CONF),
    _r("I've 'lost' my voice after sports day, the kids will have to lip read tomorrow", ALLEG),
    _r("Lost property box is overflowing, please check for 'lost' jumpers before half term", ALLEG),
    _r("The PTA chair lost her purse at the fair, if anyone finds it please hand it in", ALLEG,
       xfail="the model alone reads someone of the school losing a thing as an allegation (before this round too)"),
    # strikes in bowling, pay day, the school's notice of a closure
    _r("Strike! Our Year 5 bowling team got a strike in the last frame 🎳", POL),
    _r("Pay day treat: a takeaway and a film with the kids", POL),
    # worst/best of other things, the school council, a university chancellor
    _r("Head of PE is the worst job in the school on sports day, the sun cream alone", POL),
    _r("Our school council elected a new chair today, well done Year 6!", POL),
    _r("The chancellor of the university presented my degree today, proud moment", POL),
    # March the month, parades, fun runs
    _r("Join us at the end of March for our Easter bonnet parade", POL),
    _r("Year 4 will march in the Remembrance parade on Sunday, smart uniforms please", POL),
    _r("Come along to the fun run on Saturday, meet by the clock tower", POL),
    # strikes and pay offers told as news, with no view (added after the first run, from dev rows' kind of post)
    _r("Is breakfast club still running on the day of the teachers' strike?", POL, "parent"),
    _r("Union ballot papers on the pay offer came today, will read them over the weekend", POL),
    # (fifth round, written before its code ran) the school's stance on its own matters: speaking for the school,
    # not politics
    _r("The school fully supports the new uniform plans, letters out Friday", POL),
    _r("As a governor I can say we back the new lunchtime plans, the kids will love them", POL),
    _r("Speaking for the staff here, we are against the proposed move to a four-day week", POL),
    # a former pupil's years in care are still private (see PARAPHRASES); an adult relative in a care home is not
    _r("My nan's in a care home now, she's settled and the staff are lovely", CONF),
    _r("She's in care home number three now, dementia is cruel", CONF),
    # (sixth round) national policy named without a view, or praised in training
    _r("Great training on the new Ofsted framework this afternoon, lots of useful notes", POL),
    _r("Please read the DfE guidance on attendance before Monday's staff meeting", POL),
    _r("Our Ofsted report is published and we're Good! Thank you families", POL),
    # the school's own rules
    _r("Phones are banned in our classrooms, please keep them in bags", POL),
    _r("Reminder: balls should be kept off the car park at pick up, someone will lose a wing mirror", POL),

    # bribes of stickers and chocolate
    _r("Gave the kids a little bribe of stickers to get through the spelling test 😂", ALLEG),
    _r("Chocolate bribes for the staff meeting worked a treat", ALLEG),
    _r("Cashback on the uniform from the shop's loyalty card, worth signing up", ALLEG, "parent"),
    # adults at home in other senses
    _r("My stepdad taught me to ride a bike, best man I know", ALLEG),
    _r("Dad hit the roof when he saw the state of the kitchen after the party 😂", ALLEG),
    _r("Her grandad hit a hole in one at the golf club on Sunday, she told the whole class", ALLEG),
    # tempers and games at home, told by a child (added after the first run of the family-harm rule)
    _r("She said her dad lost it when the car broke down on the motorway 😂", ESC),
    _r("She said her big sister grabbed her the last cake lol", ALLEG),
    _r("He said his dad kicked the ball over the fence and they never got it back", ALLEG,
       xfail="the model alone reads a dad kicking a ball, told by a child, as an allegation (before this round too)"),
    # the teacher told is not the one who harmed (second round)
    _r("My niece has been telling her teacher that her big brother pinches her when they play", ALLEG, "parent",
       xfail="escalation.py's adult-harm rule (not this area) still reads the teacher told as the one who harmed; "
             "meaning.allegation's rule no longer does"),
    _r("He keeps telling his teacher his stepdad hits him when he's naughty, I'm sick with worry", ALLEG,
       xfail="escalation.py's adult-harm rule (not this area) still reads the teacher told as the one who harmed; "
             "meaning.allegation's rule no longer does"),
    # (eighth round) common knowledge of something that is no accusation
    _r("Our head is a legend and everyone knows it", ALLEG),
    _r("Everyone knows the deputy is a massive Spurs fan, ask anyone", ALLEG),
    _r("Mrs Cole is a stickler for tidy trays, ask anyone in Year 2", ALLEG),
    # an accusation against oneself, told to laugh it off
    _r("A parent accused me of losing her son's coat today. It was on his peg the whole time 😂", ALLEG),
    _r("A dad tried to accuse me of losing his daughter's reading book. It was in her bag 🙄", ALLEG),

    # own children, nicknames, films
    _r("My own little monkeys refused to go to bed again 😂", MEAN, "parent"),
    _r("Watched Brat Pack films all weekend, proper 80s nostalgia", MEAN),
    _r("My two are little rascals on a Saturday morning, pancakes fixed it", MEAN, "parent"),
    _r("My two were up at 5am again jumping on the bed. Little sods.", MEAN, "parent"),
    # (seventh round) thanks to a parent; a school's notice asking all families to stop; protecting one's own time
    _r("To the mum who found my purse in the car park, thank you so much!", MEAN),
    _r("Noah's mum, if you're reading this, thank you for the lovely card", MEAN),
    _r("To the parent who handed in my keys, please stop by the office so I can say thanks", MEAN),
    _r("Please stop sending in nuts in lunchboxes, we're a nut-free school", MEAN, "staff", "official"),
    _r("Our goalkeeper protects his own goal like a lion, clean sheet again", MEAN),
    _r("One of our families is going through a dreadful time, please keep them in your thoughts", MEAN),
    # the child not telling, the school's notice, the writer's own to-do
    _r("My son won't tell me what he did at school today, as usual 😂", MEAN, "parent"),
    _r("The school will tell you the results in August, no need to ring before then", MEAN, "parent"),
    _r("We need to do something for Mrs Hall's leaving do, any ideas?", MEAN),
    # families thanked, feeling rested after a holiday, people who have met the children (second round)
    _r("Families, thank you for coming out in awful weather for the fair, you're all stars", MEAN),
    _r("Back from half term and I feel so rested now, ready for the kids tomorrow", MEAN),
    _r("Our new governors have met every child in Year 6 already, what a welcome", MEAN),
    # (fourth round, written before its code ran) a fair comment: an own view that something deserves more, with no
    # running down
    _r("Personally I think phonics deserves more time in Year 3. Thoughts?", MEAN),
    _r("In my view outdoor learning should get more space in the timetable, would love to hear ideas", MEAN),
    _r("My own opinion: I'd love to see more music in primary schools. Anyone else?", MEAN),
    # not the school: roads and the writer's Sunday club
    _r("Can someone explain why the league fixtures secretary thinks 9am in Hexham is sensible? Nothing to do with "
       "school, Sunday league nonsense", MEAN),
    _r("Drop-off will be a nightmare next week with the roadworks, walk if you can", MEAN),
    _r("Pick up is going to be chaos with the bridge closed, leave extra time", MEAN, "parent"),
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
