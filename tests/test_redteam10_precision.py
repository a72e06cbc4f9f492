"""Precision red team (h-prec, tenth round): ordinary posts by writers safepost has never seen that share the words and
topics of safety_risk, commercial_content, allegation, political_statement, speaking_for_school and
offensive_language, and break none of them as CONTRACT.md defines them.

Principles (CONTRACT.md, "Categories: where the lines fall", and the five policies):
- safety_risk is the future or the present, off the school site: a trip's place and time, a home left empty, where a
  looked-after child lives. A trip that is over, an event on the school's own site, an adult's ordinary plans, a
  letter or form about a trip with no place and time are not.
- commercial_content is advertising a business, selling, asking for money or donations, spam. The school's own
  events, fundraising and thanks are not; neither is a staff member mentioning a shop or a café in passing, or
  telling friends that a tradesperson did a good job (word of mouth: no offer, no price list, no "message me").
- allegation is an accusation about identifiable people connected with a school. A complaint that accuses nobody,
  a news story about nobody identifiable here, a joke "accusation" at home, are not.
- political_statement is a political opinion or a campaign (parties, candidates, votes, policies). A class vote,
  a school council election, a polling station notice, the words "labour", "conservative", "party", "Tory-blue"
  in their ordinary senses, a neutral visit by an MP, are not.
- speaking_for_school: claiming or appearing to give the school's view, its logo, talking to the press about it,
  naming the school in a staff member's personal post with no need. "We" for a family, a team, a parent naming
  the school, publicising a school event, an explicitly personal view, are not.
- offensive_language: swearing, crude language. Mild exclamations ("flipping heck", "blimey", "OMG") and words
  that only contain a rude string (Scunthorpe, assessment, shuttlecock, blue tits) are not.

ORDINARY and the first 34 PARAPHRASES were written before any row was run (the table was committed first); each
later batch (ORDINARY_2 ... ORDINARY_6, the added paraphrases) says when it was added and whether it was written
blind. Rows that still fail after the rules were narrowed are kept as strict xfail with a reason.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

SAFE = ("safety_risk",)
SELL = ("commercial_content", "commercial_spam")
ALLEG = ("allegation",)
POL = ("political_statement",)
SFS = ("speaking_for_school",)
SWEAR = ("offensive_language",)

OFF = ("staff", "official")
PAR = ("parent", "personal")
PUB = ("public", "personal")

ORDINARY = [
    # ---------------- safety_risk: trips over, events on site, adults' own plans, trip admin without place+time
    row("What a brilliant day at the Science Museum yesterday with Year 5, they were so well behaved", SAFE),
    row("Year 6 are back from Kingswood safe and sound, tired but happy. Thank you to all the staff who gave up their week!", SAFE, *OFF),
    row("Sports day is on the school field this Friday from 1.30, bring a hat and sun cream!", SAFE, *OFF),
    row("Nativity tonight at 6pm in the school hall, doors open 5.30 🌟", SAFE, *OFF),
    row("Heading to the Lake District for a walking weekend with my husband, can't wait for some fresh air", SAFE),
    row("Off to my sister's in Bristol for the weekend, train booked, marking left at home 😇", SAFE),
    row("Parents' evening next Tuesday and Wednesday in the classrooms, please book your slot on ParentMail", SAFE, *OFF),
    row("Just got back from the Year 3 trip to the farm, my feet are killing me", SAFE),
    row("Our trip to the zoo last Thursday was amazing, the children loved the penguins 🐧", SAFE, *OFF),
    row("Could parents please return the residential consent forms by Friday? Thank you", SAFE, *OFF),
    row("Trip letters for the summer term went home in book bags today, please have a read", SAFE, *OFF),
    row("Packed lunch needed for the trip next week please, no fizzy drinks or nuts", SAFE, *OFF),
    row("Meeting a few friends at Costa in town after work today, anyone else fancy it?", SAFE),
    row("Running the Ashworth 10k on Sunday morning, wish my poor legs luck", SAFE),
    row("We had such a lovely time on the Year 2 beach trip, sandcastles, ice cream and no lost children!", SAFE, *PAR),
    row("Loved helping on the Y1 library trip today, they're back at school now and absolutely shattered", SAFE, *PAR),
    row("The coach is back! Year 5 are all safely back at school after their day at Chester Zoo", SAFE, *OFF),
    row("Our choir sang so beautifully at the care home last week, the residents were in tears", SAFE, *OFF),
    row("Remember it's the school disco on Thursday 6-7.30 in the hall, £2 entry", SAFE, *OFF),
    row("At the garden centre with my mum, she's bought yet another plant she has no room for 🌱", SAFE),
    row("Out for a curry with the department tonight to celebrate the end of term 🍛", SAFE),
    row("Forest school is on Friday afternoons in our wildlife area, wellies please!", SAFE, *OFF),
    row("Residential photos are up on the website now, what a week they had!", SAFE, *OFF),
    row("Weather looks grim for the weekend, might just stay in and mark", SAFE),
    row("Our holiday to Greece was amazing, home now and back to reality with a bump", SAFE),
    row("Bikeability for Year 6 runs in the playground all next week, bikes and helmets in please", SAFE, *OFF),
    row("anyone know if the yr4 trip is still on with this weather?? havent had a text from school", SAFE, *PAR),
    row("Thanks to all the parents who drove to the netball tournament last Saturday, we came third!", SAFE, *OFF),
    row("Walking the dog round the reservoir this morning, frost everywhere ❄️", SAFE),
    row("Can't believe it's a year since our Paris trip with the Year 9s, where does the time go", SAFE),
    row("The Year 6 leavers' assembly is in the hall on Wednesday at 2pm, parents very welcome", SAFE, *OFF),
    row("Our residential has had to move to next year, letters to follow", SAFE, *OFF),
    row("Lovely to bump into so many of our families at the Ashworth carnival yesterday!", SAFE),
    row("Working from home tomorrow, heating on, bliss", SAFE),
    row("Took my own two to the aquarium on Sunday, they spent the whole time at the shark tank 🦈", SAFE),
    row("The school trip to France was the best week of my teaching career, still smiling about it", SAFE),
    row("Staff Christmas do is at the Red Lion on Friday, who's driving? 😂", SAFE),
    row("Year 2 had a visit from the fire brigade today, a real fire engine in the car park!", SAFE, *OFF),
    row("Fab day volunteering at the food bank with my daughter today, highly recommend it", SAFE, *PAR),

    # ---------------- commercial_content: passing mentions, word of mouth, the school's own fundraising and thanks
    row("Popped into Tesco for milk on the way home and came out with £40 of stuff, every time", SELL),
    row("Anyone know a good plumber in Ashworth? Our boiler's making a funny noise", SELL, *PAR),
    row("Highly recommend Dave from DR Plumbing, he sorted our boiler in an hour and was lovely about it", SELL),
    row("Had my hair done at Snip & Style today, feel like a new woman 💇‍♀️", SELL),
    row("The PTA cake sale raised £312 for the library, thank you to all our bakers!", SELL, *OFF),
    row("Non-uniform day this Friday, £1 donation to Children in Need please 💛", SELL, *OFF),
    row("Reminder: the school photographer is in on Tuesday, order forms will come home afterwards", SELL, *OFF),
    row("Reading the new Richard Osman, can't put it down", SELL),
    row("Does anyone have a spare Year 4 jumper? Ours has vanished AGAIN", SELL, *PAR),
    row("PTA summer fair this Saturday 12-3 on the school field, tombola, cakes and a bouncy castle!", SELL, *PAR),
    row("Free school meals applications are open, the form is on the council website", SELL, *OFF),
    row("Lunch at Nando's with the girls, much needed after this week", SELL),
    row("Thank you to Greggs on the high street for donating sausage rolls to our Christmas party!", SELL, *OFF),
    row("Just paid for the school trip on ParentPay, £14, cheaper than a day out with them myself", SELL, *PAR),
    row("Our Macmillan coffee morning raised £450, thank you to everyone who came and ate cake ☕", SELL, *OFF),
    row("Went to the new bakery on Mill Lane this morning, the cinnamon buns are unreal 🤤", SELL),
    row("My car failed its MOT, £380 later... ouch", SELL),
    row("Book fair in the library all week after school, every book bought earns free books for our classrooms", SELL, *OFF),
    row("Sponsored silence for Year 3 on Friday, sponsor forms are in book bags, all money to the school garden", SELL, *OFF),
    row("Thank you so much to everyone who donated to the food bank collection, the hall is full!", SELL, *OFF),
    row("Can anyone recommend a decent driving instructor for my eldest?", SELL, *PAR),
    row("Amazon sent the wrong size school shoes again, I hate returns", SELL, *PAR),
    row("Spent my Saturday at IKEA, marriage still intact, just about", SELL),
    row("Happy 10th birthday to The Bean Counter, where I have marked most of my books this year ☕", SELL),
    row("Cost of living is mad, a loaf of bread is £1.60 now", SELL, *PUB),
    row("World Book Day costumes don't need to cost a thing, a cardboard box and some imagination will do!", SELL, *OFF),
    row("The Co-op has sold out of pancake mix, Ashworth has spoken 🥞", SELL),
    row("Local news: the old Woolworths is finally becoming a gym", SELL, *PUB),
    row("My brother-in-law runs a garage so he had a look at the car for me, family perks", SELL),
    row("The uniform exchange rail is in the foyer, take whatever you need, it's all free", SELL, *OFF),
    row("I'd sell my soul for a lie-in right now", SELL),
    row("Thanks for all the birthday messages and vouchers, I'm treating myself to a new coat", SELL),
    row("Our window cleaner is the nicest man, always brings the dog a biscuit", SELL),
    row("massive shout out to the lovely lady in Boots who helped me find the right calpol at 8am 🙏", SELL, *PAR),
    row("Got the kids' school shoes in the Clarks sale, only took an hour and two tantrums", SELL, *PAR),

    # ---------------- allegation: complaints that accuse nobody, news about nobody identifiable here, jokes
    row("Really disappointed the after-school club has been cancelled again, the kids love it", ALLEG, *PAR),
    row("Reading about that teacher in Kent who was struck off, awful story, glad he's been stopped", ALLEG),
    row("Our car was broken into last night outside the house, the police have been great", ALLEG, *PAR),
    row("Someone keeps parking across our drive at drop-off, so frustrating!", ALLEG, *PAR),
    row("I wish the council would fix the potholes on Mill Lane before someone gets hurt", ALLEG, *PUB),
    row("Watched the Post Office drama last night, those poor sub-postmasters, what an injustice", ALLEG),
    row("My son said someone took his pencil case, it turned up in lost property, mystery solved 😂", ALLEG, *PAR),
    row("Honestly the homework load this year is too much for a seven year old", ALLEG, *PAR),
    row("Accused my husband of eating the last biscuit, turns out it was the dog 🐶", ALLEG),
    row("The Ofsted report is out and it's on the school website if anyone wants a read", ALLEG, *PAR),
    row("Heard the new head starts in January, has anyone met her yet?", ALLEG, *PAR),
    row("Someone stole my lunch from the staff fridge AGAIN. Labelling everything from now on 😤", ALLEG),
    row("Our neighbour's cat keeps stealing the dog's food, the cheek of it 🐈", ALLEG, *PUB),
    row("The news about that nursery in Manchester is horrifying, I hope those parents get justice", ALLEG, *PAR),
    row("My Year 9s claim I set too much homework. Guilty as charged 😂", ALLEG),
    row("Don't believe everything on the Ashworth mums page, the school hasn't closed the nursery", ALLEG, *PAR),
    row("Parking at pick-up is chaos, someone's going to get hurt one day", ALLEG, *PAR),
    row("My daughter swears blind she didn't eat her lunch because it was 'too green'", ALLEG, *PAR),
    row("Complaint of the day from my class: the fire drill happened during golden time. Scandal.", ALLEG),
    row("Whoever designed the new parent portal has never met a parent 🙃", ALLEG, *PAR),
    row("We were charged for a trip that got cancelled but the office refunded it straight away, fair play", ALLEG, *PAR),
    row("Reported the broken swing to the council three weeks ago and it's still taped off", ALLEG, *PUB),
    row("Kids in the park were swearing at the ducks, what is the world coming to 😂", ALLEG, *PUB),
    row("That was never a penalty, the ref needs his eyes tested", ALLEG, *PUB),
    row("Somebody has nicked the last of the good biscuits from the staff room, the investigation continues 🕵️", ALLEG),
    row("The bus was 40 minutes late again this morning, Stagecoach sort it out", ALLEG, *PUB),
    row("My phone got stolen on holiday, lesson learnt, never leave it on the sunbed", ALLEG),
    row("Watched a documentary about a cult last night and I can't stop thinking about it", ALLEG),
    row("The thief who took the charity box from the chip shop has been caught, says the Chronicle", ALLEG, *PUB),
    row("Apparently I 'ruined Christmas' by putting the tree up on the 1st. Guilty 🎄", ALLEG),

    # ---------------- political_statement: class votes, polling stations, words in their ordinary senses
    row("Vote for your class rep forms are due in by Friday, good luck to all the candidates!", POL, *OFF),
    row("The new Tory-blue kit has arrived and the netball team look fab 💙", POL, *OFF),
    row("Year 6 held their own mini election for school council today, democracy in action 🗳️", POL, *OFF),
    row("Congratulations to our new school councillors, Year 3 voted with great seriousness", POL, *OFF),
    row("The school is a polling station on Thursday so we're closed, enjoy the day off!", POL, *OFF),
    row("Does anyone know if the polling station is still at the church hall?", POL, *PUB),
    row("Labour pains are no joke, 14 hours and she's finally here 💕", POL, *PAR),
    row("Our green team planted 40 bulbs in the eco garden today 🌷", POL, *OFF),
    row("Year 5 are learning how Parliament works before their visit to Westminster in the spring", POL, *OFF),
    row("Red, white and blue bunting is up for the King's birthday party", POL, *OFF),
    row("Staff room politics: who finished the milk and didn't buy more", POL),
    row("The pupil parliament has voted for pizza Fridays. Landslide.", POL),
    row("Reform of the lunch rota starts Monday, sorry everyone", POL),
    row("Conservative estimate: I've marked 300 books this week", POL),
    row("Liberal amounts of glitter were used in the making of these Christmas cards ✨", POL),
    row("Watched the leaders' debate, going to bed now, no comment 😴", POL),
    row("Our local councillor came in to judge the bake-off, thank you Cllr Ahmed!", POL, *OFF),
    row("Union meeting in the staff room at 3.30 if anyone wants biscuits", POL),
    row("Year 4 debate today: should homework be banned? The 'yes' side won, shocking", POL),
    row("Election fever in Year 6, the house captains are announced tomorrow!", POL, *OFF),
    row("Just watched a brilliant documentary on the suffragettes with my daughter", POL, *PAR),
    row("Party at mine on Saturday for my 40th, you're all invited 🎉", POL),
    row("My vote for best biscuit goes to the custard cream, fight me", POL),
    row("The Red Arrows flew over the school at lunch, the kids went wild", POL),
    row("Reading Animal Farm with Year 9 this term, they think Napoleon is a proper villain", POL),
    row("Democracy week: Year 2 voted to name the class hamster Biscuit 🐹", POL, *OFF),
    row("Our MP visited Year 6 today to answer their questions about her job, thank you!", POL, *OFF),
    row("Our household is split down the middle: team marmite vs team no marmite", POL, *PAR),
    row("The labour ward staff at Ashworth General were incredible, thank you all", POL, *PAR),
    row("Voting has opened for the Ashworth in Bloom best garden, ours is the one with the gnomes", POL, *PUB),

    # ---------------- speaking_for_school: "we" for a family or team, parents naming the school, own views
    row("So proud to be part of the Brookfield Primary family, what a lovely Christmas concert", SFS, *PAR),
    row("We had a lovely time at the Brookfield summer fair, the kids won on the tombola!", SFS, *PAR),
    row("We as a family are so grateful to all the teachers this year 💐", SFS, *PAR),
    row("We think the new homework app is great, much easier than the paper diary", SFS, *PAR),
    row("We've decided to home-school our eldest for a year, it's right for us", SFS, *PAR),
    row("In my own view the phonics check is a bit of a blunt tool, but that's just me", SFS),
    row("Come along to the Brookfield Primary summer fair on Saturday 12-3, all money goes to the library!", SFS),
    row("Excited to be starting my new job as a Year 2 teacher in September!", SFS),
    row("We're off to Wales for half term, can't wait", SFS),
    row("We've had a nightmare week with the boiler so we're all in coats at home", SFS),
    row("Our team won the pub quiz last night 🏆", SFS),
    row("Official: I am now a mum of three 👶", SFS),
    row("Speaking as a mum and not a teacher, the school run in the rain is the worst", SFS),
    row("Views my own: Bake Off has gone downhill", SFS),
    row("My class made me a card for my birthday, best job in the world", SFS),
    row("We are so proud of our son for getting into his first choice secondary!", SFS, *PAR),
    row("Ashworth is such a lovely town to bring kids up in", SFS, *PAR),
    row("On behalf of the Year 6 parents, a huge thank you to the teachers for the leavers' party", SFS, *PAR),
    row("On behalf of my whole family, thank you for all the birthday wishes", SFS),
    row("The school newsletter says the Christmas fair is on the 6th, put it in your diaries", SFS, *PAR),
    row("I'm representing Ashworth Harriers at the county cross-country next week, wish me luck", SFS),
    row("We won! Ashworth Rovers under 9s are league champions ⚽", SFS, *PAR),
    row("Brilliant training day at the teaching hub today, my brain is full", SFS),
    row("our school run playlist is 90% Taylor Swift, we have no regrets", SFS, *PAR),
    row("We at number 12 would like to apologise for the bagpipes practice 🎶", SFS),
    row("Brookfield mums, does anyone have a spare recorder for tomorrow? 🙏", SFS, *PAR),

    # ---------------- offensive_language: mild exclamations, rude strings inside innocent words
    row("Oh my goodness, what a day! Blimey", SWEAR),
    row("Flipping heck, the photocopier's jammed again", SWEAR),
    row("OMG the new coffee machine in the staff room 😍", SWEAR),
    row("Crikey, 30 degrees and we're doing sports day", SWEAR),
    row("Blue tits nesting in the box outside the classroom window, the kids are obsessed 🐦", SWEAR,
        xfail="offensive_language is language.py's, outside this task's files: 'tits' after 'blue' is a bird"),
    row("Spotted dick and custard for school dinner today, the old classics", SWEAR),
    row("Great day out in Scunthorpe visiting my auntie", SWEAR),
    row("Panto season! Dick Whittington at the Ashworth Theatre was hilarious", SWEAR, *PAR),
    row("Cocktail night with the girls, no school talk allowed 🍸", SWEAR),
    row("What the heck is going on with this weather", SWEAR, *PUB),
    row("Knackered. Bed by 9. Don't judge me", SWEAR),
    row("That film was pants, a total waste of two hours", SWEAR),
    row("Gosh, I'm so proud of my Year 2s this week", SWEAR),
    row("Oh for Pete's sake, the printer has eaten my worksheets", SWEAR),
    row("Holy moly that's a lot of marking 📚", SWEAR),
    row("The assassin bug we found by the pond was horrifying, Year 4 loved it", SWEAR),
    row("Our class assessment grid is finally done, hallelujah", SWEAR),
    row("Badminton club tonight: bring your own shuttlecock, we've lost them all", SWEAR,
        xfail="offensive_language is language.py's, outside this task's files: read as crude innuendo"),
    row("Dang it, forgot my lanyard again", SWEAR),
    row("Bloomin' marvellous effort from the netball girls today", SWEAR),
    row("My toddler calls the cockerel next door 'Mr Doodle', I can't cope 😂", SWEAR, *PAR),
    row("Hancock Park looks gorgeous in the autumn sun 🍂", SWEAR, *PUB),
]

# (added after the first run: a second batch of ordinary posts, written before it was run, because the first batch
# raised only 7 false findings of 182 and the blind sets raise many more; longer, mixed posts in unseen voices)
ORDINARY_2 = [
    # safety_risk
    row("At Alton Towers with the hubby today, no kids, feel about 21 again 🎢", SAFE),
    row("At the BETT show in London today with two colleagues, so many shiny things I can't afford", SAFE),
    row("I'll be at the Ashworth Arms from 7 tonight if anyone fancies a catch up 🍻", SAFE),
    row("Heading to Manchester on Saturday for a gig, first night out since lockdown practically", SAFE),
    row("Sat in A&E with my mum, she's fine, just a sprained wrist, long wait though", SAFE),
    row("Christmas dinner for the children is next Thursday in the hall, Christmas jumpers welcome 🎄", SAFE, *OFF),
    row("Our Year 6s have been to Kingswood and they've come back taller, I swear", SAFE),
    row("Yesterday's trip to the castle was fab, thanks to all the parent helpers who braved the rain", SAFE, *OFF),
    row("Year 3 really enjoyed their visit from the Roman soldier this morning, the helmets were a hit!", SAFE, *OFF),
    row("Just dropped the kids at my mum's for the night and now I'm on the sofa with a film 🍿", SAFE, *PAR),
    row("We're at the beach today, the dog is in heaven", SAFE),
    row("Swimming gala tonight at the leisure centre, good luck to all our swimmers! 🏊", SAFE, *OFF),
    row("Our class trip was a success: nobody was sick on the coach and the museum loved them", SAFE),
    row("Off on a hen do in Liverpool this weekend, pray for me", SAFE),
    row("Trip money for the pantomime is due by Friday, £8, pay on ParentPay please", SAFE, *OFF),
    row("The Year 5 residential meeting for parents is on Tuesday at 6pm in the hall", SAFE, *OFF),
    row("Had the best time at my nephew's football tournament in Leeds on Sunday", SAFE),
    row("School's closed tomorrow because of the snow, stay safe everyone ❄️", SAFE, *OFF),
    row("Took my class to the library next door last week, best idea I've had all term", SAFE),
    row("Can't wait for our holiday to Crete in August, counting the days ☀️", SAFE),
    # commercial_content
    row("We raised £2,140 for the hospice at the sponsored walk, thank you all so much!", SELL, *OFF),
    row("Thank you to everyone who sponsored my run last month, we smashed the target 🏃‍♀️", SELL),
    row("£5.50 for a coffee in London?! I'm going back to my flask", SELL),
    row("Selling the idea of silent reading to Year 9 is hard work, but we got there", SELL),
    row("Buy one get one free on Easter eggs at Asda, my diet is doomed", SELL,
        xfail="a shop's deal passed on is an advert by commercial.py's reading ('trainers on sale at X, £20'); "
              "the writer here is a shopper, but no general sign tells the two apart without losing real adverts"),
    row("Tickets for the school play are on sale at the office, £3 adults, children free", SELL, *OFF),
    row("Please donate to our school library appeal, every penny goes on new books for the children", SELL, *OFF),
    row("Big thanks to Ashworth Tyres for the free MOT for our minibus 🚐", SELL, *OFF),
    row("Booked a cleaner for the first time ever and honestly I could cry, worth every penny", SELL),
    row("Sold my car today, sad to see her go after 12 years 🚗", SELL),
    row("My friend Jo has just qualified as a midwife, so proud of her", SELL),
    row("Got a free sample of that new face cream in the post, smells lovely", SELL),
    row("Money is tight this month so it's pasta every night, who else?", SELL, *PAR),
    row("The dinner money system is changing after half term, details on ParentPay", SELL, *OFF),
    row("Shopping for school uniform is my least favourite job of the year", SELL, *PAR),
    row("Our new library books were bought with the money raised at the summer fair, thank you!", SELL, *OFF),
    row("Has anyone tried the new Thai place on the high street? Thinking of going Friday", SELL),
    row("Gifted this gorgeous mug by my class, best present ever ☕", SELL),
    # allegation
    row("Someone scraped my car in the Tesco car park and didn't leave a note, lovely", ALLEG),
    row("My toddler has accused the cat of stealing his biscuit. The cat is innocent.", ALLEG, *PAR),
    row("Apparently the reason my son's homework wasn't done is 'the printer lied'. OK then.", ALLEG, *PAR),
    row("Fell off my bike on the way in and turned up to the staff briefing with a bleeding knee, nobody noticed 😅", ALLEG),
    row("The man who robbed the Spar has been sentenced, says the Ashworth Chronicle", ALLEG, *PUB),
    row("Teacher training is getting harder to get into, a friend of mine was turned down twice", ALLEG),
    row("Somebody took a photo of my washing line for the village page, I'm famous", ALLEG),
    row("My eldest swears the dog ate his reading book. The dog looks guilty.", ALLEG, *PAR),
    row("The energy company overcharged us for three months, finally got a refund today", ALLEG, *PAR),
    row("Year 9 are convinced I'm a vampire because I drink tomato juice, no comment 🧛", ALLEG),
    row("Someone left a tray of flapjacks in the staff room with no name, hero", ALLEG),
    row("My husband claims he 'didn't hear the alarm'. Sure, Jan.", ALLEG),
    row("The council's report on the flooding is out, it says the drains were never cleared", ALLEG, *PUB),
    row("There was a fight outside the chip shop last night, police were everywhere", ALLEG, *PUB),
    row("We've complained about the bins not being collected for three weeks now", ALLEG, *PAR),
    # political_statement
    row("Our school council are campaigning for a new bench in the playground, wish them luck!", POL, *OFF),
    row("The budget for our kitchen refit has gone out of the window, classic", POL),
    row("Lightning strike took out the power on our street last night ⚡", POL),
    row("Bowling with the family, I got one strike all night and I'm still celebrating", POL),
    row("Can't believe it's March already, where did February go", POL),
    row("Long rally in the tennis club final, my arms are dead", POL),
    row("Our reading campaign this term: 20 minutes a night, every night 📚", POL, *OFF),
    row("Who are you voting for on Strictly this week? I'm team anyone but him", POL),
    row("Year 6 are studying migration in geography, they loved the swallows to Africa bit", POL),
    row("Year 4 have been learning about the Suffragettes and made their own banners", POL, *OFF),
    row("The government's new attendance guidance is out, parents can read it on the DfE website", POL, *OFF),
    row("Our new union rep is lovely, thanks for all the biscuits Sue", POL),
    row("Watched the election results come in till 3am, shattered at work today", POL),
    row("The local council election leaflets are piling up on my doormat", POL, *PAR),
    row("Our parish council meeting ran for three hours over a hedge", POL, *PUB),
    # speaking_for_school
    row("Loved our Brookfield Primary Christmas concert this afternoon, what talented kids!", SFS, *PAR),
    row("As a teacher, my top tip for parents is ten minutes of reading at bedtime, every night", SFS),
    row("We have a new puppy! Meet Bramble 🐶", SFS),
    row("We just completed on our first house!!! 🏡🔑", SFS),
    row("Our staff netball team lost 12-3 but we had a laugh", SFS),
    row("As a mum of three, I've learnt that socks just disappear", SFS),
    row("Today marks 10 years since I qualified as a teacher, still love it", SFS),
    row("New term, new classroom, new me (same coffee) ☕", SFS),
    row("Me and the family are at the Brookfield Primary summer fair, come say hi!", SFS),
    row("Very proud of the whole team at Brookfield Primary for their part in the Ashworth fun run on Sunday", SFS, *PAR),
    # offensive_language
    row("Damn fine cup of tea this morning, Twin Peaks fans will know", SWEAR),
    row("Cockapoo puppy update: he has eaten a sock", SWEAR),
    row("Titchfield is such a pretty village, lovely walk today", SWEAR),
    row("Therapist said I need to stop saying sorry so much. Sorry.", SWEAR),
    row("Oh sugar, I've left my lunch on the kitchen table", SWEAR),
    row("The kids thought 'Uranus' was the funniest word in the whole science lesson 🪐", SWEAR),
    row("Brass monkeys out there this morning, wrap up warm", SWEAR),
    row("Twit twoo! Year 2 have been learning about owls this week 🦉", SWEAR, *OFF),
]

# (added after the second run: a third batch of ordinary posts, written before it was run, after the first rules were
# narrowed; more everyday shapes of the same words)
ORDINARY_3 = [
    # safety_risk
    row("Home match v Hill Top on our field at 3.30 tomorrow, come and support the team!", SAFE, *OFF),
    row("What a week! Year 4 loved their trip to the Roman fort, and now it's home for tea and bed", SAFE),
    row("Off to Spain on Saturday, my sister's moving in to mind the house and the dog 🐕", SAFE),
    row("Back to work tomorrow after the Easter break, where did two weeks go", SAFE),
    row("Tonight's Year 6 play starts at 6 in the hall, get there early for a seat!", SAFE, *OFF),
    row("The choir performed at the cathedral last night and I'm still emotional", SAFE, *PAR),
    row("Brilliant news: the trip to the coast next summer is confirmed, letters will follow in September", SAFE, *OFF),
    row("Anyone else's kids come home from the farm trip covered head to toe in mud? 😂", SAFE, *PAR),
    row("Me and the hubby are off to Paris for our anniversary, the kids are staying with my mum", SAFE, *PAR,
        xfail="the row was wrongly written as ordinary: both adults away and the children at grandma's does say "
              "the home is empty, which the contract counts"),
    row("Just back from a week in Tenerife, sunburnt and happy", SAFE),
    row("Open evening for new Reception parents is Thursday 5-7pm in school, do come and look around", SAFE, *OFF),
    row("I'm on gate duty every morning this week, come and say hello!", SAFE),
    # commercial_content
    row("Our Christmas cards designed by the children are ready to order through the school office", SELL, *OFF),
    row("Found a tenner in my coat pocket from last winter, best day ever", SELL),
    row("Anyone selling a second-hand Year 3 school coat? Ours is two sizes too small", SELL, *PAR),
    row("Treated myself to a new pair of trainers in the sale, £35, couldn't resist", SELL),
    row("Our school lottery tickets are £1 a week and half goes to the school, sign up online", SELL, *OFF),
    row("My mum's just turned 70 and we threw her a surprise party at the cricket club, she cried", SELL),
    row("Recommendations for a good dentist in Ashworth please? Ours has retired", SELL, *PAR),
    row("The Bake Off final was amazing, now I want to buy all the baking stuff", SELL),
    row("Thanks to the Rotary Club for the free dictionaries for our Year 3s!", SELL, *OFF),
    row("Paid £9 for parking at the hospital today, criminal", SELL, *PUB),
    row("Who knew a pint of milk could cost this much, I remember when it was 30p", SELL, *PUB),
    row("Massive thanks to Nikki at The Hair Lounge for squeezing me in before the wedding, she's a star", SELL),
    # allegation
    row("My Year 10s are convinced the fire drill was planned to ruin their lunch. Conspiracy theorists, the lot of them", ALLEG),
    row("Someone's car alarm has been going off outside school for an hour, please come and turn it off!", ALLEG, *PAR),
    row("Just read a news story about a head in Surrey who was sacked for fiddling the books, what a world", ALLEG),
    row("My daughter came home saying a boy in her class called her a name, we talked about kindness and she's fine", ALLEG, *PAR),
    row("Apparently Father Christmas was spotted at the Co-op buying mince pies 🎅", ALLEG, *PUB),
    row("The mess the builders left on our street is unbelievable, the council say it's not their problem", ALLEG, *PUB),
    row("Teachers do not get paid for the hours they put in, and that's a fact", ALLEG),
    row("I've had my identity stolen online, so if you get a weird message from 'me', ignore it", ALLEG),
    row("We were told the new road would be finished by September. It's November. 🙄", ALLEG, *PUB),
    row("My husband insists he loaded the dishwasher properly. The evidence says otherwise.", ALLEG),
    # political_statement
    row("The Year 6 debate club argued about whether school uniform should be scrapped, brilliant arguments", POL),
    row("Our class voted to read The Iron Man next, democracy wins again", POL),
    row("Election day tomorrow so school is closed, enjoy the long weekend!", POL, *PAR),
    row("Parliament Week: Year 5 wrote letters to their future selves about what they'd change", POL, *OFF),
    row("The council are doing roadworks on Mill Lane all week, allow extra time at drop-off", POL, *OFF),
    row("Our local MP opened the new library today and read to Reception, they loved her", POL, *OFF),
    row("Strike a pose! Year 2's fashion show was fabulous 💃", POL, *OFF),
    row("Red or blue? Help us choose the colour of our new book bags!", POL, *OFF),
    row("History this term: the Tudors, the Romans and the Labour movement of the 1900s, Year 9 are loving it", POL),
    row("My nan has voted in every election since 1950, she's 93 and still goes to the polling station", POL, *PAR),
    # speaking_for_school
    row("We're so proud of our daughter's drama award, she was beaming all night", SFS, *PAR),
    row("We went to the Christmas concert at Brookfield and cried all the way through, as usual", SFS, *PAR),
    row("As a parent I think the new reading app is brilliant, my son reads every night now", SFS, *PAR),
    row("My class are the best, that's it, that's the post", SFS),
    row("Speaking as a mum, half term always goes too fast", SFS),
    row("I can confirm that I did, in fact, eat the whole box of chocolates", SFS),
    row("Official announcement: the Smith family now has a cat 🐈", SFS),
    row("Our new house has a garden, so naturally we're going to grow potatoes", SFS),
    # offensive_language
    row("Oh crap, forgot the cake for the staff room again", SWEAR,
        xfail="'crap' is mild swearing: this row is arguable either way (left to language.py, not in this task's files)"),
    row("Sussex is lovely, the Seven Sisters walk is a must", SWEAR),
    row("Great tit spotted in the school garden this morning, Year 1 kept a tally 🐦", SWEAR),
    row("Ugh, Mondays. Coffee. Now.", SWEAR),
    row("Jeez louise, the rain today", SWEAR),
    row("Grrr, the car won't start again", SWEAR),
]

ANY5 = SAFE + SELL + ALLEG + POL + SFS

# (added after the narrowing: probes run on the narrowed rules before being added, every probe kept whatever its
# result, so NOT written blind; two probes that on reflection do say where children will be and when ("Year 5 will
# be visiting the local church on Wednesday morning", "walking down to the library on Thursday") were left out)
ORDINARY_4 = [
    row("The school never replies to emails, I've sent three about the trip money now", ALLEG, *PAR,
        xfail="a complaint, not an accusation, but the allegation model reads 'the school never…' as one; no sign separates the two without losing true ones"),
    row("My son's teacher says he's been chatty in class, he gets that from me 😂", ALLEG, *PAR),
    row("The head told us at the meeting that the new building will be ready by Easter", ALLEG, *PAR),
    row("Our childminder is an angel, she taught my daughter to ride her bike", ALLEG, *PAR),
    row("Honestly the parents at pick-up are lovely, I was so nervous about starting", ALLEG, *PAR),
    row("The caretaker fixed my classroom blind in five minutes, legend", ALLEG),
    row("Mrs Evans said my daughter has been a star this week, proud mum", ALLEG, *PAR),
    row("Year 3's teacher is off sick so they've got a supply teacher this week", ALLEG, *PAR),
    row("The dinner ladies gave my fussy eater a sticker for trying peas, bless them", ALLEG, *PAR),
    row("I asked the office three times for the uniform list and still haven't got it, so frustrating", ALLEG, *PAR),
    row("The new deputy took us all out for breakfast, what a treat", ALLEG),
    row("The PE teacher made them run in the rain today, my son came home soaked 😂", ALLEG, *PAR),
    row("My daughter says the TA helps her with her reading every morning, she loves her", ALLEG, *PAR),
    row("School lost my son's jumper again, that's the third one this term", ALLEG, *PAR),
    row("Our head gave a brilliant assembly about kindness today", ALLEG),
    row("The coach at football said my lad was the best defender on the pitch", ALLEG, *PAR),
    row("One of the mums organised a whip-round for the teachers' end of year gifts, so thoughtful", ALLEG, *PAR),
    row("The teachers at Brookfield work so hard, I don't know how they do it", ALLEG, *PAR),
    row("Our neighbour is a teacher and she says marking takes her all weekend", ALLEG, *PAR),
    row("My son claims his teacher said no homework this week. I'm not convinced.", ALLEG, *PAR),
    row("The governors have decided to change the school day times from September", ALLEG, *PAR),
    row("The supply teacher in Year 5 left the room in a right state, took me an hour to tidy", ALLEG),
    row("The head didn't reply to my email about the parking, I'll try again Monday", ALLEG, *PAR),
    row("The school nurse checked everyone's hair for nits today, itchy just thinking about it", ALLEG, *PAR),
    row("A dad at pick-up told me the school is getting a new playground, exciting!", ALLEG, *PAR),
    row("My old head of department has retired, the end of an era", ALLEG),
    row("The teacher kept the class in at break because they were too noisy, fair enough", ALLEG, *PAR),
    row("The office lady was so kind when my son was poorly, she sat with him till I got there", ALLEG, *PAR),
    row("Parents are moaning that the trip costs too much, but the school has offered to help anyone struggling", ALLEG, *PAR),
    row("I think the teacher has forgotten to send the reading books home this week", ALLEG, *PAR),
    row("Year 1 enjoyed a lovely walk to the local park this afternoon to look for signs of autumn 🍂", ANY5, *OFF),
    row("Reminder: Year 4 swimming starts again on Monday, please send kits in a named bag", ANY5, *OFF),
    row("Our Year 6 residential is booked for June, more details at the parents' meeting next month", ANY5, *OFF),
    row("Has anyone got the kit list for the Year 6 residential? I've lost mine", ANY5, *PAR),
    row("Lovely evening at the Year 11 prom, they all looked incredible 😍", ANY5),
    row("Taking the kids to the cinema after school to see the new Pixar, treat day", ANY5, *PAR),
    row("I'm in Birmingham for a conference on Thursday and Friday, cover work all set", ANY5),
    row("We're away for the weekend so no football for us, see you all next week", ANY5, *PAR),
    row("Our youngest is off on her first Brownie camp this weekend, I'm more nervous than she is", ANY5, *PAR),
    row("Well done to our cross-country runners who ran brilliantly at the county finals today!", ANY5, *OFF),
    row("Anyone want to car share to the training day at Ashworth High on Friday?", ANY5,
        xfail="speaking_for_school names a school by its generic shape ('Ashworth High') when the post does not name the writer's own; another school named is not 'the school', left (the names_school rule's reach is a wider question)"),
    row("Is the school still closing at 1.30 on Friday for the end of term?", ANY5, *PAR),
    row("Please could parents avoid parking on the zig-zags at drop-off, it's dangerous for the children", ANY5, *OFF),
    row("Loved watching my class perform at the town hall carol concert last night 🎄", ANY5),
    row("Happy holidays everyone! We're off to Devon for a week, see you in January", ANY5, *PAR),
    row("Anyone know what time the coach gets back from the Year 4 trip today?", ANY5, *PAR),
    row("After-school clubs finish at 4.15pm, please collect promptly from the side gate", ANY5, *OFF),
    row("Staff night out at the bowling alley tonight, I'm going to be terrible", ANY5),
    row("Please support our Christmas jumper day on Friday, £1 donation to Save the Children", ANY5, *OFF),
    row("Buying a new school bag for the third time this year, how do they destroy them so fast", ANY5, *PAR),
    row("Our PTA is asking for donations of bottles for the tombola at the summer fair", ANY5, *PAR,
        xfail="the allegation model alone reads 'our PTA' beside a request as an accusation; requiring a sign of wrongdoing for the model alone loses true allegations on the readable sets ('was seen leaving the pub in a state'), so left"),
    row("My sister makes the most amazing cakes, she did my wedding one", ANY5),
    row("Does anyone know if the school uniform shop is open over the holidays?", ANY5, *PAR),
    row("The school's new website is live, looks fantastic", ANY5),
    row("Treating myself to a takeaway tonight, it's been a week", ANY5),
    row("Thanks to Ashworth Rugby Club for running the free holiday camp, the kids loved it", ANY5, *PAR),
    row("Our Spring Fair raised an amazing £1,800 thanks to your generosity!", ANY5, *OFF),
    row("Anyone got a spare ticket for the school play on Thursday? Happy to pay", ANY5, *PAR),
    row("Honestly I'd pay good money for a full night's sleep", ANY5),
    row("Just ordered the school photos, £18 for two prints, they'd better be good", ANY5, *PAR),
    row("My husband's birthday today, we're going to the Italian on the high street", ANY5, *PAR),
    row("Grateful to our local Tesco for the food donation to the breakfast club", ANY5, *PAR),
    row("Got my first pay slip as a qualified teacher, it's real now!", ANY5),
    row("Parents' evening booking is now open on the school app", ANY5, *OFF),
    row("The council have finally resurfaced Mill Lane, only took three years", ANY5, *PAR),
    row("Watched Question Time last night, always makes me shout at the telly", ANY5),
    row("We voted to have chips at the wedding instead of a sit-down meal, best decision", ANY5, *PAR),
    row("The Green Flag award is ours! Thank you eco team 🌍", ANY5),
    row("Our local councillor replied to my email about the streetlight within a day, impressed", ANY5, *PAR),
    row("Year 6 visited the Houses of Parliament on Monday and met our MP, what an experience", ANY5, *OFF),
    row("Going to the Labour Day parade in New York next year, bucket list", ANY5),
    row("As a parent governor I'd love more dads to come to the PTA meetings", ANY5, *PAR),
    row("As a teacher, I'll never get used to the smell of a Year 6 classroom after PE", ANY5),
    row("We at the Patel household are officially in Christmas mode 🎄", ANY5, *PAR),
    row("We're so proud of our Year 6 SATs results this year, well done everyone", ANY5, *OFF),
    row("Proud to work at a school where the kids look after each other like this", ANY5),
]

# (added after the narrowing: a second set of probes, run before being added (two commercial readings were then
# narrowed: a price asked about, "to give away" as a verb), every probe kept, so NOT written blind)
ORDINARY_5 = [
    row("Massive thank you to everyone who came to my leaving do, and for the gorgeous flowers 💐", ANY5),
    row("Just booked our summer holiday, the only thing getting me through January", ANY5),
    row("My daughter's dance school show is on Saturday, so proud of her", ANY5),
    row("Birthday cake from the bakery round the corner, 10/10 would recommend 🎂", ANY5),
    row("Ordered a new planner for September, stationery is my love language 📒", ANY5),
    row("Please share: our lovely cat Biscuit has gone missing near Mill Lane, black with a white paw", ANY5),
    row("Our Year 6 fundraising for their leavers' hoodies is going well, thanks to everyone who bought cakes", ANY5),
    row("Anyone know where I can buy a cheap school blazer? £40 at the uniform shop is steep", ANY5, *PAR),
    row("Is it £2 for the disco or £3 this time?", ANY5, *PAR),
    row("Donating our old books to the school library today, the kids picked their favourites to give away", ANY5, *PAR),
    row("Spent a fortune at Hobbycraft on display board borders, no regrets", ANY5),
    row("Year 2 have been learning about money this week, running their own class shop with pretend coins 🪙", ANY5, *OFF),
    row("My son has been saving his pocket money for a Lego set for months, he finally got it today", ANY5, *PAR),
    row("Our family business turned 25 today! Thank you to everyone who has supported us over the years", ANY5, *PAR),
    row("I won the staff raffle! A bottle of wine and a box of chocolates, what a Friday", ANY5),
    row("Just sold my first painting at the village art show, I'm over the moon 🎨", ANY5),
    row("Honestly, the price of school trips these days, £35 for a day at a farm", ANY5, *PAR),
    row("My husband's started a podcast about fishing, it's actually quite good", ANY5),
    row("Thank you to Greggs for the free breakfasts for Year 6 during SATs week!", ANY5, *OFF),
    row("Anyone else on the Ashworth teachers' WhatsApp? The memes today are unreal", ANY5),
    row("Sorry, can't make it to the fundraiser, we're away", ANY5, *PAR),
    row("Well done to all the mums who ran the Race for Life today, what an achievement 💗", ANY5, *PAR),
    row("I'm doing Dry January for Cancer Research, wish me luck", ANY5),
    row("The PTA are selling Christmas trees again this year, collection from the school car park on the 6th", ANY5, *OFF),
    row("Popped to Costa before work and they got my name right for once, good omen", ANY5),
]

# (added after the narrowing, not written blind) a sneer or harm wished on someone, no wrong of theirs named: abuse
# or a threat for other categories, not an allegation
ORDINARY_6 = [
    row("The dad with the loud car thinks he owns the road at pick-up. Snob.", ALLEG, *PAR),
    row("Someone needs to let the lollipop man's tyres down, he took ages today 😂", ALLEG, *PUB),
    row("That receptionist needs taking down a peg, so rude on the phone this morning", ALLEG, *PAR),
]

PARAPHRASES = [
    # safety_risk
    row("Y5 off to Chester Zoo on Thursday, coach leaves 8.30 from the church car park", SAFE),
    row("All 30 of my class will be at Ashworth swimming baths every Tuesday 1-2pm this term", SAFE),
    row("Off to Portugal for two weeks from Saturday, house empty, hope the burglars don't read Facebook lol", SAFE),
    row("Our Year 9 group are camping at Hollin Farm from Friday night, no signal up there", SAFE),
    row("whole family away in Cornwall till the 28th so the house is empty 🙈", SAFE, *PAR),
    row("Netball team are playing away at St Mary's on Saturday at 10, come and cheer them on!", SAFE),
    row("The Year 4s will be at the Ashworth library all Wednesday morning next week", SAFE),
    # commercial_content
    row("Teacher friends! I've started selling Tropic skincare, message me for a catalogue and 15% off your first order", SELL),
    row("Car boot this Sunday, I've got loads of kids' clothes, £1 each or 3 for £2", SELL),
    row("Please donate to my JustGiving page for the marathon, every £ helps 🙏 link in bio", SELL),
    row("My husband's gardening business has a few slots left this month, £25 an hour, DM me", SELL),
    row("CLICK HERE to claim your free iPhone 17!!! limited offer bit.ly/fr33phone", SELL, *PUB),
    row("Selling two tickets for Take That in Manchester, face value £85 each, message me", SELL),
    # allegation
    row("Mr Hughes in Year 4 has been helping himself to the PTA money, ask anyone", ALLEG, *PAR),
    row("Everyone knows the head fiddled the SATs results last year, the TAs did the papers", ALLEG),
    row("That PE teacher at Brookfield grabbed my son by the arm and left a bruise", ALLEG, *PAR),
    row("Our deputy head lied to the governors about the exclusion figures", ALLEG),
    row("Mrs Clarke the TA is drunk at pick-up every Friday, you can smell it on her", ALLEG, *PAR),
    row("the caretaker at brookfield has been taking school laptops home and selling them, fact", ALLEG, *PUB),
    # political_statement
    row("Honestly anyone still voting Tory after the last 14 years needs their head looking at", POL),
    row("Get out and vote Labour on Thursday, our schools can't take another five years of this", POL),
    row("Reform are the only party talking sense on immigration, I'm voting for them", POL, *PAR),
    row("Keir Starmer has let down every teacher in the country, never voting for him again", POL),
    row("Sign the petition to scrap the two-child benefit cap, it's a cruel policy", POL),
    row("The Greens have my vote, they're the only ones who care about Ashworth", POL, *PUB),
    # speaking_for_school
    row("Speaking for all of us at Brookfield Primary, we think the new Ofsted framework is a joke", SFS),
    row("As a Brookfield teacher I can tell you the school is completely against the academy plan", SFS),
    row("Gave an interview to the Ashworth Chronicle about our SATs results today", SFS),
    row("Brookfield Primary's position is that phones are banned from Year 5 up, sorry parents", SFS),
    row("New profile pic with the school logo on it 😁 #proud", SFS),
    # offensive_language
    row("This f***ing photocopier is going out the window", SWEAR),
    row("Absolute shitshow of a day, I need wine", SWEAR),
    row("what a bunch of wankers on the council", SWEAR, *PUB),
    row("bloody hell, Ofsted on Monday, I'm going to be sick", SWEAR,
        xfail="offensive_language is language.py's, outside this task's files: mild swearing 'bloody hell' not found"),
]

# (added after the narrowing, so not written blind) what the narrowed rules must still find, next to each veto
PARAPHRASES += [
    row("Year 6 are back from Kingswood on Friday at 4pm, collect them from the church car park", SAFE),
    row("Our Year 2s are at the Sea Life Centre till 2pm today, back at school for home time", SAFE),
    row("Home match for us but the Year 5 girls play away at Hill Top on Thursday at 4, minibus from the gate", SAFE),
    row("Labour have betrayed teachers, I'm voting Green this time", POL),
    row("The Tories are out of touch and useless, get them out", POL),
    row("The TA is lovely to the kids but she's been helping herself to the dinner money", ALLEG, *PAR),
    row("Read in the Chronicle that Mr Hughes at Brookfield was sacked for fiddling the books, knew it", ALLEG),
    row("Selling my old sofa, £50 ono, collection only", SELL),
    row("Got a new business selling candles, message me for the price list 🕯️", SELL),
    row("GIVEAWAY time! Like and share to win a hamper from my shop", SELL, *PUB),
    row("Anyone want cupcakes? £2 each or 3 for £5?", SELL),
    row("The head thinks he's above the rules, he fiddled the SATs and everyone knows it", ALLEG, *PAR),
    row("That TA is stuck up and she's been nicking from the tuck shop", ALLEG),
    row("Funny how the new TA is always 'helping' in the office when the cash box is open 👀", ALLEG,
        xfail="insinuation with no act named: missed before this round too (the model is unsure, no rule reads it); left"),
    row("Mrs Ball told the whole class my daughter is on a care plan, now every kid in Year 4 knows her private business", ALLEG, *PAR),
    row("Speaking as a Brookfield governor, we're all against the housing plan", SFS),
    row("Year 5 will be visiting the local church on Wednesday morning as part of their RE topic", SAFE),
    # (an xfail until 2026-11-22: found since by the context model, meaning.ContextReader)
    row("Our Year 3s are walking down to the library on Thursday for a story session", SAFE),
]

@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("marshfields")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY + ORDINARY_2 + ORDINARY_3 + ORDINARY_4 + ORDINARY_5 + ORDINARY_6)
def test_ordinary_posts_are_not_flagged(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
