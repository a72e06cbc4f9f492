"""Red team for pupil contact (and, read the same way, parent contact on a personal channel), written from the
principle in the five policies and CONTRACT.md, before the rules were run or changed, and not from any set's errors.

Principle: a member of staff in personal contact with a current pupil (or a child known through the role) outside
the school's systems: messaging, DMs, WhatsApp, Snapchat; following or friending; gaming together online; giving or
asking for personal numbers or handles; lifts in their own car; meeting outside school; private tutoring arranged
privately; gifts and secrets; a staff post inviting pupils to contact them personally. Not contact: the school's
systems (Teams, Google Classroom, the school app, school email), the writer's own children or relatives, adults who
were pupils long ago, a parent or the public with children they know, contact reported to the DSL or refused, a
training post about the rules, a hypothetical or a warning.

PARAPHRASES should be found; ORDINARY posts share the words but not the meaning and should get no finding of the
category. Rows that fail are kept as strict xfail with a reason.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, policy_row as _p

PUPILC = ("pupil_contact",)
PARENT = ("parent_contact_channel",)
# pupil contact with a child (every kind but former_adult, a former pupil past the pack's contact age)
CHILD = tuple(f"pupil_contact:{k}" for k in ("friend", "message", "personal_info_request", "grooming", "secrecy"))

SD, NP, AD, MF, RD = "staff-declaration", "newport-cejs", "aycliffe-drive", "marshfields", "rattlesden"

PARAPHRASES = [
    # messaging and DMs, told in the first person, past and present, active and passive
    _p(SD, "she's added me on snap, one of my year 10s 🙈", PUPILC),
    _p(NP, "One of my Year 9s messaged me on insta last night asking about the test", PUPILC),
    _p(AD, "I give my tutees my number so they can text me if they're stuck", PUPILC),
    _p(MF, "my year 11s keep sending me snaps of their revision lol", PUPILC),
    _p(RD, "My form keep DMing me on Instagram asking for the answers 😅 I always reply though", PUPILC),
    _p(SD, "texted one of my yr 10 boys to check he got home ok after the match", PUPILC),
    _p(NP, "A girl from my maths set messages me most nights on whatsapp, think she just needs someone to talk to", PUPILC),
    _p(AD, "Been snapchatting a year 9 all evening about her boyfriend drama lol", PUPILC),
    _p(MF, "Chatting to a couple of my sixth formers on messenger about uni applications tonight", PUPILC),
    _p(RD, "Replied to a student's DM about the homework at 11pm, I'm too nice", PUPILC),
    _p(SD, "mesaged a yr 10 on insta to say well done on the match 👏", PUPILC),
    _p(NP, "Spent the evening on FaceTime with a pupil who was upset, she's got my number now", PUPILC),
    # group chats and channels set up with a class
    _p(AD, "Revision group chat with my GCSE class on WhatsApp is buzzing tonight", PUPILC),
    _p(MF, "Set up a snapchat group for my tutor group so we can keep in touch over summer ☀️", PUPILC),
    _p(RD, "Kept in touch with my old Year 6 class on WhatsApp since they left in July, they're in Year 7 now", PUPILC),
    _p(SD, "Sent a voice note to my tutor group's group chat wishing them luck for their exams 🍀", PUPILC),
    # following and friending
    _p(NP, "Following a few of my students on TikTok, their dances are hilarious", PUPILC),
    _p(AD, "Got a friend request off a Year 8 lad today, accepted it, he seems lonely", PUPILC),
    _p(MF, "one of my yr8s follows me on tiktok so I followed back 🤷‍♀️", PUPILC),
    _p(RD, "My class have found my Insta 😂 accepted all their requests, might as well", PUPILC),
    _p(SD, "accepted a follow from a Y7 this morning, she's so sweet", PUPILC),
    _p(NP, "omg one of my yr 9s just sent me a friend req on fb 😂 accepted obvs", PUPILC),
    _p(AD, "As a TA I'm not supposed to but I've got a few of the Year 6 kids on my Snapchat", PUPILC),
    _p(MF, "Ex-pupil from my Year 6 class last year (she's 12 now) added me on Facebook, accepted ❤️", PUPILC),
    # gaming together online
    _p(RD, "Been playing Fortnite with a couple of lads from my form most evenings 😂", PUPILC),
    _p(SD, "Me and one of the lads from my PE group play FIFA online most nights, he's class", PUPILC),
    # numbers and handles given or asked for; invitations to contact the writer personally
    _p(NP, "Swapped numbers with a student after parents' evening so I can send her extra reading", PUPILC),
    _p(AD, "Anyone in my Y11 chemistry set, feel free to snap me your questions over Easter: mrk_chem", PUPILC),
    _p(MF, "I let my Year 10 football lads have my mobile number so they can text me about training", PUPILC),
    _p(RD, "Gave my personal email to a Year 12 so she can send me her coursework drafts over the weekend", PUPILC),
    _p(SD, "One of my students asked for my snap so I gave it her, what's the harm", PUPILC),
    _p(NP, "Year 7s, add me on discord, username is MrT_games, we can play after school", PUPILC),
    _p(AD, "Do any of my year 11s want to join my private Minecraft server? DM me for the IP", PUPILC),
    _p(MF, "Kids in 8C, if you want extra help before the mock, my WhatsApp is on the board, message me", PUPILC),
    _p(RD, "Told my Year 6 girls they can follow my insta now they're leaving", PUPILC),
    # lifts, meeting outside school, gifts and secrets, private tutoring
    _p(SD, "Gave Jayden from my class a lift home in my car after football, his mum was running late", PUPILC),
    _p(NP, "Picked up two of my Year 9 girls from the bus stop in the rain and drove them home", PUPILC),
    _p(AD, "Met up with one of my pupils in town on Saturday for a coffee and a chat about her home life", PUPILC),
    _p(MF, "Took three of my Year 8s to McDonald's after the trip, just us, told them not to mention it", PUPILC),
    _p(RD, "Met a pupil from my tutor group at the park after school, she wanted to talk without anyone knowing", PUPILC),
    _p(SD, "Bought a girl from my class a little necklace for her birthday, don't tell the others 🤫", PUPILC),
    _p(NP, "Little gift for my favourite Year 4 pupil, dropped it round to his house after school 🎁", PUPILC),
    _p(AD, "Tutoring one of my Year 5s at her house on Sundays, cash in hand, school don't need to know", PUPILC),
    _p(MF, "I do private tuition for a couple of kids from my school, arranged it with them on Insta", PUPILC),
    _p(RD, "Lads from my Y10 class, if you want a lift to the county final I can take four in my car, message me", PUPILC),
    # a pupil's own post telling of a teacher's personal contact
    _p(SD, "sir added me on snap last night 😳", PUPILC, "pupil"),
    _p(AD, "my form tutor keeps messaging me on whatsapp after school is that normal", PUPILC, "pupil"),
    # parent contact on a personal channel, the same reading (a school matter moved off the approved channels)
    _p(MF, "Mums and dads of Year 2, easier to WhatsApp me about reading books than use the app x", PARENT),
    _p(SD, "Just messaged Tyler's mum on Facebook about his behaviour today, sorted", PARENT),
    _p(NP, "If any Class 4 parents want to chat about the SATs results, inbox me on here", PARENT),
    # ---- rows added after the first run (written to probe the general reading on new wordings; none taken
    # from a data set) ----
    _p(SD, 'lol one of my year 8s has started sending me tiktoks every night', PUPILC),
    _p(NP, "Gave one of my tutor group a lift to the station in my car, he'd missed his bus", PUPILC),
    _p(AD, 'Helping a Year 11 with her revision over WhatsApp most evenings this week', PUPILC),
    _p(MF, 'My Y9 set have all got my snapchat now, they send me their homework pics', PUPILC),
    _p(RD, 'Been DMing a pupil about her mental health, she trusts me more than the school counsellor', PUPILC),
    _p(SD, 'Told a Year 10 lad he can ring me any time on my mobile if things get bad at home', PUPILC),
    _p(SD, "Added a few of my ex Year 6s on insta, they're in Year 8 now and doing so well", PUPILC),
    _p(AD, "Accepted my Year 11 tutees' follow requests now they're on study leave", PUPILC),
    _p(MF, "Me and some of my Year 10 boys are in a squad on Warzone, they're good", PUPILC),
    _p(RD, 'A Year 8 girl I teach keeps snapping me, I snap back to be kind', PUPILC),
    _p(SD, "Bought one of my Year 7s some new trainers and dropped them at his house, his family can't afford them", PUPILC),
    _p(NP, "Meeting one of my year 9 girls at Costa on Saturday to go through her coursework, her mum doesn't know", PUPILC),
    _p(AD, 'My GCSE class have a group chat and they added me to it 😂', PUPILC),
    _p(MF, "I've been giving extra lessons to a Year 6 boy from school at mine, his parents pay cash", PUPILC),
    _p(RD, 'Swapped Insta handles with a Year 12 after the school play', PUPILC),
    _p(SD, 'Any of my Year 11s stuck over Easter, my insta is @mrsjones_eng, drop me a message x', PUPILC),
    _p(NP, "Year 13s - I'm on WhatsApp if anyone needs a chat before results day 07700 900123", PUPILC),
    _p(AD, "Coach here: U14 girls, save my number and text me if you can't make training", PUPILC),
    _p(MF, "As your form tutor I'm always here, snap me anytime: missp_2024", PUPILC),
    _p(RD, "Jaylen in my class asked if I play Roblox, we're friends on there now lol", PUPILC),
    _p(SD, 'Spent Saturday teaching one of my Year 4s to ride a bike at the park, her mum was at work', PUPILC),
    _p(NP, 'Got my tutees on my Close Friends on insta so they see the motivational stuff', PUPILC),
    _p(AD, 'Dropped round with a birthday present for a lad in my form, he was made up', PUPILC),
    _p(MF, "TA life: the Year 2 boy I support FaceTimes me most nights, he's got nobody else", PUPILC),
    _p(RD, 'Kids from my school keep requesting me on fb so I just accept them all now', PUPILC),
    _p(SD, "I've been giving a Year 9 girl lifts home after netball most weeks", PUPILC),
    _p(NP, 'Inviting my Year 11 class round to mine for a pizza night after their last exam 🍕', PUPILC),
    _p(AD, 'One of my Year 10 boys and I have a snap streak going, 200 days 🔥', PUPILC),
    _p(MF, "Text from a Year 8 at midnight asking about the test, replied straight away, that's dedication", PUPILC),
    _p(RD, 'Helping a year 11 lad from school with his maths, we meet at the library on Sundays, his parents pay me', PUPILC),
    # ---- a second batch added after the first run (other voices: office, lunchtime, supply, governor) ----
    _p(SD, 'office staff here but one of the year 10 girls has my snap now, she comes to the office a lot', PUPILC),
    _p(NP, 'dinner lady life: a little lad from year 3 waves at me on facetime every night with his nan lol', PUPILC),
    _p(AD, "Supply teacher: one of the yr 9s at my last school keeps dming me on tiktok asking when I'm back 😂", PUPILC),
    _p(MF, 'my year 6 footy lads want me in their fifa online league, obviously I said yes ⚽🎮', PUPILC),
    _p(RD, "accepted a snap from one of my yr11s and now we've got a streak 🔥", PUPILC),
    _p(SD, 'Offered to run one of my GCSE girls home after rehearsal, her house is on my way', PUPILC),
    _p(NP, 'Governor here: I tutor a Year 5 girl from our school on Thursdays at her kitchen table, cash only', PUPILC),
    _p(AD, "Slid into my old form's group chat to say good luck for results 🍀 they're only 16", PUPILC),
    _p(MF, 'Gave my Insta to the year 13 leavers at prom, they can keep in touch now 🥲', PUPILC),
    _p(RD, "Year 8, if you need me over the holidays I'm on Discord as MrsB#2231 💜", PUPILC),
]

ORDINARY = [
    # the school's own systems
    _p(SD, "Year 9s, homework is on Google Classroom, message me there if you get stuck", PUPILC),
    _p(NP, "Reminder to my tutor group: any questions about the mock, email me from your school account", PUPILC),
    _p(AD, "Posted the revision timetable on Teams, Year 11 can message me on Teams until 6pm", PUPILC),
    _p(MF, "The school app is the best way for pupils to reach me over the holidays", PUPILC),
    _p(RD, "Emailed my Year 12s through the school email about the UCAS deadline", PUPILC),
    _p(SD, "Google Classroom is down again, Year 8s, I'll post the homework tomorrow", PUPILC),
    _p(NP, "Teams call with my tutor group went well, they asked loads about work experience", PUPILC),
    # the writer's own children and relatives
    _p(AD, "My son added me on Snapchat today, I feel so old 😂", PUPILC),
    _p(MF, "My daughter's just followed me on Insta, apparently I'm embarrassing", PUPILC),
    _p(RD, "Gave my nephew a lift to football, he's in Year 9 now!", PUPILC),
    _p(SD, "Played Fortnite with my son all afternoon, he destroyed me", PUPILC),
    _p(NP, "Bought my niece a necklace for her 12th birthday 🎁", PUPILC),
    _p(AD, "Set up a Minecraft server for my own kids and their cousins this weekend", PUPILC),
    _p(MF, "Messaged my sister on WhatsApp about mum's birthday", PUPILC),
    _p(RD, "My stepdaughter texted me from her Year 10 trip, she's having a ball", PUPILC),
    # rules, training, warnings and hypotheticals
    _p(SD, "Staff training today: never give pupils your personal number or add them on social media", PUPILC),
    _p(NP, "Reminder: we must not accept friend requests from pupils or ex-pupils under 19", PUPILC),
    _p(AD, "Never message pupils on WhatsApp, always use the school platform. Training slide done ✅", PUPILC),
    _p(MF, "Would you ever follow a pupil back? No. Ever. #safeguarding", PUPILC),
    _p(RD, "If a student asks for your snap, say no and tell the DSL", PUPILC),
    _p(SD, "Hypothetically, if a pupil messages you on Instagram, what do you do? Screenshot, don't reply, tell the DSL", PUPILC),
    _p(NP, "The DSL reminded us in briefing that lifts in our own cars need parental consent and a second adult", PUPILC),
    _p(AD, "Online safety assembly today: told the kids never to share their snap with adults they don't know", PUPILC),
    _p(MF, "Can't believe kids have Snapchat at 9, had a chat with my class about staying safe online", PUPILC),
    # contact refused or reported
    _p(RD, "A Year 8 pupil sent me a friend request on Facebook. I didn't accept and passed it to the DSL", PUPILC),
    _p(SD, "One of my Year 10s found my Instagram and messaged me, reported it to safeguarding straight away", PUPILC,
       xfail="since 2026-11-22 the context model reads 'reported it to safeguarding' about a pupil as a safeguarding "
             "case (0.93), so the post escalates; the rules alone did not"),
    _p(NP, "Blocked a pupil who tried to add me on snap, logged it with the DSL", PUPILC),
    _p(AD, "Pupils asked me for my Snapchat today, told them absolutely not 😂", PUPILC),
    _p(MF, "A Year 7 asked for my number. Told her to use the school email and let her tutor know", PUPILC),
    # adults who were pupils long ago, and the writer as the former pupil
    # (changed after the first run: this row was written for rattlesden, whose pack sets no contact age, so a former
    # pupil of any age stays pupil contact there (CONTRACT: "a pupil or former pupil"); the brief's "where the pack's
    # age allows" is staff-declaration's 19, where it is reported as former_adult, not as contact with a child)
    _p(SD, "Former pupil from 2004 just added me on Facebook, she's 31 now with kids of her own!", CHILD),
    _p(SD, "Ex-pupil (now 25 and a teacher herself!) messaged me on LinkedIn to say thanks", PUPILC),
    _p(NP, "My old form tutor just followed me on Insta haha", PUPILC),
    _p(AD, "Met up with my old teacher for a coffee, she taught me in Year 6 back in 1998!", PUPILC),
    # parents and the public with children they know
    _p(MF, "Took my daughter and two of her friends to the cinema, dropped her mates home after", PUPILC, "parent"),
    _p(RD, "Added the football team mums to a WhatsApp group to sort lifts", PUPILC, "parent"),
    _p(SD, "Coached my nephew's under 10s today, great game, proud of them all", PUPILC, "public"),
    _p(NP, "my mum added me on snap 😭 help", PUPILC, "pupil"),
    # adults in the school community, and colleagues
    _p(AD, "Met one of the Year 10 mums in Tesco, had a nice chat about the allotment", PUPILC),
    _p(MF, "Gave a Year 9 mum a lift home from the PTA quiz", PUPILC),
    _p(RD, "Accepted a friend request from a Year 5 parent, we were at school together", PUPILC),
    _p(SD, "Added my colleagues to a WhatsApp group for the staff night out", PUPILC),
    _p(NP, "Lift share with colleagues to the inset day, car full", PUPILC),
    _p(AD, "DM me if you want the recipe, ladies!", PUPILC),
    _p(MF, "My phone number has changed, friends text me for the new one", PUPILC),
    _p(RD, "Streaks with my best mate going strong, 500 days 🔥", PUPILC),
    # ordinary school life with the same words
    _p(SD, "My year 10s were brilliant in their mock today, so proud", PUPILC),
    _p(NP, "Marking Year 11 essays tonight with a glass of wine", PUPILC),
    _p(AD, "Handed out Easter eggs to my class today, they were buzzing 🐣", PUPILC),
    _p(MF, "Year 11 revision session in the library at 3:30, all welcome", PUPILC),
    _p(RD, "Followed the school's new Instagram account, go and like it!", PUPILC),
    _p(SD, "Parents' evening tonight, lovely chats with the Year 9 families", PUPILC),
    _p(NP, "Added the Year 8 scores to the spreadsheet, will follow up with tutors tomorrow", PUPILC),
    _p(AD, "Texted the year 9 parents via ParentMail about the trip", PUPILC),
    _p(MF, "Private maths tutoring for KS2, I don't take pupils from my own school, message me for rates", PUPILC),
    # parent look-alikes: approved channels, adults' own arrangements
    _p(RD, "Parents, please use the school app or the office for anything about reading books, not my Facebook", PARENT),
    _p(SD, "Drop me a WhatsApp when you're outside and I'll come down, see you at 7 for the gig", PARENT),
    _p(NP, "Messaged my mum on Facebook about Sunday dinner", PARENT),
    # ---- rows added after the first run (look-alikes written to probe the general reading; none taken from a
    # data set) ----
    _p(SD, 'My year 10s were texting all through the lesson, confiscated three phones', PUPILC),
    _p(NP, 'Caught two of my Year 9s snapchatting in the toilets, phones confiscated', PUPILC),
    _p(AD, 'One of my students was crying because someone screenshotted her snap, dealt with it', PUPILC),
    _p(MF, 'Showed my class how Instagram filters distort body image, great PSHE lesson', PUPILC),
    _p(RD, 'My year 11s taught me what a Snapchat streak is today, I feel ancient', PUPILC),
    _p(SD, 'Took my Year 6s to the cinema as an end of year treat, 60 kids and 8 staff, survived', PUPILC),
    _p(NP, 'Took the year 8s to the science museum, the coach was late', PUPILC),
    _p(AD, 'Had a chat with my Year 7s about TikTok challenges and staying safe', PUPILC),
    _p(MF, 'Our Year 9 football team won the county cup, drove the minibus home singing', PUPILC),
    _p(RD, 'Dropped the Year 4 reading books off at the office after school', PUPILC),
    _p(SD, 'My form tutor group raised £300 for charity with a cake sale', PUPILC),
    _p(NP, 'Bought a new coffee machine for the staffroom', PUPILC),
    _p(AD, 'Met the new Year 7s today at transition day, lovely bunch', PUPILC),
    _p(MF, "My daughter's a student at Leeds now, FaceTimed her tonight", PUPILC),
    _p(RD, "Facetimed my son who's in Year 9 at his dad's, he's fine", PUPILC),
    _p(SD, "Spoke to a pupil's mum on the phone about his behaviour, all sorted", PUPILC),
    _p(NP, 'A student teacher added me on Facebook, nice lass', PUPILC),
    _p(AD, 'My year 12s are obsessed with Minecraft, we built the school in it during computing club', PUPILC),
    _p(MF, "Year 11 leavers' assembly today, they all wrote their Snapchats on each other's shirts", PUPILC),
    _p(RD, 'Gaming club after school on the school Xbox, my year 8s love it', PUPILC),
    _p(SD, "Kids in my class keep asking if I'm on TikTok, I'm not telling them anything", PUPILC),
    # (reworded twice: 'her boyfriend / best friend keeps messaging her on snap at night' reads as a child at risk
    # to the escalation checks, rightly or not; not a pupil-contact look-alike)
    _p(NP, "One of my Year 10s told me she's got 2,000 followers on TikTok now, I'm not even on it", PUPILC),
    _p(AD, "Texted my husband to say I'd be late, year 10 parents' evening ran over", PUPILC),
    _p(MF, 'My number one tip for new teachers: never give pupils your number', PUPILC),
    _p(RD, 'Gave my Year 6s a lift in spirits with a surprise disco', PUPILC),
    _p(SD, 'Tutoring is booming, my year 11 intervention group are flying', PUPILC),
    _p(SD, "Met a former pupil in town, she's 28 and a nurse now!", PUPILC),
    _p(AD, "I'm on a WhatsApp group with the other Year 5 teachers", PUPILC),
    _p(MF, 'Added the Year 6 kids to the school Seesaw class', PUPILC),
    _p(RD, "My class made me a birthday card, don't tell them I cried", PUPILC),
    _p(SD, 'Got a lovely card from one of my pupils, made my week', PUPILC),
    _p(SD, "One of my old students became a teacher, we follow each other on Twitter now, he's 34", PUPILC),
    _p(AD, 'Any of my Year 11s stuck over Easter, the revision guides are on Google Classroom', PUPILC),
    _p(MF, 'Year 13s - results day is Thursday, come into school from 8am, good luck!', PUPILC),
    _p(RD, 'Coach here: U14 girls training moved to Wednesday, check the club app', PUPILC),
    _p(SD, 'Reminder that the Year 9 trip money is due Friday, pay on ParentPay', PUPILC),
    _p(NP, "The school Instagram has posted the Year 6 leavers' video, go and watch", PUPILC),
    _p(AD, "Teaching my daughter to ride a bike at the park, she's 6 and fearless", PUPILC),
    _p(MF, "My son's Year 3 friend came round for a playdate, carnage", PUPILC),
    _p(RD, "Year 10 parents' evening on Zoom tonight, book via the school app", PUPILC),
    _p(SD, 'Got a lovely thank you card from a Year 6 parent, I cried', PUPILC),
    _p(NP, "Can't believe my old Year 6 class are doing their GCSEs now, time flies", PUPILC),
    _p(AD, 'Lovely to see so many of my tutor group at the school prom tonight', PUPILC),
    _p(MF, 'One of my Year 9s told me about a man messaging her on Snapchat, followed safeguarding procedures', PUPILC,
       xfail="since 2026-11-22 the context model reads a pupil's disclosure as a safeguarding case (1.00) and the post "
             "escalates: arguably right (the contract's 'a live safeguarding case made public'), but this table says no"),
    _p(RD, "Year 7s, don't forget the online safety homework: never share your snap with strangers", PUPILC),
    _p(SD, 'Just had the staff WhatsApp blow up about the snow day', PUPILC),
    _p(NP, 'Played FIFA with my nephew and his mates from school all afternoon', PUPILC),
    _p(AD, 'Our PE department has an Instagram for fixtures, pupils can follow it for results', PUPILC),
    _p(MF, 'Parents asking for my personal number: please use the school office, thank you', PUPILC),
    _p(RD, "I teach my own kids to swim on Sundays, they're getting there", PUPILC),
    _p(SD, "My Year 11s' results were incredible, so proud of every one of them", PUPILC),
    _p(NP, "Bought prizes for my class's reading challenge, they loved them", PUPILC),
    _p(AD, 'Year 6 residential next week, staff lifts to the centre sorted', PUPILC),
    # ---- a second batch added after the first run ----
    _p(SD, "office staff here, the Year 10 girls' trip letters are on the school app", PUPILC),
    _p(NP, "a little lad from year 3 told me all about his nan's new puppy at lunch 🐶", PUPILC),
    _p(AD, 'Supply life: the Year 9s at my last school were lovely, hope they ace their exams', PUPILC),
    _p(MF, "My son's footy lads have a FIFA league going, he's top of the table 🎮", PUPILC),
    _p(RD, 'Accepted the Year 11 mock results from the exams office, moderation next', PUPILC),
    _p(SD, 'Offered to run the Year 6 disco, need volunteers to help set up', PUPILC),
    _p(NP, 'Governor here: visited Year 5 today, brilliant lesson on fractions', PUPILC),
    _p(AD, "Results day for my old form next week, they'll smash it 🍀", PUPILC),
    _p(MF, "Year 13 leavers' prom was magical, well done to the PTA for organising", PUPILC),
    _p(RD, 'Year 8, the holiday reading list is on Satchel One 💜', PUPILC),
]


@pytest.mark.parametrize("policy,text,cats,author,account", PARAPHRASES)
def test_paraphrase_is_found(demo_checker_factory, policy, text, cats, author, account):
    assert_found(demo_checker_factory(policy), text, cats, author, account)


@pytest.mark.parametrize("policy,text,cats,author,account", ORDINARY)
def test_ordinary_post_gets_no_finding(demo_checker_factory, policy, text, cats, author, account):
    assert_ordinary(demo_checker_factory(policy), text, cats, author, account)


def test_gate_holds_every_act():
    """meaning._PC_GATE: every text an act pattern matches holds one of the gate's words (the gate only skips work)."""
    from safepost.detectors import meaning as M

    acts = (M._PC_ACT, M._PC_OUTING, M._PC_MEET, M._PC_OUTING_STRONG)
    texts = [r.values[1] for r in PARAPHRASES + ORDINARY] + [
        "add me on fb", "call of duty with my year 9s", "07700 900123", "face time with a pupil", "my gmail is open",
        "drove him back", "hanging out with a year 8 in town", "1-2-1 sessions for my year 6s",
    ]
    for t in texts:
        if any(a.search(t) for a in acts):
            assert M._PC_GATE.possible(M.clean(t)) and M._PC_GATE.rx.search(t), t
