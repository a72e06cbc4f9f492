"""Red team for confidential school matters told by people the checker has never seen (h-conf, 2026-11-22), through
the engine a user sees.

The principle (shared/CONTRACT.md, the five policies): a member of staff, a governor or a volunteer sharing what they
know because of their role and what is not public - staffing (who is leaving, sacked, suspended, off sick, on
capability, restructures, jobs not yet advertised), an inspection before it is announced, results and data before
release, exclusions and incidents about identifiable pupils, safeguarding, a pupil's needs, health or home, complaints
and investigations, budgets and deficits, governors' closed business, what a meeting said, a parent's private matters
learned at work. Not confidential: what the school has published, news already reported, the writer's own life,
opinions about education in general, a parent's question or their own child, the school's own announcements.

Every row below was written before the code was run (rows added after the first run are marked so):
- PARAPHRASES: posts a school would expect caught, in many voices (teachers, TAs, office staff, governors,
  lunchtime staff, volunteers), with hints and winks, indirect phrasing, typos and emoji.
- ORDINARY: look-alikes that share the words and should get no confidential finding.
The demo school (examples/school.yaml, examples/pupils.csv) and the built-in Newport pack are used.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

CONF = ("confidential_school_matter",)
P, O = "parent", "official"


def _o(text, xfail=""):
    """The school's own post."""
    return _r(text, CONF, account=O, xfail=xfail)


