"""Red team for running the school community down (h-disp, 2026-11-22), through the engine a user sees.

The principle (CONTRACT.md, the five policies): someone of the school (staff, TA, office or lunchtime staff, a governor
or volunteer) running down the school community in public: the school itself, colleagues, leaders, governors, pupils,
parents, the trust or LA as employer, with mockery, contempt, sarcasm, name-calling or a verdict that the place is
failing. The category is what the content holds, whatever the author: a parent's or the public's complaint about the
school is in it too (CONTRACT.md: "complains about or runs down the school"; the packs then differ on the verdict),
so a few such rows are PARAPHRASES; parents' neutral questions and thanks are ORDINARY.

Not in it: tiredness and workload moans that run no one down, pride, criticism of national policy or government
(political), jokes about oneself, fond irony that is praise, neutral talk of another school, sport banter, weather.

Every row below was written before the detector was changed, and none copies a row of any data set. Rows added after
the first run are marked "(after the first run)".
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"
MEAN = ("disparaging_school_community",)


PARAPHRASES = [
    # sarcasm about leaders' ideas and the workplace
    _r("Oh brilliant, SLT have had another of their genius brainwaves 🙄 new marking app from Monday", MEAN),
    _r("Well done to our wonderful leadership for cancelling PPA again. Truly inspirational 👏👏", MEAN),
    _r("Love being told how to teach by someone who hasn't been in a classroom since 2003 🙄", MEAN),
    _r("Our MAT's 'wellbeing' offer is a yoga video. Cheers guys 🙃", MEAN),
    _r("lol our head thinks a pizza party fixes staff morale. it doesnt. we're all leaving", MEAN),
    _r("Our head's latest brainwave: no homework, then homework again next week. Make your mind up ffs", MEAN),
    _r("Hands up who else works for a head who takes credit for everything and blames staff for the rest 🙋‍♀️", MEAN),
    # contempt for leaders, governors, the trust, the LA
    _r("Our head couldn't organise a piss-up in a brewery", MEAN),
    _r("The governors at my place wouldn't know a classroom if they fell into one", MEAN),
    _r("Management at ours have the emotional intelligence of a teaspoon", MEAN),
    _r("Our trust are a bunch of money-grabbing suits who don't give a toss about kids", MEAN),
    _r("Honestly the state of the leadership at my school, clown show from top to bottom 🤡", MEAN),
    _r("Ofsted next week and SLT are running round like headless chickens. Shambles as ever", MEAN),
    _r("Another INSET day wasted listening to the head waffle about vision for 3 hours", MEAN),
    _r("Governor here: the board is a talking shop, nobody reads the papers, nobody challenges the head", MEAN),
    _r("Covering for the third time this week because nobody in charge can plan a rota. Absolute clowns.", MEAN),
    _r("The SENCo at ours is about as much use as a chocolate teapot", MEAN),
    _r("Sat in yet another pointless meeting run by people who can't run a bath", MEAN,
       xfail="nothing of the school is named: a meeting run by 'people' could be any club's; left to the model"),
    _r("Pay freeze from the trust while the CEO gets a new Audi. Disgusting priorities.", MEAN),
    _r("The council's education department are incompetent and everyone at our school knows it", MEAN),
    _r("our slt r clueless lol, wudnt know gud teachin if it slapped them", MEAN),
    # colleagues
    _r("Office staff here treat us like dirt and the head just lets them", MEAN),
    _r("TA life: paid peanuts to be treated like a doormat by teachers who think they're better than us", MEAN),
    _r("Can't believe I work with such two-faced people. Smile to your face, knife in your back", MEAN),
    _r("Absolute muppet of a site manager left the heating off all weekend again 🙄", MEAN),
    _r("Receptionist at our school is the rudest woman alive, no wonder parents hate ringing", MEAN),
    _r("Lunchtime supervisor here: the school treats us like we're invisible, never thanked, never listened to", MEAN),
    # pupils and parents called names
    _r("Year 9 are an absolute zoo this year, some of them are properly feral", MEAN),
    _r("Lunch duty with the year 4 animals again 🤡", MEAN),
    _r("Dinner lady here. The kids at this school have zero manners and their parents are worse", MEAN),
    _r("Year 11 this year are the thickest cohort I've ever taught, god help their results", MEAN),
    _r("Those Year 8s are vile little creatures, every single one", MEAN),
    _r("Parents at our school are something else. Half can't read a letter, the other half can't be bothered", MEAN),
    _r("Some of the parents in my class need a parenting course, not a parents' evening", MEAN),
    _r("The parents at this place are proper entitled, expect replies to emails at midnight", MEAN),
    _r("Y10 set 4 = hell on earth. Whoever timetabled them for me last thing Friday hates me", MEAN),
    # the school itself: failing, a dump, leaving it
    _r("Counting the days till I'm out of this dump. 43 to go.", MEAN),
    _r("Working here is like being on a sinking ship with the captain drilling more holes", MEAN),
    _r("Cannot wait to hand my notice in at this circus", MEAN),
    _r("tbh my school is a mess. no behaviour policy worth the name, kids run riot, head hides in office", MEAN),
    _r("Behaviour at my place is beyond a joke and SLT do precisely nothing", MEAN),
    _r("Our school is failing and everyone in the staffroom knows it except the head", MEAN),
    _r("Exit interview tomorrow. Gonna tell them exactly what a toxic hole this place is", MEAN),
    _r("Pupils at my school are a nightmare and the staff have given up", MEAN),
    # parents and the public complain about the school (in the category; the pack decides the verdict)
    _r("This school is a joke. Three teachers in one term and nobody tells us anything", MEAN, "parent"),
    _r("That academy on the hill is a disgrace, kids swearing at the bus stop every day", MEAN, "public"),
    # (after the first run: second round, written before its code ran) other voices and other figures of contempt
    _r("Genuinely embarrassed to say where I work these days, the place is a shambles", MEAN),
    _r("Our head wouldn't recognise good practice if it bit her", MEAN),
    _r("SLT: all mouth, no trousers. As usual.", MEAN),
    _r("Parents' evening tonight. Time to smile at people who think their little darling can do no wrong 🙃", MEAN),
    _r("Another email from the head at 10pm on a Sunday. Clearly thinks we have no lives either 🙄", MEAN),
    _r("The office ladies at my school are the biggest gossips going, tell them nothing", MEAN),
    _r("Whoever wrote our new behaviour policy has clearly never met a 14 year old", MEAN),
    _r("The Y7 parents' WhatsApp group is a cesspit of moaning and misinformation", MEAN),
    _r("Kids at ours are lovely, it's the parents that are the problem. Nightmare, the lot of them", MEAN),
    _r("Our governors rubber-stamp whatever the head wants. Pointless bunch", MEAN),
    _r("teaching here is soul destroying. leadership dont care about anyone but themselves", MEAN),
    _r("My head of department is a bully and everyone in the faculty knows it", MEAN),
    _r("No wonder nobody stays at our school more than a year, the management are vile", MEAN),
    _r("Trust have restructured us again. Translation: fewer TAs, more work. Cheers 🙄", MEAN),
    _r("The local authority could not care less about our SEND kids. Shameful.", MEAN),
    _r("Midday supervisor: the Year 6s are rude little so-and-sos and the teachers never back us up", MEAN),
    _r("Volunteer reader at the school here, never again, the staff were so up themselves", MEAN),
    _r("Ours is a sinking ship and SLT will be first into the lifeboats", MEAN),
    _r("pmsl at our head thinking anyone reads her weekly motivational emails", MEAN),
    _r("Imagine being paid 90k to send emails about lanyards 🤡 #ourCEO", MEAN),
    _r("Parents at the school gate are like a pack of hyenas", MEAN),
    _r("The kids in my form are absolute wastes of space", MEAN),
    _r("Sorry but my class this year are thick as mince", MEAN),
    _r("The catering company feeds our kids slop and the head doesn't care", MEAN),
    _r("Our Ofsted Good is a fiction, the school is held together with gaffer tape", MEAN),
    _r("Whoever runs our school's twitter needs sacking, embarrassing", MEAN),
    # (after the second round: third round, written before its code ran)
    _r("Our 'open door' head has had her door shut since September 🙃", MEAN),
    _r("Management logic: cut the TA hours, then wonder why behaviour's gone to pot", MEAN),
    _r("The new CEO swanned in for a learning walk, ten minutes, never spoke to a child. Visionary stuff.", MEAN),
    _r("Why do governors even exist? Genuinely never seen ours do anything", MEAN),
    _r("Every year the school promises the roof will be fixed. Every year, buckets in the hall. Joke.", MEAN),
    _r("Ugh the Y5 parents. Every. Single. Day. Another email about nothing", MEAN),
    _r("supply at a school in town today. Never again. kids feral, staff couldn't care less", MEAN),
    _r("Honestly whoever's running the trust couldn't run a tap", MEAN),
    _r("At what point does my school admit it's failing? Asking for 400 kids", MEAN),
    _r("Slt be like: 'your wellbeing matters' *sends 14 emails on a Saturday*", MEAN),
    _r("Imagine having a head who actually backs staff. Couldn't be ours", MEAN),
    _r("The council's SEND team lose paperwork like it's a hobby", MEAN),
    _r("My department is run like a playground by a bully with a lanyard", MEAN),
    _r("Our kitchen staff think portion control means two chips per child. Ridiculous.", MEAN),
    _r("Best part of my job? Leaving at 3.30 so I don't have to look at SLT's faces", MEAN),
    _r("gov meeting tonight. 3 hours of the chair hearing his own voice 😴🙄", MEAN),
    _r("The kids aren't the problem at my place, the leadership is", MEAN),
    _r("The school's communication is non-existent. Found out about the closure from another mum.", MEAN, "parent"),
    # (after the third round: fourth round, written before its code ran) more voices: TAs, office staff, cleaners, pupils
    _r("TA here. Teachers at my school treat us like unpaid skivvies and then wonder why we leave", MEAN),
    _r("Office manager: parents at ours think we're a 24 hour helpline. Entitled doesn't cover it", MEAN),
    _r("The head announced 'exciting changes' in briefing. Translation: more work, no pay 🙄", MEAN),
    _r("Cleaner at a local primary. The mess those teachers leave in the staffroom is disgusting", MEAN),
    _r("our school is actually the worst, teachers dont even teach they just give worksheets", MEAN, "pupil"),
    _r("Year 2 parents group chat is toxic, half of them should be banned from the playground", MEAN),
    _r("Honestly don't know what our governors are for. Decorative?", MEAN),
    _r("Apparently I'm 'not a team player' because I won't work unpaid till 7. This place.", MEAN),
    # (after the fifth round: sixth round, written before its code ran) slang, typos, figures of speech
    _r("cba with this school anymore, management r a joke", MEAN),
    _r("Honestly the SLT at my place could start a fight in an empty room", MEAN),
    _r("Our head is all mouth and no trousers, big speeches and zero follow through", MEAN),
    _r("The parents here are a law unto themselves", MEAN),
    _r("Staffroom at ours is a nest of gossips, keep your head down", MEAN),
    _r("The behaviour at my school is shocking and the head just hides in her office", MEAN),
    _r("Another term, another restructure, another load of waffle from the top", MEAN),
    _r("Our governors are window dressing, nothing more", MEAN),
    _r("TAs at ours get treated as free labour, it's a disgrace", MEAN),
    _r("yr 8 r the worst year group ive ever had, proper animals", MEAN),
    _r("Our school's SEND provision is a sham and everyone knows it", MEAN),
    # (after the sixth round: seventh round, written before its code ran) parents, the public and pupils complaining
    _r("Absolute joke of a school. Son's been bullied for months and they've done nothing", MEAN, "parent"),
    _r("The head couldn't care less about working parents, another inset day with a week's notice", MEAN, "parent"),
    _r("Teachers at this school are so rude to parents at the gate, never a smile", MEAN, "parent"),
    _r("Those kids from the academy are a menace on the bus every afternoon", MEAN, "public"),
    _r("Shocking how the school handled the trip letters, half of us didn't even get one", MEAN, "parent"),
    _r("our school's canteen food is literally inedible, they should be ashamed", MEAN, "pupil"),
    _r("The PE teacher clearly has favourites and the rest of the kids can go whistle", MEAN, "parent"),
    _r("Why is the school always the last to know when there's a problem? Useless communication", MEAN, "parent"),
    _r("That school's parents park on the pavement every day, zero respect for residents", MEAN, "public"),
    _r("Reception class teacher is out of her depth, three different stories in one week", MEAN, "parent"),
]


ORDINARY = [
    # tiredness and workload that run no one down
    _r("Long day, need wine 🍷", MEAN),
    _r("Marking till midnight again, send coffee", MEAN),
    _r("So tired I could sleep on the photocopier", MEAN),
    _r("Parents' evening done, 28 appointments, voice gone, feet gone", MEAN),
    _r("Report writing season = no life. See you all in July", MEAN),
    _r("Exhausted. Three observations this week. Survived.", MEAN),
    _r("Hate Mondays. Need coffee.", MEAN),
    _r("Workload is crazy this term, but we're all in it together", MEAN),
    _r("Assessment week: the data drop deadline is brutal but we'll get there", MEAN),
    _r("Why does the photocopier always jam when you're in a rush 😩", MEAN),
    _r("Counting down to half term! 3 sleeps 🎉", MEAN),
    _r("Can't wait for the summer holidays, this term has been a long one", MEAN),
    _r("Behaviour was tough today, but tomorrow's a new day 💪", MEAN),
    _r("Ugh, wet play again. Kids climbing the walls, me too", MEAN),
    # pride and thanks
    _r("Proud of my Year 6s, they smashed their SATs practice today", MEAN),
    _r("Our SLT have been amazing this term, genuinely supportive", MEAN),
    _r("Our head's charity head-shave raised £2k, what an absolute legend", MEAN),
    _r("SLT did bacon butties for everyone this morning, you lot are the best", MEAN),
    _r("Inspection report published today: Good in all areas. So proud of this team", MEAN),
    _r("Our caretaker is an absolute legend, fixed the boiler in ten minutes", MEAN),
    _r("Lunch hall was chaos today but the dinner ladies kept it all together, heroes", MEAN),
    _r("Year 9 were brilliant in the debate, honestly blown away", MEAN),
    _r("I don't know how governors find the time, huge thanks to ours for everything", MEAN),
    _r("Our school got national press today for the eco project, well deserved", MEAN),
    _r("Christmas jumper day! Mr Patel's jumper lights up, amazing", MEAN),
    _r("Honestly this lot make me laugh every single day, best class ever", MEAN),
    _r("Not the worst Monday, the kids were lovely", MEAN),
    _r("Training day on trauma-informed practice, really useful", MEAN),
    _r("Our Year 6 residential was full-on but so worth it", MEAN),
    _r("Grim weather, grim traffic, but the kids' faces make it worth it", MEAN),
    # fond irony that is praise
    _r("The kids' nativity was a total shambles and it was absolutely perfect 😂❤️", MEAN),
    _r("Our head of maths is ruthless at quiz night, we never stand a chance 😂", MEAN),
    _r("Leaving after 12 years. Gonna miss this place and every single one of these kids", MEAN),
    _r("Moving on to a new school in September, excited for the next chapter, thanks for everything", MEAN),
    # national policy and government: political, not the school community
    _r("The government's funding formula is a disgrace, schools are on their knees", MEAN),
    _r("The Ofsted framework is a joke and the DfE know it", MEAN),
    _r("Teacher pay offer is an insult, vote yes in the ballot", MEAN),
    _r("Sat in A&E for 5 hours, NHS staff run off their feet, the government should be ashamed", MEAN),
    _r("The Academies Act was a mistake, bring schools back under local democracy", MEAN),
    _r("Strike day tomorrow. It's about pay and funding nationally, we love our kids", MEAN),
    _r("Reading about the Ofsted changes, not sure it'll fix anything for teachers tbh", MEAN),
    # jokes about oneself
    _r("I'm useless at remembering names, called a Year 3 by her sister's name twice today 🙈", MEAN),
    _r("My classroom looks like a bomb's hit it, I'm a disgrace to tidiness 😂", MEAN),
    _r("Well that went well 🙄 dropped my lunch in the car park", MEAN),
    _r("Another genius idea from me: signing up for a half marathon in February 🤡", MEAN),
    _r("Who decided 8am meetings were a good idea? Oh wait, it was me. Sorry team 😂", MEAN),
    _r("Fell asleep marking and woke up with a pen mark on my face 🤦‍♀️", MEAN),
    _r("Feeling rubbish with a cold, hopeless at everything today", MEAN),
    _r("My own kids were absolute monsters at bedtime, send help", MEAN),
    # sport, weather, roads
    _r("Ref was an absolute joke today, how was that not a penalty?!", MEAN),
    _r("Spurs are a shambles, same every season", MEAN),
    _r("Weather is awful, wet play for the third day running ☔", MEAN),
    _r("The traffic on the school run is a nightmare this morning", MEAN),
    _r("Staff v pupils netball: we got absolutely thrashed by Year 6, humiliating 😂", MEAN),
    _r("Sunday league: our back four were a joke today, 6-0 down at half time", MEAN),
    _r("Our Year 5s beat St Mary's 3-1 in the cup, their keeper was immense though", MEAN),
    _r("Snow day! Enjoy it everyone, stay safe", MEAN),
    # another school, neutrally; facts
    _r("Went to visit another school today for moderation, great to see how they do phonics", MEAN),
    _r("My brother's school in Leeds has gone academy, he's not sure how it'll work out", MEAN),
    _r("The new reading scheme is taking some getting used to but the kids love the books", MEAN),
    _r("The council have finally fixed the pothole outside the gates 🙌", MEAN),
    # parents and the public: questions and thanks
    _r("Could the school let us know when the trip money is due? Thanks", MEAN, "parent"),
    _r("Thank you to the office staff for sorting my son's lost coat, you're stars", MEAN, "parent"),
    _r("Lovely to see the kids singing at the care home today, credit to the school", MEAN, "public"),
    # (after the first run: second round, written before its code ran) the same words in ordinary posts
    _r("Embarrassed to say I forgot my own lanyard AGAIN 🙈", MEAN),
    _r("Applying for headships, wish me luck!", MEAN),
    _r("Our head wore a onesie for Children in Need, what a sport", MEAN),
    _r("Parents' evening tonight, bring on the biscuits", MEAN),
    _r("Our office ladies are the heart of the school, nothing gets past them", MEAN),
    _r("The behaviour policy review meeting was long but we got there", MEAN),
    _r("The Y7 parents' WhatsApp is buzzing about the disco tonight", MEAN),
    _r("Soul destroying watching England lose on penalties again", MEAN),
    _r("The government doesn't care about SEND kids, the national funding is shameful", MEAN),
    _r("Midday supervisors do an amazing job in all weathers, give them a pay rise!", MEAN),
    _r("Volunteered at the school fair today, the staff were so welcoming", MEAN),
    _r("My own two are feral after a week off 😂", MEAN),
    _r("Thick as mince, me. Locked my keys in the car again", MEAN),
    _r("The burger van at the match served proper slop, never again", MEAN),
    _r("Our Ofsted report is out, Good with outstanding features!", MEAN),
    _r("Whoever designed the new car park layout at Tesco needs sacking", MEAN),
    _r("Restructure at my husband's firm, fingers crossed for him", MEAN),
    _r("Clown workshop for Year 2 today 🤡 so much fun", MEAN),
    _r("Circus skills day! Year 4 juggling like pros 🤡🎪", MEAN),
    _r("Staff panto rehearsal: our head is playing the dame and she's hilarious", MEAN),
    _r("Last day at this place after 20 years. It's been an honour", MEAN),
    _r("Counting down the days till my wedding! 43 to go 💍", MEAN),
    _r("Moving house. Can't wait to get out of this dump and into our new place 🏡", MEAN),
    _r("The SLT quiz team are a joke at general knowledge, we thrashed them 😂", MEAN),
    _r("Wet play for the fourth day. The kids are climbing the walls 🙄", MEAN),
    _r("SLT have given us an extra day off at Christmas! 🙌", MEAN),
    _r("Another brilliant idea from our PTA: a pyjama disco! Love it", MEAN),
    _r("Trust conference today, some great ideas to take back", MEAN),
    _r("Our council tax went up again, cheers 🙄", MEAN),
    _r("Sick of this rain 🙄", MEAN),
    # (after the second round: third round, written before its code ran)
    _r("Our 'open door' policy means the head really does have a sofa for anyone who needs a chat ❤️", MEAN),
    _r("Governors' meeting tonight, 3 hours but we got the budget signed off", MEAN),
    _r("Supply at a new school today, kids were lovely and staff so welcoming", MEAN),
    _r("The roof is finally being fixed over the summer, no more buckets in the hall!", MEAN),
    _r("Y5 parents, thank you for all the lovely emails after the trip", MEAN),
    _r("Tell me you're a teacher without telling me: I own 47 glue sticks", MEAN),
    _r("Our kitchen staff made 300 Christmas dinners today, heroes in hairnets", MEAN),
    _r("Best part of my job? The kids' faces when the experiment works", MEAN),
    _r("The council's new cycle lane is a joke, nobody uses it", MEAN),
    _r("Budget cuts from Westminster are killing our schools, write to your MP", MEAN),
    _r("Why do I always volunteer for things? Never learn 🙄", MEAN),
    _r("My own school days were a shambles, I was a nightmare pupil 😂", MEAN),
    _r("Tried the new canteen at work, actually decent!", MEAN),
    _r("The school office will be closed Friday for training, please email instead", MEAN, account="official"),
    _r("Really proud of how our staff handled a tough week, they're incredible", MEAN),
    _r("Feeling useless today, couldn't get the projector to work for love nor money", MEAN),
    _r("Old school reunion tonight! Can't believe it's 20 years", MEAN),
    _r("Wrexham were a shambles today, not fit to wear the shirt", MEAN),
    _r("The new behaviour policy is strict but the kids seem to like the clarity", MEAN),
    _r("Exhausted but happy, parents' evening went really well", MEAN),
    _r("Head's away on a course so the deputy's in charge, fingers crossed for a quiet week 😅", MEAN),
    _r("Going for a new job interview tomorrow, wish me luck!", MEAN),
    _r("Absolute chaos getting 60 kids onto the coach but we made it 🚌😂", MEAN),
    # (after the third round: fourth round, written before its code ran) eye-rolls and leaders in ordinary posts
    _r("Head's away today so I'm on lunch duty all week 🙄 send snacks", MEAN),
    _r("SLT asked us to wear odd socks for anti-bullying week, here's mine 🙃🧦", MEAN),
    _r("Trust wellbeing day tomorrow, actually looking forward to it", MEAN),
    _r("Governors visited Year 3 today, the kids showed them their volcano models 🌋", MEAN),
    _r("The office have asked parents to use the new app for absences, instructions on the website", MEAN),
    _r("Management course this weekend, 9am on a Saturday 🙄 worth it though", MEAN),
    _r("Deputy head's leaving do tonight, going to miss her so much", MEAN),
    _r("Teachers, how do you get anything done in a 20 minute lunch? Genuine question", MEAN),
    _r("Our cleaner found a mouse in the staffroom, screaming 🐭😂", MEAN),
    _r("Year 2 parents group chat is a lifesaver, always someone who knows what's for homework", MEAN),
    _r("school trip to the science museum was actually sick", MEAN, "pupil"),
    _r("Apparently I'm the 'fun' teacher now because I did a quiz 😎", MEAN),
    _r("The head just walked in on me singing to myself in the corridor 🤦‍♀️", MEAN),
    _r("Trust CEO visited today and taught a Year 6 maths lesson, very impressive", MEAN),
    _r("The new MAT logo is on everything now, even the mugs ☕", MEAN),
    # (after the fourth round: fifth round, a review of the new rules' own risks, written before its code ran)
    _r("The kids were running round like headless chickens at sports day 😂", MEAN),
    _r("Watching Traitors with the kids tonight, so much backstabbing 🍿", MEAN),
    _r("lmao at my Year 9s trying to pronounce Worcestershire", MEAN),
    _r("Booked the afternoon off so I don't have to see the kids cry at the leavers' assembly 😭", MEAN),
    _r("Time to leave this madhouse and go on holiday! 🏖️", MEAN),
    _r("Another brilliant idea from our head: a reading picnic on the field! 📚☀️", MEAN),
    _r("Twenty years and I still can't believe I get to work here. This place!", MEAN),
    _r("Year 6 eat biscuits like it's a sport, the tin was empty by 10 😂", MEAN),
    # (added after the fifth run) sincere praise that says "another"
    _r("Our head has had another brilliant idea: a reading picnic on the field! 📚☀️", MEAN),
    # (after the fifth round: sixth round, written before its code ran)
    _r("cba with marking tonight, tomorrow's problem", MEAN),
    _r("Our head could start a conversation with anyone, such a people person", MEAN),
    _r("The parents here are so generous, the food bank collection was huge", MEAN),
    _r("Staffroom gossip today: who's getting married in the summer 💍", MEAN),
    _r("Trust spent the morning showing us the new rebrand, actually quite nice", MEAN,
       xfail="the model alone (p 0.48) on a neutral post naming the trust; a praise gate on the model lost sarcastic "
             "praise in the seed files, so it was not kept"),
    _r("Another term, another set of new faces, welcome to our new starters!", MEAN),
    _r("Governors' window display competition is on, get your entries in", MEAN),
    _r("Year 8 were animals at the zoo trip... literally, face paint 🐯", MEAN,
       xfail="a word taken back as literal ('literally, face paint') is not told apart from name-calling"),
    _r("My brother says his school's SEND provision is brilliant", MEAN),
    _r("It's a disgrace how little the government funds SEND", MEAN),
    _r("Our TA is a legend, the class would fall apart without her", MEAN),
    _r("Behaviour was wild in the storm today, the wind always sends them giddy", MEAN),
    # (after the sixth round: seventh round, written before its code ran) parents, the public and pupils, neutrally
    _r("Does anyone know if the school is open on Friday? The letter didn't say", MEAN, "parent"),
    _r("Thank you to the teachers for a fab nativity, my son hasn't stopped singing", MEAN, "parent"),
    _r("Anyone have a spare school jumper age 7-8? Ours has vanished again 🙈", MEAN, "parent"),
    _r("Lovely to see the kids from the academy litter picking in the park today", MEAN, "public"),
    _r("Trip letter came home today, can't believe he's old enough for a residential 😭", MEAN, "parent"),
    _r("last day of year 11 today, gonna miss everyone so much", MEAN, "pupil"),
    _r("My son's teacher is leaving at Christmas, we're gutted, she's been amazing", MEAN, "parent"),
    _r("Is it just me or has this term flown by? Half term already!", MEAN, "parent"),
    _r("Roadworks outside the school again, leave extra time for pick up", MEAN, "public"),
    _r("Parents, remember the PE kit day has changed to Thursday", MEAN, "parent"),
    # (added after the seventh run) the comic's name
    _r("Dennis the Menace day tomorrow, red and black stripes at the ready!", MEAN),
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
