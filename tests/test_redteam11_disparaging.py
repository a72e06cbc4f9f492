"""Red team for complaints about the school community in plain, restrained words (h-disp2, 2026-11-22), through the
engine a user sees.

The principle (CONTRACT.md: the category holds content that "complains about or runs down the school, its pupils,
parents, staff, leaders, governors or the local authority", whatever the author; staff-declaration: "derogatory
comments ... about pupils, parents, other staff members, the senior leadership team, governors, local authority";
marshfields: parents and staff must not "complain about the school"; aycliffe-drive: "disparage the school"):
a post that puts a NEGATIVE JUDGEMENT (failing, poor, uncaring, chaotic, unsafe, disappointing, a let-down, nobody
answers, a recommendation against it, regret at choosing it) on a member or part of the SCHOOL COMMUNITY (the school,
its services and its handling of things, its pupils or parents as a group, staff, leaders, governors, the trust or
the local authority in its education role). The last round (test_redteam10_disparaging.py) covered contempt, sarcasm
and mockery; this one covers the polite, factual, disappointed register that new writers use.

Not in it: neutral questions and requests, complaints about things outside the school community (weather, traffic,
national policy = political, the council's bins and roads, shops, films), tiredness or faults said of oneself,
constructive suggestions with no negative judgement, praise (also praise after a contrast: "was nervous but the
staff were brilliant"), a problem reported as already put right, another school's good news.

Every row below was written before the detector was run on it, and none copies a row of any data set. Rows added after
the first run are marked "# added after run".
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"
MEAN = ("disparaging_school_community",)
P, S, U, Q = "parent", "staff", "pupil", "public"


PARAPHRASES = [
    # parents: disappointment and neglect, polite words
    _r("Really disappointed with how the school dealt with my daughter being bullied, nobody ever rang us back", MEAN, P),
    _r("Communication from Hillside this term has been very poor, we find out everything last minute", MEAN, P),
    _r("The new headteacher doesn't seem to listen to parents at all", MEAN, P),
    _r("Year 4 staffing has been all over the place since September, three supply teachers already", MEAN, P),
    _r("School dinners are cold most days and no one seems bothered", MEAN, P),
    _r("The trust's budget cuts are really hurting the children at our school", MEAN, P),
    _r("Behaviour in Year 8 is completely out of control and nothing is done", MEAN, P),
    _r("A bit let down by the school's response to our concerns about the reading scheme", MEAN, P),
    _r("We expected better from a school rated Outstanding, to be honest", MEAN, P),
    _r("Not impressed with how the school handled the head lice letter, it felt very judgemental", MEAN, P),
    _r("Sad to say our experience of Year 2 has been pretty poor", MEAN, P),
    _r("Sports day was badly organised again, no seats, no water, no timetable", MEAN, P),
    _r("The school's approach to SEN is frankly inadequate", MEAN, P),
    _r("The school office can be quite unhelpful when you ring, they make you feel a nuisance", MEAN, P),
    _r("I've found the class teacher very dismissive whenever I've raised concerns", MEAN, P),
    _r("There's a real lack of leadership at the top of this school", MEAN, P),
    _r("The new uniform policy is unfair on families who are struggling, the school hasn't thought it through", MEAN, P),
    _r("The school doesn't seem to care about children who aren't sporty", MEAN, P),
    _r("Parents' evening was a waste of time, five minutes and she didn't know which child was mine", MEAN, P),
    _r("Homework at this school is set with zero thought, same worksheet three weeks running", MEAN, P),
    _r("Ever since the academy took over, standards at the school have slipped", MEAN, P),
    _r("The governors have been completely silent on the building problems. Very poor.", MEAN, P),
    _r("It feels like the school only cares about its Ofsted rating, not the children", MEAN, P),
    _r("The SEN department at my daughter's school has let us down badly", MEAN, P),
    _r("Drop-off at the school is chaos and the staff on the gate do nothing to help", MEAN, P),
    _r("I feel the school has failed my son", MEAN, P),
    _r("The standard of maths teaching at our school has been disappointing this year", MEAN, P),
    _r("The school's handling of the whole thing was unprofessional from start to finish", MEAN, P),
    _r("I'm really frustrated with the school's lack of response", MEAN, P),
    _r("The school let my daughter down when she needed them most", MEAN, P),
    _r("I regret choosing this school for our eldest", MEAN, P),
    _r("Honestly our experience with this school has been a let-down from day one", MEAN, P),
    _r("I really wanted to like this school but it's been one problem after another", MEAN, P),
    _r("Honestly, the school could do a lot better at listening to parents", MEAN, P),
    _r("Let's just say I won't be sad when my youngest leaves this school", MEAN, P),
    _r("Not sure what's going on at the school lately, everything seems to be falling apart", MEAN, P),
    # parents: facts that are complaints
    _r("Third time this month the school hasn't told us the trip was cancelled until the morning of it", MEAN, P),
    _r("No reports this year, no parents' evening, no updates. What is the school actually doing?", MEAN, P),
    _r("We raised the bullying in September. It's now March and it's still going on.", MEAN, P),
    _r("The school cancelled the Year 6 residential with a week's notice and won't refund us", MEAN, P),
    _r("Our school has had four heads in three years and it shows", MEAN, P),
    _r("The school took three weeks to tell us our daughter was falling behind. Not acceptable.", MEAN, P),
    _r("Every year the school promises a better plan for the car park and every year nothing changes", MEAN, P),
    _r("The reading support the school promised in September never happened", MEAN, P),
    _r("Three years at this school and not one teacher has asked how my son is settling", MEAN, P),
    _r("Class sizes at the school are far too big and nobody in charge cares", MEAN, P),
    _r("Not great that the school only tells us about nits after half the class has them", MEAN, P),
    _r("Received another vague email from the school. Still no answer to my actual question.", MEAN, P),
    _r("Nobody at the school seems to know what's going on with the new building", MEAN, P),
    _r("The school's website is always out of date, the term dates were wrong again", MEAN, P),
    _r("The catering at school has gone downhill since the new company started", MEAN, P),
    _r("Classrooms at my son's school are freezing, the heating's been broken since half term and nobody fixes it", MEAN, P),
    _r("The playground at Meadow Lane is unsafe, broken fencing for months and the school just shrugs", MEAN, P),
    _r("The after school club is badly run, kids left on their own in the hall", MEAN, P),
    _r("The school's safeguarding seems very lax, anyone can walk in through the side gate", MEAN, P),
    _r("Poor show from the school today, parents left standing in the rain for 40 minutes at the concert", MEAN, P),
    _r("Whoever planned this year's Christmas show at school clearly didn't think about parents who work", MEAN, P),
    _r("Bit fed up with the school tbh, third non-uniform day this term and we only found out this morning", MEAN, P),
    _r("The standard of cleaning at school is poor, the toilets are grim", MEAN, P),
    # parents: leaders, staff, governors, trust, LA
    _r("The head is never around at pick up. Parents haven't seen her since September", MEAN, P),
    _r("The deputy head was very rude to me on the phone today, really not acceptable", MEAN, P),
    _r("The head's letter about behaviour blamed parents for everything, very poor tone", MEAN, P),
    _r("Not loving the new head's changes, feels like the kids come last", MEAN, P),
    _r("The office staff at school are lovely but the leadership is a different story", MEAN, P),
    _r("Governors at this school are invisible. Who are they? What do they do?", MEAN, P),
    _r("The leadership's decision to cut music is short-sighted and the kids will suffer", MEAN, P),
    _r("Teachers at this school give up on the kids who struggle", MEAN, P),
    _r("The nursery staff seem stretched too thin to notice if a child is upset", MEAN, P),
    _r("Staffing in the school's nursery has been a mess all year", MEAN, P),
    _r("Sorry but the head of year is hopeless at replying to anything", MEAN, P),
    _r("Hard to trust a school that changes its story every time you ask", MEAN, P),
    _r("The school's attitude to working parents is very old-fashioned", MEAN, P),
    _r("The council's school transport team have been unhelpful from start to finish", MEAN, P),
    _r("The trust seem to make decisions about our school without ever setting foot in it", MEAN, P),
    _r("Our academy trust has been slow, vague and unhelpful about the building works", MEAN, P),
    _r("The council's admissions process was confusing and nobody could answer our questions", MEAN, P),
    _r("The school is good at sending letters asking for money and bad at everything else", MEAN, P),
    _r("Shame the school can't put the same effort into learning as it does into uniform checks", MEAN, P),
    _r("The school's new behaviour system is too harsh and the kids hate it", MEAN, P),
    _r("Disappointing that the PTA only ever listens to the same little clique of parents", MEAN, P),
    _r("Kids at my daughter's school are quite unkind and the teachers don't step in", MEAN, P),
    _r("The older kids at my son's school push the little ones around at lunch and nobody stops them", MEAN, P),
    # questions that are really complaints
    _r("Why does nobody at this school answer emails?", MEAN, P),
    _r("Is it too much to ask for the school to tell us about trips more than two days ahead?", MEAN, P),
    _r("How many times do parents have to raise the same issue before the school actually does something?", MEAN, P),
    _r("Does anyone at the council's admissions team actually read the appeals?", MEAN, P),
    _r("Why is it always our kids who lose out when the trust decides to save money?", MEAN, P),
    _r("Am I the only one who thinks the homework policy at Oakfield makes no sense?", MEAN, P),
    _r("Can someone explain why the school thinks two hours' notice is acceptable for an early closure?", MEAN, P),
    _r("What exactly do the governors at our school do all year?", MEAN, P),
    # comparisons and leaving
    _r("Moved ours to St Mark's at Easter, best decision we ever made", MEAN, P),
    _r("Took our daughter out of Greenfield last year and she's a different child now. Wish we'd done it sooner", MEAN, P),
    _r("Compared to her last school, this one is miles behind on reading", MEAN, P),
    _r("My nephew's school does so much more for SEN kids than ours ever has", MEAN, P),
    # parents writing in a second language
    _r("My son is in this school two years and still nobody explain me his progress. Very disappointing.", MEAN, P),
    _r("Teachers not answer my emails, I write three times. Is not good school for communication", MEAN, P),
    _r("School not take the bullying serious. We are very sad with this school.", MEAN, P),
    _r("I am not happy with the school, they not inform us when my daughter fell in playground", MEAN, P),
    _r("The school is not good for foreign families, nobody help us with the forms", MEAN, P),
    _r("Very bad organisation in this school, every week changing the times", MEAN, P),
    _r("I think the teachers here don't care for my child, she is always alone", MEAN, P),
    # reviews
    _r("2 stars. Disorganised office, forms lost twice, nobody answers the phone.", MEAN, P),
    _r("Would not recommend. Staff seem overstretched and the place felt chaotic when we visited.", MEAN, P),
    _r("One star. Took four weeks to get a reply about a place for my son.", MEAN, P),
    _r("Visited for the open evening. Tired buildings, bored-looking staff, we'll look elsewhere.", MEAN, P),
    _r("3/10. Good location, shame about the leadership", MEAN, P),
    _r("Honest review: lovely teachers, but the management is weak and it shows", MEAN, P),
    _r("Avoid if your child has additional needs, the support just isn't there", MEAN, P),
    _r("It's a poorly run school, plain and simple", MEAN, Q),
    # staff, restrained
    _r("I work here and honestly I wouldn't send my own children to this school", MEAN, S),
    _r("Morale in our staffroom has never been lower, and leadership don't seem to notice", MEAN, S),
    _r("I love my class but I can't say the same about how this school is run", MEAN, S),
    _r("Five teachers left our department this year. That tells you everything about the management.", MEAN, S),
    _r("Our school has had no proper SEN support since the SENCo left and nobody is replacing her", MEAN, S),
    _r("Disappointed that our head took the credit at the awards evening for work the TAs did", MEAN, S),
    _r("Our governors approved the new timetable without asking a single teacher. Not good enough.", MEAN, S),
    _r("It's a shame the trust only visits our school when there's a photo opportunity", MEAN, S),
    _r("The support from our local authority for excluded pupils has been woeful this year", MEAN, S),
    _r("Feedback from leadership at my school is always negative, never a thank you", MEAN, S),
    _r("Working in a school where the leadership team don't trust their teachers is exhausting", MEAN, S),
    _r("Staff at my school are expected to cover lunch duty without a break. It's not fair and it's not safe.", MEAN, S),
    _r("If you're thinking of applying to my school, don't. Honestly.", MEAN, S),
    _r("I'd think twice before taking a job at our trust, staff turnover is terrible", MEAN, S),
    _r("Glad to be leaving this school in July, it's not the place it used to be", MEAN, S),
    _r("Can't recommend working here anymore, sadly", MEAN, S),
    _r("The way the school treats its support staff is not right", MEAN, S),
    _r("Our trust cares more about spreadsheets than about children", MEAN, S),
    _r("Our local authority has no idea what goes on in our classrooms", MEAN, S),
    _r("Our headteacher seems more interested in her LinkedIn than in our school", MEAN, S),
    _r("The attitude of some of our Year 10s towards staff this year has been really poor", MEAN, S),
    _r("Parents at our school seem to think homework is optional, very frustrating", MEAN, S),
    _r("Behaviour across our school has got worse every term and nobody wants to admit it", MEAN, S),
    _r("This year's Year 11 have been hard work, their attitude is poor across the board", MEAN, S),
    # pupils
    _r("our school is so disorganised, nobody knows when the exams actually are", MEAN, U),
    _r("the teachers at my school never listen when you report something", MEAN, U),
    _r("school toilets have been broken for a month and no one fixes them", MEAN, U),
    _r("honestly the sixth form at my school is badly run, timetable changes every week", MEAN, U),
    _r("Lessons at our school are constantly disrupted and the teachers can't cope", MEAN, U),
    _r("meh, school's gone downhill since I started, used to be decent", MEAN, U),
    # the public: the school's pupils and parents as a group, the school as a neighbour
    _r("Kids from that school are a nightmare on the 42 bus every afternoon", MEAN, Q),
    _r("The pupils from the high school leave litter all over our street every single day", MEAN, Q),
    _r("Parents at the primary block the road at drop-off and shout at anyone who says anything", MEAN, Q),
    _r("Students from Kingsway are so loud and rude in the shop after school", MEAN, Q),
    _r("Pupils from the academy are always vaping by the park gates, the school should do something", MEAN, Q),
    _r("The school's parents leave their engines running outside our houses, it's so inconsiderate", MEAN, Q),
    _r("Living next to the primary is a nightmare, the school ignores every complaint we make", MEAN, Q),
    _r("The staff on the school gate were unfriendly and unhelpful when I asked for directions", MEAN, Q),
    _r("I went to this school in the 2000s and honestly it's worse now", MEAN, Q),
    _r("The school bus monitor doesn't control the kids at all, it's mayhem every day", MEAN, P),
    # added after run: a request left waiting, a call never returned, children moved away
    _r("The local authority sat on my son's EHCP for 30 weeks. Thirty.", MEAN, P),  # added after run
    _r("It's been a month since I emailed and nobody from the school has rung me back", MEAN, P),  # added after run
    _r("Moved my two to Hollybank in January, best decision we made", MEAN, P),  # added after run
    # second round (written before its run): more voices and forms of the restrained register
    _r("Three emails and a phone message later, still no reply from the school about the transport form", MEAN, P),
    _r("The support for my son's dyslexia has been patchy at best, and the school just keeps saying wait", MEAN, P),
    _r("Must say I'm not impressed by the new head so far, all talk at the welcome evening", MEAN, P),
    _r("It is unacceptable that the school gave us one day's notice of the closure", MEAN, P),
    _r("Year 7 transition at the academy was badly handled, nobody told us which form he was in", MEAN, P),
    _r("We are very unhappy with the way the headteacher spoke to our son", MEAN, P),
    _r("Our trust's restructure has left the school without a deputy for a year, the children are the ones losing out", MEAN, S),
    _r("Sorry but the standard of homework feedback in Year 9 is poor, just ticks", MEAN, P),
    _r("Ms Price's class has had supply all term and the school hasn't said a word to parents", MEAN, P),
    _r("Our daughter's school has let her down over her anxiety, we feel completely unsupported", MEAN, P),
    _r("The academy's attitude to uniform is far too strict, kids sent home for the wrong socks", MEAN, P),
    _r("Lunchtime at our school is chaotic, the little ones barely get 10 minutes to eat", MEAN, S),
    _r("the office never answers the phone, you have to go in person every time", MEAN, P),
    _r("Would think twice before sending your child to the nursery at Elm Road, the staff turnover is awful", MEAN, P),
    _r("As a governor I have to say the board has been far too slow to deal with the building issues", MEAN, S),
]


ORDINARY = [
    # neutral questions and information requests
    _r("Does anyone know what time the school closes on the last day of term?", MEAN, P),
    _r("What's the PE kit rule on Wednesdays? Trainers or plimsolls?", MEAN, P),
    _r("Can anyone recommend a tutor for Year 6 maths?", MEAN, P),
    _r("Where do I send the form for free school meals?", MEAN, P),
    _r("Is the breakfast club running on the strike day?", MEAN, P),
    _r("How do I book a parents' evening slot on the app?", MEAN, P),
    _r("Has the school said anything about closing for the snow yet?", MEAN, P),
    _r("Who should I contact about my son's allergy plan?", MEAN, P),
    _r("When is the Year 3 trip payment due?", MEAN, P),
    _r("Any tips for settling a nervous child into Reception?", MEAN, P),
    _r("Please can someone tell me what day is the school photo? Thank you", MEAN, P),
    _r("I am not understand the letter about the trip, can someone explain?", MEAN, P),
    _r("Does the school do a uniform swap? Ours have grown out of everything", MEAN, P),
    _r("Which Year 7 form is my daughter in? The letter hasn't come yet", MEAN, P),
    # complaints about things outside the school community
    _r("The weather this week has been miserable, soaked on every school run", MEAN, P),
    _r("Traffic on the ring road was terrible this morning, 40 minutes to do two miles", MEAN, P),
    _r("The government's plans for SEN funding are a disgrace", MEAN, Q),
    _r("The council still hasn't collected our bins, third week running", MEAN, Q),
    _r("Customer service at that phone shop was appalling, waited an hour", MEAN, P),
    _r("The new supermarket car park is a nightmare at 3pm", MEAN, P),
    _r("Train cancelled again, Northern really are hopeless", MEAN, S),
    _r("Our broadband provider is useless, down for the third day", MEAN, S),
    _r("The hospital waiting times are shocking, the NHS needs proper funding", MEAN, Q),
    _r("The council have dug up our road again and nobody told us", MEAN, Q),
    _r("The leisure centre pool has been closed for weeks, the kids are gutted", MEAN, P),
    _r("Dentist cancelled on us again, so frustrating", MEAN, P),
    _r("The bus company changed the timetable without warning, useless", MEAN, Q),
    _r("The new national grammar tests for Year 6 are ridiculous, who writes this stuff", MEAN, P),
    _r("The restaurant was disappointing, cold food and slow service", MEAN, P),
    _r("My phone's battery has been terrible since the update", MEAN, S),
    _r("The council's grass cutting is a joke, the park's like a jungle", MEAN, Q),
    _r("Our local leisure centre is badly run, the pool's always shut", MEAN, P),
    _r("Poor turnout at the town carnival this year, shame", MEAN, Q),
    _r("Why does nobody answer the phone at the GP surgery?", MEAN, P),
    _r("Is it just me or is the new bus timetable impossible to follow?", MEAN, P),
    _r("The Post Office queue was out of the door again, one person serving", MEAN, P),
    _r("Our landlord still hasn't fixed the boiler, three weeks now", MEAN, S),
    _r("The football club's new kit is overpriced and badly made", MEAN, P),
    # national policy and government: political, not the school community
    _r("Disappointed that the government won't fund free school meals for every child", MEAN, P),
    _r("Vote for better school funding at the election, write to your MP", MEAN, P),
    _r("The education secretary has no idea what it's like in a real classroom", MEAN, S),
    _r("Ten years of cuts from Westminster have starved schools of money", MEAN, Q),
    _r("Academy chains across the country are unaccountable, the system needs reform", MEAN, S),
    _r("Ofsted's one-word judgements were unfair on schools, glad they've gone", MEAN, S),
    # tiredness, workload and faults said of oneself
    _r("Exhausted after parents' evening, off to bed", MEAN, S),
    _r("My marking pile is out of control this week", MEAN, S),
    _r("I'm so disorganised this term, forgot my own PE kit twice", MEAN, S),
    _r("Feeling a bit flat today, need the weekend", MEAN, S),
    _r("I've been rubbish at replying to messages this week, sorry everyone", MEAN, P),
    _r("My time management has been a mess since September", MEAN, S),
    _r("Disappointed in myself for missing the 10k, next year", MEAN, S),
    _r("Long week, three late nights, brain is mush", MEAN, S),
    _r("Not my best lesson today, the kids deserved better from me", MEAN, S),
    _r("I handled that parents' meeting badly, need to reflect", MEAN, S),
    _r("Teaching is hard work but I wouldn't swap it", MEAN, S),
    _r("Another busy week in the classroom, loving it though", MEAN, S),
    _r("How many times do I have to tell my kids to put their shoes away? 🙄", MEAN, P),
    _r("My daughter's bedroom is a mess, how do teenagers live like this", MEAN, P),
    _r("The dog has been out of control since we got the puppy", MEAN, P),
    # constructive suggestions with no negative judgement
    _r("Could we have a bit more notice for non-uniform day next time? Thanks", MEAN, P),
    _r("Would it be possible for the school to put the term dates on the app?", MEAN, P),
    _r("Suggestion for the PTA: a second-hand uniform stall at the summer fair?", MEAN, P),
    _r("It'd be great if the school newsletter included the lunch menu", MEAN, P),
    _r("Maybe the after school club could offer a Friday session too?", MEAN, P),
    _r("Would love to see more chess clubs in primary schools", MEAN, P),
    _r("Has the school thought about a walking bus? Happy to help organise", MEAN, P),
    _r("Idea for the governors: a parents' coffee morning once a term to meet them", MEAN, P),
    # praise
    _r("Really impressed with how the school handled the snow day, clear messages all morning", MEAN, P),
    _r("Communication from the school this term has been excellent", MEAN, P),
    _r("The new head really listens to parents, refreshing", MEAN, P),
    _r("Lunches have improved so much, my daughter actually eats them now", MEAN, P),
    _r("Five stars. Friendly office, caring staff, our son is thriving", MEAN, P),
    _r("Behaviour in Year 9 has really turned around this year, well done staff", MEAN, P),
    _r("Best decision we made was choosing this school", MEAN, P),
    _r("Thank you to the trust for funding the new library", MEAN, P),
    _r("My son is very happy in this school, thank you teachers", MEAN, P),
    _r("Sad to say goodbye to Mrs Khan, best teacher ever", MEAN, P),
    _r("Thanks to all the parents who baked for the cake sale, we raised £300", MEAN, P),
    _r("Parents turned out in force for the fun run, brilliant support", MEAN, S),
    _r("The kids from the high school helped an old lady with her shopping today, lovely", MEAN, Q),
    _r("The pupils on the 42 bus were so polite today, a credit to their school", MEAN, Q),
    _r("Lunch was late today because the oven broke, the kitchen staff did amazingly", MEAN, P),
    # praise after a contrast
    _r("Was nervous about the move to secondary but the staff have been brilliant", MEAN, P),
    _r("I had my doubts about the new head at first, but she's been fantastic", MEAN, P),
    _r("Not going to lie, I expected chaos on the trip but it was so well organised", MEAN, P),
    _r("The building is old but the teachers are wonderful", MEAN, P),
    _r("Rough start in September but Year 5 have settled beautifully", MEAN, S),
    _r("Wasn't sure about the new reading scheme but the kids love it", MEAN, S),
    _r("Despite the rain, sports day was a triumph thanks to the staff", MEAN, P),
    _r("We had a shaky first week, but the teachers have made her feel so welcome", MEAN, P),
    _r("I thought the new homework app would be a pain but it's actually great", MEAN, P),
    _r("The school had some bad press a few years ago, but the new head has turned it right around", MEAN, P),
    _r("Despite all the cuts, our staff keep going above and beyond", MEAN, S),
    _r("The car park is tiny but honestly that's my only gripe, the school is fantastic", MEAN, P),
    # a problem already put right
    _r("The heating in Year 4 was broken last week but it's fixed now, thanks to the caretaker", MEAN, P),
    _r("Had an issue with the lunch account, the office sorted it within the hour", MEAN, P),
    _r("We had some worries about bullying last term, but the school dealt with it quickly and it's stopped", MEAN, P),
    _r("The playground fence has been repaired, thank you school for acting so fast", MEAN, P),
    _r("The app had a glitch with bookings yesterday, all working now", MEAN, P),
    _r("We know some parents didn't get the trip letter, sorry, it's been sent again today", MEAN, S, "official"),
    _r("We've listened to your feedback on lunches and are changing supplier in January", MEAN, S, "official"),
    # a negative word about something that is not the school
    _r("The film last night was poor, walked out halfway", MEAN, S),
    _r("The pizza was cold by the time it arrived, never ordering from there again", MEAN, P),
    _r("That referee was a disgrace today", MEAN, P),
    _r("The concert venue was chaotic, no signs anywhere", MEAN, P),
    _r("My old car is a nightmare to start in winter", MEAN, S),
    _r("The hotel was disorganised and the rooms were dirty, two stars", MEAN, P),
    _r("The cinema was poorly run, sticky floors and no staff", MEAN, P),
    _r("The holiday park was a let-down, nothing like the photos", MEAN, P),
    _r("The pantomime at the theatre was disappointing this year, not a patch on last year's", MEAN, P),
    _r("Would not recommend the new Marvel film, two hours of my life gone", MEAN, S),
    _r("2 stars for the new café on the high street, cold coffee, slow service", MEAN, P),
    _r("I wouldn't recommend the M6 on a Friday afternoon", MEAN, S),
    _r("I wouldn't send my kids to school in this storm, the roads are lethal", MEAN, P),
    _r("Nobody called us back from the garage about the MOT", MEAN, P),
    _r("Poor little one has a cold, staying home today", MEAN, P),
    _r("Really disappointed the match was cancelled, the kids were so excited", MEAN, P),
    _r("Gutted we missed the school play, my son had a temperature", MEAN, P),
    _r("Our Year 6s were disappointed to lose the final but played brilliantly", MEAN, S),
    _r("Why is it always raining on sports day? 😂", MEAN, P),
    _r("Why does my printer only jam when I'm printing homework?", MEAN, P),
    # another school's good news; neutral comparisons
    _r("Congratulations to St Mark's on their new sports hall!", MEAN, Q),
    _r("Well done to Greenfield Primary on a fantastic inspection", MEAN, P),
    _r("My niece's school just won a national poetry prize, amazing", MEAN, P),
    _r("Heard the high school across town has a great drama department", MEAN, P),
    _r("My cousin teaches at a school in Bristol and loves it", MEAN, S),
    _r("We moved to the area and chose St Mark's, the kids are settling in well", MEAN, P),
    _r("Moved ours to St Mark's because we moved house, the old school was lovely too", MEAN, P),
    _r("Both schools we visited were great, really hard choice", MEAN, P),
    _r("Our eldest went to the high school and loved it, now it's our youngest's turn", MEAN, P),
    # the school's words in ordinary news
    _r("Year 5 staffing for next year will be announced in July", MEAN, S),
    _r("The lunch menu changes next week, roast on Wednesdays", MEAN, P),
    _r("Parents' evening bookings open tomorrow at 6pm", MEAN, P),
    _r("The governors are looking for a new parent governor, applications open now", MEAN, P),
    _r("The trust has published its new admissions arrangements on the website", MEAN, P),
    _r("The head is retiring at Easter after 18 years, we'll miss her", MEAN, P),
    _r("Reminder: the office closes at 4pm on Fridays", MEAN, P),
    _r("The school's new extension opens in September", MEAN, P),
    _r("The school field is waterlogged so sports day has moved to Friday", MEAN, P),
    _r("The roof leak in the hall is being fixed over half term", MEAN, P),
    _r("Traffic around the school at pick-up is heavy, please park considerately", MEAN, P),
    _r("The parents' WhatsApp is full of lost jumper photos again 😂", MEAN, P),
    _r("Year 6 were full of beans after SATs, can't blame them", MEAN, S),
    _r("Year 9 were lively today, but we got through the whole lesson", MEAN, S),
    _r("Behaviour management training today, lots of useful strategies", MEAN, S),
    _r("New term, new timetable, new challenges, bring it on", MEAN, S),
    _r("Had a tricky meeting with a parent today but we came up with a good plan together", MEAN, S),
    _r("Lots of staff off with flu this week, hope everyone feels better soon", MEAN, S),
    _r("Cover supervisor for the week while Mrs Jones is on a course", MEAN, S),
    _r("The queue for school photos was long but the photographer was great", MEAN, P),
    _r("Please be patient with the office this week while we move to the new system", MEAN, S, "official"),
    _r("The council's parking wardens are outside the school today, be warned", MEAN, P),
    _r("The school's new website is live, have a look", MEAN, P),
    # added after run: the new readings' own look-alikes
    _r("Can't recommend Mrs Ali highly enough, the best TA in the building", MEAN, P),  # added after run
    _r("Poor Mr Hughes lost his voice in assembly, bless him", MEAN, S),  # added after run
    _r("Please don't bother the office with lost property questions, check the box by the gate", MEAN, S,
       "official"),  # added after run
    _r("Moved ours to the new house at half term, best decision ever, a garden for the kids", MEAN, P),  # added after run
    _r("The head sat on the judging panel for the bake off, tough job 😂", MEAN, S),  # added after run
    # second round (written before its run): the same words in ordinary posts
    _r("Poor behaviour is never tolerated at our school, and good behaviour is always celebrated", MEAN, S, "official"),
    _r("We're working with families to improve poor attendance, please talk to us if you're struggling", MEAN, S,
       "official"),
    _r("Year 6 were disappointed with the result but so proud of how they played", MEAN, S),
    _r("Year 4 were so excited at the disco, total chaos but so much fun", MEAN, S),
    _r("The head never tells us off for being late, she's so understanding", MEAN, P),
    _r("The teachers don't give up on any child here, that's why we chose it", MEAN, P),
    _r("The roads near the school are unsafe in the ice this morning, take care everyone", MEAN, P),
    _r("Really disappointed that the trip was cancelled because of the snow, hopefully it's rebooked", MEAN, P),
    _r("Nobody at our school goes hungry thanks to the breakfast club volunteers", MEAN, S),
    _r("The council's school transport team were really helpful, sorted it in a day", MEAN, P),
    _r("Our school doesn't tolerate bullying and the new anti-bullying ambassadors are brilliant", MEAN, S),
    _r("Ofsted said leadership is strong and there were no weaknesses in safeguarding", MEAN, S,
       xfail="no disparaging finding; it escalates as confidential_school_matter/safeguarding_case (another "
             "detector's look-alike, left alone)"),
    _r("My son was disappointed with his mock results, so we're doing extra reading at home", MEAN, P),
    _r("Is the after school club running next week? The website looks out of date", MEAN, P),
    _r("The playground is unsafe in the ice so the kids are having indoor play today", MEAN, S, "official"),
    _r("I was a poor student at this school and look at me now, a teacher here!", MEAN, S),
    _r("The new head has had a tough first term, the flooding was nobody's fault, well done all", MEAN, P),
    _r("My daughter's school is brilliant but the bus company is hopeless, late every day", MEAN, P),
    _r("Not happy with the weather for sports day but the staff made it work", MEAN, P),
    _r("Congratulations to our Year 11s, the school could not be prouder", MEAN, S),
    _r("Nobody replied to the rota email on Friday so I did it myself, no drama", MEAN, S),  # added after run
    _r("The governors think the results are going to be poor this year, so extra booster sessions", MEAN, S,
       xfail="the model alone (p 0.55) on a forecast of poor results; the rule's forecast veto does not reach the "
             "model"),  # added after run
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