PARAPHRASES = [
    # Staffing: who is leaving, sacked, suspended, off sick, on capability; restructures; jobs not advertised.
    _r("You didn't hear it from me but the head's been off for three weeks and she isn't coming back", CONF),
    _r("Our SENCo has been suspended, nobody knows why yet, all very hush hush", CONF),
    _r("Poor Mrs Patel in Y3 is on capability now, they're trying to push her out", CONF),
    _r("Word in the office is the deputy head job is going to an internal candidate, it hasn't even been "
       "advertised lol", CONF),
    _r("Gov meeting last night: we're looking at losing 3 TAs to balance the books. Staff don't know yet.", CONF),
    _r("Lunchtime staff got told today our hours are being cut after half term. Cheers for that", CONF),
    _r("One of the Year 4 team has handed her notice in, the kids don't know yet so shhh", CONF),
    _r("Another one off with stress in our place, that's four teachers signed off this term", CONF),
    _r("The caretaker's been given his marching orders. Didn't see that coming", CONF),
    _r("Heard in SLT today that the trust wants to merge us with Oakfield next year", CONF),
    _r("As a governor I shouldn't really say but the head's contract won't be renewed", CONF),
    _r("wont say who but one of our teachers was walked off site today by HR", CONF),
    _r("anyone else's school doing redundancys? ours told us at twilight 2 TAs going, not announced to parents yet",
       CONF),
    _r("gutted 4 my class, turns out our teacher isnt coming back after her maternity, parents dont know yet", CONF),
    # An inspection before it is announced, or its outcome before the report.
    _r("Inspection team arrive in the morning, we found out at 12, staffroom is in meltdown", CONF),
    _r("Lead inspector's feedback this afternoon - looks like we're keeping Good, but we can't say anything till "
       "the report's out", CONF),
    # Results and data before release.
    _r("Our KS2 results came through today, reading's gone right down. Not public till September obviously", CONF),
    _r("Y11 mock grades are grim this year, maths especially, don't tell the parents I said that", CONF),
    _r("Attendance figures from the data meeting: three of my class under 80%. Shocking.", CONF),
    # Exclusions and incidents about identifiable pupils.
    _r("That lad in 9C who set the bins on fire got a 5 day suspension, about time", CONF),
    _r("Had to call the police into school today after a Year 10 brought a blade in. Can't say more", CONF),
    _r("The Year 6 boy who bit Miss last week is back tomorrow. Joy.", CONF),
    # Safeguarding and child protection.
    _r("Spent my whole PPA in a strategy meeting about one of our reception kids. Some days this job breaks you", CONF),
    _r("Had to make another MASH referral today. Same family, third time this year 😔", CONF),
    # A pupil's needs, health or family circumstances.
    _r("Finally got the EHCP through for one of my Y2s after two years of fighting for it, his mum cried", CONF),
    _r("Little girl in my class has just been diagnosed with diabetes, we're all getting training next week", CONF),
    _r("One of our Y5s is clearly autistic and his mum won't accept it, meeting with her again Thursday", CONF),
    _r("Kid in my form's mum has cancer, he's been all over the place, staff have been told to go easy on him", CONF),
    _r("Dinner lady here 🙋 the little lad in reception who never eats has been referred to the school nurse about "
       "his weight, hope he's ok", CONF),
    _r("Been volunteering with reading at the school and one of the kids in my group is living with his gran now "
       "because mum can't cope", CONF),
    # Complaints and investigations.
    _r("We've had complaints in about the Year 5 teacher from three sets of parents, governors are looking into it",
       CONF),
    _r("Investigation meeting at 2 about a colleague, I'm the note-taker. Can't say who 🤐", CONF),
    _r("A parent came in screaming at reception today about her son's detention, the head had to come out and calm "
       "her down", CONF),
    # Budgets and governors' closed business.
    _r("Governors' closed session went on till 10 tonight. Big decisions about the head's future. That's all I'm "
       "saying", CONF),
    _r("Finance committee says we can't afford to replace the two teachers who are leaving, classes going up to 34",
       CONF),
    # What a meeting said.
    _r("In SLT today they said all staff will be observed weekly from now on because of the data. Morale on the floor",
       CONF),
    _r("Briefing this morning: head says Year 3 will have supply for the rest of term. Parents won't be happy when "
       "they find out", CONF),
    # A parent's private matters learned at work.
    _r("Office gossip: one of the Y4 mums rang to say she's leaving her husband and wants him taken off the pick-up "
       "list", CONF),
    _r("A dad came in today to clear £200 of dinner money arrears, said they've been struggling since he lost his "
       "job. Broke my heart", CONF),
    # Hints and winks.
    _r("Can't say much but watch this space, big changes coming to leadership at ours 👀🤐", CONF),
    _r("Not allowed to say anything yet, but let's just say there'll be a new face in the head's office after "
       "Easter 😉", CONF),
    _r("ssshhh 🤫 a certain member of SLT won't be back after half term", CONF),
    # (added after the first run, as a check that the rules generalise; not run before the rules were written)
    _r("Not meant to say but our business manager has been off for a month and isn't coming back", CONF),
    _r("hr were in today with the head of maths, door shut all afternoon 👀 say no more", CONF),
    _r("As a gov I've seen the budget forecast and we'll be £90k short next year. Cuts are coming", CONF),
    _r("Overheard in the staffroom that the Year 1 teacher is on a support plan, poor thing", CONF),
    _r("Just out of FGB - the trust is taking us over in April. Staff find out Monday", CONF),
    _r("Midday supervisor here, one of the Year 2 girls has been referred to CAMHS, she's such a sweet kid", CONF),
    _r("one of my year 9s is being assessed for ADHD, mum's at the end of her tether", CONF),
    _r("Rang a mum back today who told me they're being evicted next month and she doesn't know where they'll go",
       CONF),
    _r("Three TAs off with stress at the same time, something's got to give at ours", CONF),
    _r("Moderation visit today and our writing got marked down across the board, head's livid. Keep it to "
       "yourselves", CONF),
    _r("Sat through part 2 of the governors' meeting tonight, the head's future is very much up for debate", CONF),
    # (added after the second run, before the results, complaint and budget rules were written)
    _r("Phonics screening results just landed on the portal, 64% pass, way under last year 😬", CONF),
    _r("KS2 data's come through early this year. Not gonna lie, maths is a worry", CONF),
    _r("Two families have put in complaints about our Year 4 teacher this week, she's in bits", CONF),
    _r("Another complaint in about the new head from a parent today, that's the third this month", CONF),
    _r("The school can't afford to replace the minibus or the two TAs leaving in July, we're properly skint", CONF),
    # (added after the third run, as a probe of new voices; the bereavement row was missed and its rule then written)
    _r("Our SENCo told me the twins in Y2 are being moved to a specialist provision next term", CONF),
    _r("Poor Miss Reed has been called in to a meeting with HR and the union, she's in bits", CONF),
    _r("Head's on long term sick and nobody's been told, acting head from Monday", CONF),
    _r("Just found out from the office that the Y6 residential is cancelled because there's no money left in the "
       "budget", CONF),
    _r("the new ECT has walked out after 3 weeks lol, SLT fuming", CONF),
    _r("Feeling for one of our Year 11s, his mum passed away at the weekend and he's sitting his mocks anyway", CONF),
    _r("Between you and me the Year 5 teacher is pregnant again, she hasn't told the head yet", CONF),
    _r("We've been told to keep the fire in the DT room quiet, the insurance are sending someone", CONF),
    _r("Can't believe they're making the site team redundant and outsourcing it, announcement to staff on Friday",
       CONF),
    # (added after the fourth run, as a second probe of new voices; the "not allowed near her" row was missed and the
    # private-matter words then widened)
    _r('My mate works in the school office and reckons the head is being investigated, '
       'has anyone else heard?', CONF, author='parent'),
    _r('Year 4 will be taught by supply this half term as Mrs Khan is signed off with '
       'stress', CONF, account='official'),
    _r("gov hat on: we've been told the school will be forced to academise by September. not public yet", CONF),
    _r('So the Year 6 teacher and the head had a screaming match in the corridor today in front of the kids 😬', CONF),
    _r('A Year 8 got caught selling vapes in the toilets, police liaison officer coming in tomorrow', CONF),
    _r("One of our dinner ladies has been let go for shouting at a child. Didn't see that coming", CONF),
    _r("We've had a letter from a solicitor about the Year 3 trip incident, head's in a flap", CONF),
    _r("had a meeting with a parent today whose son is being bullied so badly he's "
       'stopped eating. heartbreaking', CONF),
    _r("The inspection's been pencilled in for the week after half term according to our head, keep it quiet", CONF),
    _r('TA life: the lad I support has been moved onto a part-time timetable because of his outbursts', CONF),
    _r('Our attendance figures are so bad the LA are coming in next week to "support" us 🙄', CONF),
    _r("one of the reception mums asked me to keep an eye on her daughter because dad's not allowed near her", CONF),
]

