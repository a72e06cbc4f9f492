"""Red team for timing read from the post's own words (h-timing, tenth round): a member of staff on their phone or on
social media while pupils in their care are busy with a lesson, a test, a film or assembly, said in the post itself.

The principle, not earlier writers' wordings: two things together in one post, (a) the writer is posting, scrolling
or on their phone now, and (b) their class is in a lesson activity now (a test, reading, a film, PE, assembly, a
named lesson or period). Either alone is not enough, and a past, future, own-child or planning-time reading is not
posting in a lesson. Written before the rule was run. Rows that fail are kept as strict xfail with a reason.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

LESSON = ("timing:text_says_lessons",)
TIME = ("timing",)

PARAPHRASES = [
    row("Year 6 are doing their reading paper so I'm having a sneaky look at Vinted 🤫", LESSON),
    row("my lot are watching Matilda for golden time and I'm catching up on TikTok", LESSON),
    row("Kids doing a times tables test, me on Insta. Don't tell anyone 🙈", LESSON),
    row("Mock exam in the sports hall, two hours of invigilation, thank god for my phone", LESSON,
        xfail="'my phone' named without saying it is in use: too weak a sign on its own"),
    row("Set 4 are on a worksheet so I'm replying to the group chat", LESSON),
    row("class are doing independent writing, perfect time to post my holiday pics", LESSON),
    row("Y10 silent revision = me scrolling Rightmove lol", LESSON),
    row("Year 3 busy with their spellings, quick Facebook check for me", LESSON),
    row("The children are in assembly and I'm stood at the back on my phone", LESSON),
    row("Phonics going on around me while I post this 😂", LESSON),
    row("Quick tweet while my Year 7s finish their quiz", LESSON),
    row("sorry for spamming the group, my class are doing a test so I've got time 😅", LESSON),
    row("Watching my year 9s do their science assessment and scrolling twitter at the same time #multitasking", LESSON),
    row("cheeky insta story from my classroom while the kids do their maths 📱", LESSON),
    row("I'm on my phone at the back of the hall while Year 5 rehearse the nativity", LESSON),
    row("period 4 and the class are watching a documentary, so here I am on facebook", LESSON),
    row("Reception are having their snack and I'm on here looking at holidays", LESSON),
    row("Y11 are sitting their English mock, I'm sat here doing my Tesco order on my phone", LESSON),
    row("doing my online shopping while the kids do their SATs practice paper shhh", LESSON),
    row("Guided reading, 20 minutes of peace, perfect for a quick scroll", LESSON),
    row("Posting from my desk while my tutor group do their quiz 🤫", LESSON),
    row("The class are in the middle of a spelling test and I'm answering WhatsApps", LESSON),
    row("Pupils are all doing their end of topic test so I'm doom scrolling", LESSON),
    row("Kids are watching a film in English so I'm browsing ASOS lol", LESSON),
    row("covering a Y8 class who are doing a worksheet, so I'm on tiktok", LESSON),
    row("In a lesson right now and I've snuck my phone out to post this", LESSON),
    row("Year 4 are doing PE with the coach and I'm on Facebook on the bench", LESSON),
    row("my class are reading quietly and I'm sat scrolling through Instagram", LESSON),
    row("Typing this with one eye on Year 2 doing their handwriting", LESSON),
    row("Exam season: invigilating Y11 and sneaking a look at my phone every ten minutes 😬", LESSON),
]

ORDINARY = [
    # posting, but not in a lesson: after school, at home, a break, a day off, the weekend
    row("Kids in bed, finally scrolling Insta with a brew", LESSON),
    row("Home from school and straight on TikTok, no shame", LESSON),
    row("Lunch break scroll, 10 minutes of peace", LESSON),
    row("Half term! Scrolling Rightmove in my pyjamas", LESSON),
    row("Sunday morning: coffee, Facebook and a pile of marking", LESSON),
    row("On my day off scrolling through holiday pics", LESSON),
    # pupils busy in a lesson, but the writer is teaching, not posting
    row("Year 6 did brilliantly in their reading paper today, so proud", LESSON),
    row("My class are doing a times tables test tomorrow, wish them luck", LESSON),
    row("Watched Year 5 rehearse the nativity and cried, they are so cute", LESSON),
    row("The kids did their spelling test and every one of them improved", LESSON),
    row("Y11 sat their English mock this morning, fingers crossed for them", LESSON),
    row("Guided reading is my favourite part of the day", LESSON),
    row("Phonics screening next week, lots of practice going on", LESSON),
    row("Year 3 have been doing PE with a visiting coach all term, they love it", LESSON),
    # the writer's own child, a planning period, a rule reminder, or a memory
    row("My son's class are doing a spelling test today so I've been testing him on the school run", LESSON),
    row("My daughter's Year 6 are doing their SATs this week and she's on her phone to me every night", LESSON),
    row("PPA time, scrolling through Twinkl for ideas for next week", LESSON),
    row("Free period so I'm catching up on emails and having a cheeky look at Facebook", LESSON),
    row("Reminder to all staff: no phones out while pupils are sitting a test", LESSON),
    row("When I was at school the teachers read the paper while we did tests", LESSON),
    row("Remember when we used to watch films in the last week of term? Happy days", LESSON),
    row("Staff training on mobile phone use during lessons today, very useful", LESSON),
    # posting about a lesson after the event, or official posts
    row("Posting some pictures from today's science lesson, what a brilliant afternoon", LESSON),
    row("Quick update: Year 4's trip went really well, photos to follow tonight", LESSON),
    row("Year 2 have been reading The Gruffalo this week and drew amazing pictures", LESSON),
    row("Can't believe how well the class did in their quiz, posting the scores tonight", LESSON),
    row("A parent asked why I was on my phone at sports day, I was taking the photos for the school account!", LESSON),
    row("The kids are watching a film at the cinema on the trip tomorrow, lunch packed", LESSON),
    row("While the kids are away at camp I'm going to catch up on my Netflix", LESSON),
    row("My partner teaches Year 9 and says they've all got their phones out in lessons", LESSON),
    row("Just finished a Year 10 lesson on social media safety, they had great questions", LESSON),
    row("Scrolling back through last year's photos of the Year 6 leavers, emotional", LESSON),
    row("Lesson observation today, no phone anywhere near me 😂", LESSON),
    row("The class are doing a project on Instagram influencers, fascinating discussion", LESSON),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("marshfields")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_are_not_flagged(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