ORDINARY = [
    # What the school has published, and news already reported.
    _r("The school newsletter says Mrs Hughes is leaving at Christmas, we'll miss her so much", CONF, author=P),
    _o("As announced in Friday's letter, Mr Ahmed will be our new headteacher from September. Welcome!"),
    _r("Ofsted report is out and on the website - Good in all areas! So proud of everyone", CONF),
    _r("The school has written to parents to say the Year 2 classes will be merged next year. Not happy tbh", CONF,
       author=P),
    _o("We're recruiting! Teaching assistant vacancy, apply via the county jobs site by 5th December"),
    _o("Results day! So proud of every single one of our Year 11s, see the local paper for their stories"),
    _r("Our inspection made the Telford Journal this week, well done team", CONF),
    _r("Saw on the BBC that the academy trust is in deficit, hope it doesn't affect the kids", CONF, author=P),
    _r("The local paper says a teacher at the high school has been suspended. Terrible business", CONF, author=P),
    _o("We are sad to announce that Mrs Cole will be leaving us at Easter after 20 years. Please join us in wishing "
       "her well"),
    _o("We have been judged Good by Ofsted. The full report is available on our website"),
    _o("Reminder: school is closed to pupils on Monday for staff training"),
    _o("Following our staffing review, we're pleased to welcome three new learning mentors to the team"),
    _r("Our head announced her retirement in assembly today and the kids gave her a standing ovation", CONF),
    _r("Mr Jones' leaving do is on Friday at the Red Lion, all staff welcome", CONF),
    _r("Our new head starts in January - the school announced it in the newsletter, she sounds lovely", CONF,
       author=P),
    _o("Results of the PTA raffle: first prize hamper goes to ticket 142!"),
    # The writer's own life.
    _r("Handed in my notice today! After 12 years I'm off to pastures new, going to miss my class", CONF),
    _r("Off sick with flu again, third week of term, my body hates me", CONF),
    _r("Got my observation feedback today - good with outstanding features 🥳", CONF),
    _r("My husband's been made redundant from the factory, anyone know of any jobs going?", CONF),
    _r("Had my interview for a deputy head job at another school today, fingers crossed!", CONF),
    _r("I've been signed off with stress for two weeks. Taking time to get better, thanks for the messages x", CONF),
    _r("Just had my appraisal, targets set, now for a cuppa", CONF),
    _r("My sister's school is making TAs redundant. Awful what's happening in education.", CONF),
    # Opinions about education in general, training.
    _r("Ofsted is a broken system that burns out good teachers. Change my mind.", CONF),
    _r("School budgets across the country are at breaking point, every head I know is making cuts", CONF),
    _r("Exclusions don't work, they just push kids out onto the streets", CONF),
    _r("SEN provision in this country is a disgrace, families wait years for an EHCP", CONF),
    _r("Safeguarding training today, three hours on online safety. Useful stuff actually", CONF),
    # Parents' questions and their own children.
    _r("Does anyone know when the SATs results come out? My son's been asking", CONF, author=P),
    _r("My daughter's got her EHCP review next week, any tips from other parents on what to ask?", CONF, author=P),
    _r("My son got excluded today for something he didn't do. Fuming.", CONF, author=P),
    _r("Our little one has just been diagnosed with autism, any local support groups?", CONF, author=P),
    _r("My lad's been put on a part-time timetable and I'm not happy, who do I complain to?", CONF, author=P),
    _r("My son's teacher is off sick this week, anyone know who's covering?", CONF, author=P),
    # Complaints about decisions that are public.
    _r("Can't believe the council is closing the children's centre, it's been in the paper all week", CONF, author=P),
    _r("The new uniform policy announced yesterday is ridiculous, £40 for a blazer", CONF, author=P),
    _r("Really disappointed the school has cancelled the Christmas fair this year, the letter says it's down to "
       "staffing", CONF, author=P),
    # Shared words in ordinary work and life: meetings, governors, hints about nothing of the school.
    _r("Our team got knocked out of the cup, the ref sent two of our lads off for fighting 🙄", CONF),
    _r("Sat in a meeting for 2 hours that could've been an email. Every Monday.", CONF),
    _r("SLT meeting ran over again, home at 7, cold tea. The glamour of teaching 😂", CONF),
    _r("Governors' meeting tonight, bring biscuits please!", CONF),
    _r("Half term can't come soon enough, this class have been hard work but I love them", CONF),
    _r("Just finished writing 30 reports. Never again. Wine o'clock 🍷", CONF),
    _o("Mocks start next week, good luck to all our Year 11s - you've got this!"),
    _r("Can't say much about the new Bake Off lineup but my money's on the baker from Leeds 👀", CONF),
    _r("You didn't hear it from me but there's cake in the staffroom 🍰😂", CONF),
    _r("Keep it quiet but I've booked a surprise party for my husband's 40th, don't tell him!!", CONF),
    _r("Big changes coming to our garden this spring - new raised beds going in! 🌱", CONF),
    _o("Shhh 🤫 Santa is visiting Reception tomorrow, don't tell the little ones!"),
    _r("Been a governor for five years now and it's the most rewarding thing I do. We need new parent governors, "
       "get in touch!", CONF),
    _r("The playground equipment gets its safety inspection every summer, kids can't use it till it's signed off",
       CONF),
    _r("The budget for the staff Christmas do is £20 a head this year, any ideas?", CONF),
    _r("Massive thank you to the dinner ladies who kept everyone smiling in the snow today", CONF, author=P),
    # (added after the first run, as a check that the rules generalise; not run before the rules were written)
    _r("The head is off sick according to the school's text this morning, hope she's better soon", CONF, author=P),
    _r("Had a lovely chat with one of the Y3 mums who is running the marathon for cancer research, sponsor her!", CONF),
    _r("In our staff meeting today we watched a brilliant presentation on oracy", CONF),
    _r("Governors meeting tonight - agenda includes the new reading scheme and the summer fair", CONF),
    _r("My youngest has been referred to the speech therapist, any tips for the wait?", CONF, author=P),
    _r("Watch this space, our new allotment is going to be amazing 🌻", CONF),
    _r("Can't say much, mouth full of Christmas cake 😂", CONF),
    _r("Our deputy head is off to run the London marathon this weekend, go Mrs Barnes!", CONF),
    _r("The head told us at briefing that Christmas jumper day is on Friday", CONF),
    _r("Our caretaker has been with us 30 years and still won't let anyone touch his boiler 😂", CONF),
    _r("Heard on the radio that teachers are going back on strike next month", CONF),
    _r("Finally got the diagnosis for my lad after 3 years, autism, relieved and emotional", CONF, author=P),
    # (added after the second run, before the results, complaint and budget rules were written)
    _r("My daughter's GCSE results are in and she's got into sixth form! So proud", CONF),
    _r("SATs results came out today for parents on the app, really pleased with how my son did", CONF, author=P),
    _o("Our GCSE results are in and they are our best ever - well done Year 11! Full details on our website"),
    _r("I've put in a complaint about the parking outside school again, it's dangerous", CONF, author=P),
    _r("Can't afford to replace my car so it's the bus to school from Monday, wish me luck", CONF),
    _r("Complaints about the new lunch menu are flooding in on the school's page 😂", CONF),
    # (added after the third run, as a probe of new voices)
    _r("My mum passed away at the weekend, thank you all for the kind messages x", CONF),
    _r("Our head teacher is retiring at Easter, it was in the newsletter. End of an era", CONF, author=P),
    _r("One of my pupils' dads has cancer and is running the Great North Run for the hospice, please sponsor him",
       CONF),
    _r("Training day today on supporting pupils with an EHCP, really useful", CONF),
    _r("Schools round here are all skint, the council's cut everything", CONF, author="public"),
    _r("Watching the new series of Ackley Bridge, the head's on capability in episode 3 haha", CONF,
       xfail="a television story's staffing: the older capability rule does not look for a story (left alone)"),
    # (added after the fourth run, as a second probe of new voices)
    _r("Ofsted's new report cards are confusing everyone, what do you all think?", CONF),
    _r('Our school is so lucky to have such a supportive PTA - the new library is amazing', CONF),
    _r('Year 4 have supply this week, my daughter says they watched a film all afternoon 🙄', CONF, author='parent'),
    _r('Off to my union meeting tonight, solidarity x', CONF),
    _r('Anyone got tips for getting an NQT through their first term? Asking for myself lol', CONF),
    _r("We're delighted to welcome Mrs Ali as our new deputy head from January!", CONF, account='official'),
    _r('Lunch duty in the rain again. The glamour.', CONF),
    _r('Does anyone know if the school has a SENCo? My son might need some extra help '
       'with reading', CONF, author='parent'),
    _r('So proud of my Year 6s - they worked so hard for their SATs this week. Whatever '
       "the results, they're superstars", CONF),
    _r('Budget meeting tonight for the PTA summer fair, bring ideas!', CONF),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory(POLICY)


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_get_no_confidential_finding(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
