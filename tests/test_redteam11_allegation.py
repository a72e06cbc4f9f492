"""Red team for allegations as writers the checker has never seen word them (h-alleg, eleventh round), through the
engine a user sees.

The principle (shared/CONTRACT.md; newport-cejs "should not make allegations ... about other employees, pupils or
other individuals connected with the school, or another school, or the Local Authority"; aycliffe-drive "defame",
"false or misleading statements"; staff-declaration "could not be deemed as defamatory"): an allegation is a post
that says, repeats or hints that an identifiable person connected with a school (by name, by role - "the Year 4
teacher", "the deputy", "a dinner lady at X", "the head's husband" - or as a small group one can point at) did a
particular wrong: theft or misuse of money, lying or falsifying, drinking or drugs at work, an improper
relationship, hurting, bullying or humiliating children or staff, unfairness or favouritism, nepotism, being
unqualified, hiding things; said as fact, as hearsay ("I've heard", "apparently", "everyone knows") or as
insinuation ("funny how...", "why is Mr X always alone with...?", "not saying anything but...").
Not an allegation: an insult naming no act ("he's an idiot": abuse or disparaging), a complaint about a decision,
a rumour about nobody identifiable, a news story about a stranger, a story or film, praise, ordinary facts reported
("the teacher said that..."), a parent teasing their own child, a claim about politicians or the government.

Every row below was written before the code was run on it (rows added after the first run are marked so).
- PARAPHRASES: posts a school would expect caught, in many voices (parents, grandparents, staff gossip, the public,
  teenagers, second-language English, rumour and insinuation, hedged "not saying anything but...").
- ORDINARY: look-alikes that share the words and should get no allegation finding.
The demo school (examples/school.yaml, examples/pupils.csv) and the built-in Newport pack are used.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

ALLEG = ("allegation",)
P, PUB, PUP = "parent", "public", "pupil"


def _a(text, author="staff", xfail=""):
    return _r(text, ALLEG, author=author, xfail=xfail)


PARAPHRASES = [
    # Money taken or misused, by someone pointed out by role or name.
    _a("The woman who runs the uniform shop has been skimming off the top for years, everyone on the PTA knows", P),
    _a("Reckon the PTA treasurer's new kitchen was paid for by our raffle money", P),
    _a("the caretaker sells the school's scrap metal and keeps the cash, seen him loading his van", PUB),
    _a("Our bursar put her own holidays through as 'training courses'. Check the accounts if you don't believe me"),
    _a("Funny how the trip money never adds up since Mrs Doyle took over collecting it", P),
    _a("my nan says the lollipop man outside St Peter's takes money off the little ones for sweets and never gives "
       "them any", P),
    _a("Year 5 teacher keeps the tuck shop money in her handbag and half of it never makes it back", P),
    _a("The after school club lady charges us for days she's closed, she's ripping parents off", P),
    _a("one of the office ladies has been using the school card for her own Tesco shop"),
    _a("Head of PE is flogging the new kit on eBay, my mate bought a bib with the school crest on", P),
    _a("Our business manager has been paying her own daughter as a 'consultant' out of the school budget"),
    _a("The head signs off overtime for his mates who never did the hours"),
    _a("one of the lunchtime supervisors keeps the confiscated toys and gives them to her grandkids", P),
    _a("Between us, our head of science takes the lab laptops home and sells them on"),
    _a("The school minibus is the deputy's personal taxi at weekends, petrol paid by us", P),
    _a("Where did the £3,000 from the summer fair go? Ask the PTA chair, she's the only one with the card", P),
    # Lying, falsifying, pretending.
    _a("The deputy told the inspectors we have a nurture room. We don't. She made it up on the spot"),
    _a("Mr Carter changed my daughter's predicted grade after I complained, so don't tell me they're honest", P),
    _a("I know for a fact the Year 6 teacher gave the kids the answers in the SATs", P),
    _a("Miss Hale marks her own class's books up before moderation, the whole team knows"),
    _a("the head has been telling governors attendance is up when she's just stopped recording the late ones"),
    _a("The SENCo wrote in the review that my son had support every day. He had it twice all term", P),
    _a("Mrs Arnold tells everyone she has a teaching degree, she doesn't, she never finished it", P),
    _a("The exams officer let his favourites see the paper the day before, I'd put money on it", PUP),
    _a("Our head swore to parents the roof was safe and three weeks later a ceiling tile fell on a kid", P, xfail="a lie shown only by what happened later (no word of lying): left to the model, which does not see it"),
    _a("staffroom goss: the new deputy lied on her CV about running a department"),
    _a("The chair of governors signed off the accounts knowing they were wrong"),
    _a("Mr Dobson ticked off interventions that never happened so the data looks good for Ofsted"),
    # Drinking, drugs, misconduct at work.
    _a("Is it just me or does the music teacher always smell of wine after lunch?", P),
    _a("The new PE teacher was absolutely wasted at the Year 11 prom and drove home after", P),
    _a("Saw the caretaker smoking weed behind the bike sheds again", PUB),
    _a("Mr Fenwick turns up hungover every Monday, the kids can tell", P),
    _a("Drove past the primary at 9 and the lollipop lady was clearly drunk, swaying in the road", PUB),
    _a("The minibus driver has been doing the school runs without a licence for months", P),
    _a("Our coach has been betting on the under 14s matches, he told the lads to lose on purpose", P),
    _a("The head of St Anne's parks in the disabled bay every single day and she has no badge", PUB),
    _a("Mrs Quinn is always on the vape in her car at break with a Year 6 class left on their own", P, xfail="the class left alone is told 60 characters after the teacher, past the rule's reach (left alone)"),
    _a("The site manager at Brook Lane sleeps in the boiler room when he's meant to be locking up, saw it myself", PUB),
    # Improper relationships.
    _a("our deputy is sleeping with one of the governors, that's how she got the job"),
    _a("Apparently the head and the business manager are more than just colleagues if you know what I mean 😉", P),
    _a("Everyone knows Mrs Bell was carrying on with the caretaker, that's why they both left", P),
    _a("the drama teacher is dating a year 13 and everyone pretends not to know", PUP),
    _a("Not saying anything but that TA messages the Year 10 girls on snapchat late at night", P),
    _a("why is Mr Brennan always alone with the same boy at lunchtimes with the blinds down?", P),
    _a("Miss Ward's boyfriend is one of the Year 12s' older brothers and she gives that lad top marks, funny that", PUP),
    # Hurting, bullying, humiliating.
    _a("The Year 2 TA yanks the little ones by the arm when they're slow, I've watched her do it from the gate", P),
    _a("My boy came home with a bruise and says Mr Dale grabbed him. School won't tell me anything", P),
    _a("The swimming coach makes the girls get changed in front of him. Why is nobody doing anything?", P),
    _a("The head of year calls the black kids 'trouble' and always sends them out first", P),
    _a("Our teacher shout at the children who cant speak english and call them stupid", P, xfail="shouting is read as a manner, not a wrong (outsider6 labels it so); the name-calling comes 50 characters after the teacher, past the rule's reach. Found by the first rules, dropped with the shouting (left alone)"),
    _a("The deputy bullies the younger staff until they leave, that's six NQTs in two years"),
    _a("The nursery manager at Little Acorns leaves the babies crying in the cot room for hours to save on staff", P),
    _a("Mrs Lowe told my daughter she'd never amount to anything, in front of the whole class", P),
    _a("My granddaughter says her teacher shuts the naughty ones in the PE cupboard. In my day that'd be a police "
       "matter", P),
    _a("Grandson tells me the supply teacher swore at them and called them animals", P),
    _a("our form tutor reads out people's private messages to the class to embarrass them", PUP),
    _a("The dinner ladies at Oakfield make the slow eaters sit there till they've cleared the plate, one girl was sick",
       P, xfail="forcing children to clear the plate is told as a routine; no word of a wrong (left to the model)"),
    _a("Mr Hayes threw a chair across the room at my son's table, the kids are terrified of him", P),
    _a("Head teacher at my sons school put him in isolation 4 days for nothing and told him he is a waste", P),
    # Unfairness, favouritism, nepotism.
    _a("Funny how the head's nephew walked straight into the site manager job without an interview", P),
    _a("Only the kids whose mums are on the PTA ever get the leads in the school play, coincidence?", P),
    _a("Mr Shah gives the footballers higher marks, they're his little pets", PUP),
    _a("The chair of governors gave the catering contract to his brother-in-law, look it up", PUB),
    _a("the teacher only ever puts the rich kids on the top table", P),
    _a("The head's husband does all the school's building work and nobody else was even asked to quote", P),
    _a("Our SENCo moved her friend's son up the list for an assessment ahead of kids who've waited a year", P),
    _a("Mrs Kaur only lets her favourites on the trips, my daughter's been left off three times in a row", P),
    # Hearsay, rumour, insinuation, hedges.
    _a("I've heard the new deputy was let go from her last school for fiddling her expenses", P),
    _a("Not saying anything but the PTA chair drives a new car every year and the fair never makes a profit 🤔", P),
    _a("Rumour going round the playground is that Mr Okafor was drunk at parents' evening", P),
    _a("People are saying the Year 3 teacher has a conviction and the school knew when they took him on", P),
    _a("word on the street is the head paid off the family of the boy who got hurt on the trip", PUB),
    _a("Just asking questions: why did the bursar resign the week before the audit?", P),
    _a("I'm not one to gossip but Miss Tate's sick days always fall on a Friday and her insta is full of Ibiza", P, xfail="a sickie insinuated by days of the week and holiday photos: no rule reads the wink (left alone)"),
    _a("Interesting how the head's house got an extension the same year the school's budget went missing", P),
    _a("My cousin works at the academy and reckons the principal takes a cut of the minibus hire", P),
    _a("Someone told me the caretaker at Hillside was sacked for taking photos of the kids, and now he's back", P),
    _a("Say what you like but a certain member of SLT has had her hand in the till for years", P),
    _a("Hmm, the chair of governors' company got the new playground contract. No tender that I saw 🤔", PUB),
    _a("allegedly our TA was done for drink driving and the school are keeping her on like nothing happened", P),
    _a("They say the old head left with a fat payoff to keep quiet about the deficit he caused", PUB),
    _a("You'll never guess who's been caught with their fingers in the PTA tin. Starts with Mrs and ends with "
       "Jenkins 👀", P),
    # Teenagers.
    _a("sir literally let his fave copy the test answers off his laptop lmaooo", PUP),
    _a("mr k deffo vapes in the staff toilets we can all smell it", PUP),
    _a("miss r goes thru our bags n keeps our money n says its 'confiscated' never see it again", PUP),
    _a("ngl the science tech sells the year 9s vapes out of the prep room", PUP),
    _a("our pe teacher makes the girls do extra laps if they say theyre on their period, hes a creep fr", PUP),
    # Second-language English.
    _a("The teacher of my son take his phone and not give back, I think she keep it for her self", P),
    _a("Headmaster is lying about money for trip, we pay 3 time and no trip is happen", P),
    _a("In this school the cleaner man steal from children coats, my daughter lose 2 phone", P),
    _a("Mrs Patel is not real teacher, she have no qualification, school is hiding this", P),
    _a("The class teacher is hitting my son in the hand with ruler, he show me the red mark", P),
    _a("teacher of year 4 she give detention only to foreign children, english children never", P),
    # Another school, the local authority.
    _a("The head at Greenfields was caught changing the kids' test papers and they kept it quiet", PUB),
    _a("Someone in the council's admissions team is moving their mates' kids to the top of the list"),
    _a("That academy trust's CEO paid himself a bonus out of money meant for SEN kids", PUB),
    # Staff about colleagues.
    _a("Our head of maths copies my resources and passes them off as hers at every trust meeting"),
    _a("The deputy reads everyone's emails, she's got IT to give her access. Watch what you send"),
    _a("one of the Year 1 TAs clocks in then goes to do her shopping, the office covers for her"),
    _a("Not being funny but the SENCo hasn't done a single EHCP review this year and she's been signing them off", xfail="reviews signed off that never happened: the deed is implied, not named (left alone)"),
    _a("Our head changed the dates on the fire drill log after the inspection"),
    _a("The new ECT is always turning up stinking of last night, and SLT say nothing because she's the deputy's niece"),
    _a("the office manager deletes the complaints before they reach the governors, I've seen her do it"),
    _a("When the trust visited, Mr Lyons hid the broken kids in the library so they wouldn't see them"),
    # Looser wordings: the act implied by what is said to have happened.
    _a("The Year 4 teacher left a class of 30 on their own for an hour while she sat in her car on the phone", P),
    _a("Miss Grant pulled my daughter's hair to make her sit down. She's six.", P),
    _a("That dinner lady put my son's lunch in the bin because he was too slow and he went hungry", P),
    _a("The head threatened to expel my daughter if I complained to the governors again", P),
    _a("A lunchtime supervisor at Meadow View taped a boy's mouth shut for talking", PUB),
    _a("The PE teacher filmed the girls in the changing room on his phone, my daughter saw him", P),
    _a("Mr Webb tells the Muslim kids they can't go to prayers and calls Eid 'a day off'", P),
    _a("Our class teacher reads her texts while the kids do nothing all afternoon, every single day", P),
    _a("The head told the local paper the school had no knife incidents. There were two last term"),
    _a("Mrs Price punished the whole class for something her favourite did", P),
    _a("Every Friday the head and the business manager go for a long lunch on the school card", PUB),
    _a("The music teacher charges for lessons that never happen and pockets the money", P),
    _a("That TA took my son's EpiPen home by mistake and lied about it when I asked", P),
    _a("The governor who runs the garage has been servicing the minibus at double the price", PUB),
    _a("our head only employs her friends from church, the whole SLT are her mates", P),
    _a("The caretaker at our school has been caught watching the girls' PE lessons through the window", P),
    _a("The chair of governors fixed the interview so his wife's friend got the deputy job"),
    # More voices (written with the table, before any run).
    _a("Don't trust the head at Redwood, she told the LA my son was never excluded when he was sent home 12 times", P),
    _a("The breakfast club woman gives the kids squash and biscuits and charges us for a 'healthy breakfast'", P, xfail="an overcharge insinuated by scare quotes around a meal: the scare-quote rule reads losses only (left alone)"),
    _a("Heard from a friend in the office that the deputy's been backdating sick notes for her mate"),
    _a("That PE teacher has been messaging my daughter on insta at midnight, she's 14", P),
    _a("ask anyone at the gate, the Year 1 teacher drags the kids in by their coats when they're late", P),
    _a("the school cook serves out of date meat to save money, my friend who works there told me", P),
    _a("Our head told the paper there's no bullying here. My son has been beaten up 3 times and she knows", P),
    _a("I saw Mr Reid put his hand up a sixth former's skirt at the prom and nobody did a thing", P),
    _a("The governor who runs the lettings makes the Polish families pay more for the hall", PUB),
    _a("A TA at the infants has been telling the kids their mums don't love them when they cry", P),
    # (added after run: a probe of new voices after the rules were written, each row written before it was run)
    _a("Our head of year has been marking his own kid's coursework, how is that allowed", P),
    _a("The lunchtime lady at Park View nicks the kids' crisps, my son's seen her eating them in the kitchen", P),
    _a("Word on the street is the vice principal was escorted out for fiddling the exam entries", PUB),
    _a("That netball coach screams at the girls till they cry, one of them has quit the team", P),
    _a("Mr Lewis is always at the pub at lunchtime and comes back to teach Year 6 reeking of beer", P),
    _a("Apparently the new head of maths doesn't even have a maths degree, the school is covering for him", P),
    _a("our headteacher is giving the best jobs to her church friends and nobody dares say anything", P),
    _a("The PTA treasurer has 'misplaced' the raffle receipts again 🙄", P),
    _a("the dance teacher makes the bigger girls stand at the back and calls them lazy", PUP),
    _a("I'm not saying he did it but the caretaker was the only one with a key the night the laptops went", P),
    _a("sir took my phone and went through my photos, that's not allowed is it", PUP),
    _a("The deputy covers up every bullying complaint so the numbers look good", P),
    _a("My friend who works in the office says the bursar is paying herself overtime she never works", P),
    _a("The school nurse told my daughter's friends about her medical condition, now the whole year knows", P),
    _a("Ms Barker at the infants shoves the kids into line, I've seen her push a little boy over", P),
    _a("The chair of governors is related to the head and nobody thinks that's a problem?", PUB),
    _a("Not being funny but the music teacher is far too close to a couple of the Year 11 girls", P),
    _a("Our class teacher tells lies to parents about homework being set, nothing is ever on the app", P),
    _a("The swimming instructor at the leisure centre the school uses has been turning up high", P),
    _a("everyone in the village knows the headmistress fiddles her mileage claims", PUB),
    # (added after run: a second probe, written after the rules and before it was run, to see how far they carry)
    _a("Our Year 3 TA sells the kids' artwork from the display on Etsy, I found my son's painting on there", P),
    _a("The bursar's new BMW appeared the same month the roof fund went quiet. Just saying 🤷", PUB),
    _a("Mrs Okoro has told parents the trip was cancelled by the coach firm. The coach firm say she never booked it", P),
    _a("The head teacher at Millbrook keeps the SEN funding for the office refurb, the kids who need it get nothing", P),
    _a("Deputy head turned up to the carol concert absolutely plastered and had to be driven home", P),
    _a("I have it on good authority the PE teacher has a caution for assault and the school never checked", P),
    _a("Mr Grey goes through the girls' bags when they're at PE, my daughter caught him", P),
    _a("The after school club staff lock the little ones in the hall and go out for a smoke", P),
    _a("our head of year literally laughed at a kid who told her he was being bullied and did nothing", PUP),
    _a("The SENCo lied to the tribunal about the support my son was getting, we have the emails to prove it", P),
    _a("A certain governor has been using the school hall for his own business at weekends without paying a penny", PUB),
    _a("Not pointing fingers but the only person with the safe code is the office manager and £400 has vanished 🤔", P),
    _a("the teacher in 4B makes kids who forget homework stand outside in the cold for the whole lesson", P),
    _a("Our caretaker is a registered sex offender and the head knows, how is that allowed near kids", PUB),
    _a("Miss Wong copied her Masters dissertation off the internet, she boasted about it in the pub", "staff"),
    _a("My friend in the office says the head had the exclusion figures 'adjusted' before the trust visit", P),
    _a("The governors rigged the parent governor election so their mate would win", P),
    _a("mr patel marks the boys harder than the girls, everyone in our set has noticed", PUP),
    _a("The school photographer is the chair of governors' son and charges double what anyone else would", P),
    _a("The TA who does one to one with my son is claiming hours she isn't in school for, I've checked", P),
]

ORDINARY = [
    # Insults and sneers with no act claimed (abuse or disparaging, not an allegation).
    _a("The head is a complete clown, honestly", P),
    _a("Mr Price is the most boring teacher alive, my son falls asleep in history", P, xfail="the model alone reads a person of the school beside an insult (model score 0.51, at the line); no rule fires"),
    _a("The deputy is so up herself it's unreal", P),
    _a("Our head of year is a nightmare to get hold of", P),
    _a("the new maths teacher is weird, he wears sandals in winter", PUP, xfail="the model alone reads a person of the school beside a sneer (model score 0.50, at the line); no rule fires"),
    _a("Mrs Dobbs is the grumpiest dinner lady in Shropshire 😂", P),
    # Complaints about decisions.
    _a("The head's decided to cancel sports day again, ridiculous decision", P),
    _a("Can't believe they've changed the uniform again, that's three blazers in two years", P),
    _a("I think the head made the wrong call closing for snow, it was barely an inch", P),
    _a("The new phone policy is unfair on kids who walk home on their own", P),
    _a("Not happy that the governors voted to change the school day, nobody asked the parents", P),
    _a("Disappointed the PTA decided to spend the money on a climbing wall instead of books", P),
    _a("Mrs Hart set 3 pieces of homework over half term, a bit much for Year 3 if you ask me", P),
    _a("My son was given a detention for forgetting his PE kit. Harsh but fair I suppose", P),
    # News about a stranger, a convicted person elsewhere.
    _a("A former head in Kent has been jailed for stealing £50k from school funds, says the BBC", PUB),
    _a("Saw on the news that a teacher in Leeds was struck off for lying about his qualifications. Shocking", P),
    _a("Read an article about a nursery worker in Plymouth convicted of abuse, makes you sick", P),
    _a("Documentary last night about a school bursar who embezzled millions in the States. Wild", PUB),
    # A film, a book, a play, history.
    _a("In the film the headmaster steals the lottery money and frames the caretaker, what a twist", PUB),
    _a("Our Year 6 play is Oliver! and the boys playing the pickpockets are brilliant", P),
    _a("Reading Matilda to my class - Miss Trunchbull is the worst head ever 😂"),
    _a("The history teacher told them all how Henry VIII had his wives executed, my daughter's horrified", P, xfail="the model alone reads a person of the school beside a history lesson; no rule fires"),
    _a("Our teacher showed us a video about the man who stole the Crown Jewels", PUP),
    _a("Watching Waterloo Road, the head's lying to everyone again, love it", P),
    _a("Year 5 are writing detective stories this week: who stole the golden egg from the headteacher's office?"),
    # Praise and thanks.
    _a("Mr Ali stole the show at the staff talent night 🎤", P),
    _a("Huge thanks to the caretaker who found my son's stolen bike and brought it back", P),
    _a("The head took the whole school to the panto, what a treat", P),
    _a("Mrs Green is taking the choir to sing at the cathedral on Sunday, so proud", P),
    _a("Miss Kay caught the lads who were nicking the bikes and handed them to the police, legend", PUB, xfail="the model alone reads a person of the school beside theft words; the teacher is the one who caught the thieves (no rule fires)"),
    _a("Mr Patel took the football team all the way to the county final!", P),
    _a("The head's husband came in to read with the Year 1s, they loved him", P),
    _a("The swimming coach is brilliant with the nervous ones, my daughter can do a length now", P),
    # Ordinary facts reported.
    _a("The teacher said the kids will need wellies on Friday for the forest school session", P),
    _a("Mr Jones covered the climbing frame before the rain so it'd be dry for break"),
    _a("Our deputy covers the Year 6 class on Tuesday afternoons"),
    _a("The caretaker is taking the old benches to the tip on Saturday"),
    _a("The office lost my form, but to be fair I sent it three weeks late", P),
    _a("Miss Hale said the class has been really kind to the new girl this week", P),
    _a("The bursar says dinner money has to be paid on the app from January", P),
    _a("The head told us at the gate that the boiler is fixed, thank goodness", P),
    _a("The PE teacher was drinking coffee on the touchline all morning in the freezing cold, hero", P),
    _a("The teacher says the kids have been swapping each other's rubbers so now names go on everything", P),
    _a("Mr Ford caught two boys copying in the mock and dealt with it calmly, no fuss"),
    # A parent (or a writer) teasing their own family, or owning up.
    _a("My son has been stealing biscuits from the tin again, caught red handed 😂", P),
    _a("I stole my daughter's chips at lunch, worst mum ever", P),
    _a("My husband lied about eating the last Twix, the evidence was in the bin", P),
    _a("The teacher says my lad has been telling fibs about his reading at home, little monkey 😂", P),
    _a("The dog stole my toast AGAIN", P),
    _a("My 6 year old reckons his teacher is 100 years old and sleeps at school 😂", P),
    _a("I'm the worst, I nicked a pen from the school office by accident and only noticed at home"),
    # Politicians and the government.
    _a("The education secretary lied about school funding, every teacher knows it", PUB),
    _a("The Prime Minister is lying to us all about the NHS", PUB),
    _a("Ministers have cooked the books on teacher pay, shameful"),
    _a("Our MP took a second job with a tutoring firm, no wonder schools are ignored", PUB),
    # Rumours about nobody identifiable, or about nothing wrong.
    _a("Rumour has it snow is coming next week, schools might close", P),
    _a("Apparently the teachers are striking next month, anyone know the dates?", P),
    _a("Apparently Mr Hunt is getting married in the summer! 💍", P),
    _a("I've heard the new deputy is really good at maths, my son's thrilled", P),
    _a("Everyone knows Mrs Dale makes the best flapjack in the county", P),
    _a("Why is Mr Brown always so cheerful on a Monday? Teach me your ways", P),
    _a("Word is the new Costa by the school opens next week ☕", P),
    _a("Heard someone's been nicking the Christmas lights off the houses on our road, watch out", PUB),
    _a("I wonder why the school photos always come out so blurry 🤔", P),
    # Training, policies, awareness.
    _a("Training today on how to respond to an allegation against a member of staff. Heavy but important"),
    _a("Anti-bullying week: our head spoke brilliantly about kindness in assembly", P),
    _a("We've updated our whistleblowing policy - please read it on the staff drive"),
    _a("Good session on spotting fraud in school finance, every bursar should do it"),
    # Shared words in other senses.
    _a("Our TA is cheating on her diet again with the staffroom cake 😂"),
    _a("The Year 4 teacher had the kids lying on the floor for mindfulness, they loved it", P),
    _a("Mrs Lee is taking home the class hamster for the holidays, lucky hamster"),
    _a("The caretaker took the leftover Christmas trees home for his goats, what a good idea", P),
    _a("The head's cooking the books... for the staff cookbook fundraiser 😂 recipes in by Friday", xfail="'cooking the books' said as a pun on a cookbook: the rule cannot tell the joke (left alone)"),
    _a("Mr Collins fiddled with the projector for twenty minutes and gave up"),
    _a("The deputy had a drink with us after the leavers' service, lovely send-off"),
    _a("Our chair of governors runs a building firm, they did the church roof in the village"),
    _a("The drama teacher is dating a chef, she showed us the engagement ring 💍", PUP),
    _a("Miss always picks on me to answer the hard questions lol", PUP),
    _a("The head of maths swears by flashcards for times tables", P),
    _a("Sir was hit by a football in the face at lunch and carried on like nothing happened 😂", PUP),
    _a("Miss Grant grabbed a quick coffee with us after pick up, she's so lovely", P),
    _a("The deputy locked up the hall after the disco, thanks to everyone who helped", P),
    # More look-alikes (written with the table, before any run).
    _a("The head of PE is always on his phone - organising fixtures for six teams, the man's a machine", P),
    _a("Mr Okafor was drunk on happiness after the Year 6 results came out 😂"),
    _a("Our caretaker keeps the lost property in a huge box by the office, go and have a look", P),
    _a("The PTA treasurer has put the accounts for the summer fair on the noticeboard, £2,140 raised!", P, xfail="the model alone reads a person of the school beside accounts and money; no rule fires"),
    _a("The bursar took the old laptops to be recycled, data wiped first of course"),
    _a("Mrs Doyle collected the trip money today, please send the rest by Friday", P),
    _a("Our head swore in the new school council at assembly, very sweet", P),
    _a("The lollipop lady was soaked through this morning and still smiling, give her a medal", P),
    _a("The Year 3 teacher has a cold and sounds like a foghorn 😂", P),
    _a("Mr Dale had a bruise on his arm from the staff v pupils netball, the Year 6s are brutal", P, xfail="the model alone reads a person of the school beside a bruise (the teacher is the one hurt, in a game); no rule fires"),
    _a("The SENCo wrote a lovely report for my son's review, felt really listened to", P),
    _a("The minibus driver waited 20 minutes for us when the match ran late, so kind", P),
    _a("Whoever took my umbrella from the church hall, please bring it back!", PUB),
    _a("My son says a boy in his class keeps taking his rubber, kids eh", P),
    _a("The deputy reads everyone's reports before they go home, she's very thorough"),
    _a("Head's nephew is visiting from Australia and came in to talk to Year 2 about koalas", P),
    _a("The chair of governors gave a lovely speech at the leavers' assembly", P),
    _a("Funny how the sun always comes out the day after sports day 🙄", P),
    _a("Interesting how the kids are always angels for the supply teacher and monsters for me 😂"),
    _a("Just asking: does anyone know when the PTA meeting is?", P),
    _a("Not saying anything but my Year 6s are definitely up to something for my birthday 👀"),
    _a("The music teacher charges £12 a lesson privately, is that about normal?", P, xfail="the model alone reads a person of the school beside a price (model score 0.51); no rule fires"),
    _a("The swimming coach makes them do 20 lengths now, they come out starving", P),
    _a("The head of year called us all in to talk about vaping, fair enough really", P),
    _a("My daughter says Mrs Lowe is strict but fair and she's learned loads", P, xfail="the model alone reads a person of the school beside 'strict' (model score 0.53); no rule fires"),
    _a("The dinner ladies make them try one bite of everything, my fussy eater now likes peas!", P, xfail="the model alone reads a person of the school beside 'make them' (model score 0.51); no rule fires"),
    _a("Mr Hayes threw a brilliant Christmas party for his class, thank you!", P),
    _a("Mrs Kaur only lets the quiet ones feed the fish, my chatterbox is gutted 😂", P),
    _a("The teacher put my son on the top table for maths, we're so proud", P),
    _a("Our form tutor reads out the birthdays every morning, it's cute", PUP),
    _a("sir literally gave us the answers to the practice quiz so we could mark our own lol", PUP),
    _a("our head is lying on the field with the reception kids looking at clouds, best job ever", P),
    _a("Someone's pinched the last biscuit in the staffroom and I will find them 🕵️"),
    _a("Mrs Arnold is retiring after 30 years, the kids made her a giant card", P),
    _a("The caretaker at Hillside has been there since I was at school, he's part of the furniture", PUB, xfail="the model alone reads a person of the school beside a long-serving caretaker; no rule fires"),
    _a("The office manager reminded everyone to update their contact details, please do!", P),
    _a("A teacher at my old school got sacked years ago, no idea what for, ancient history now", PUB),
    _a("My ex's new partner is a TA somewhere, good luck to her lol", PUB),
    _a("The academy trust has paid for a new roof, about time", P),
    _a("The principal gave every Year 11 a handwritten card before their exams, so thoughtful", P),
    # (added after run: a probe of new look-alikes after the rules were written, each row written before it was run)
    _a("Our head of year has been marking mocks all weekend, give that man a medal", P),
    _a("The lunchtime lady at Park View always saves my son an extra yorkshire pudding 😂", P),
    _a("The vice principal was on the radio this morning talking about exam stress", PUB),
    _a("That netball coach is tough but the girls won the league, so fair play", P, xfail="the model alone reads a person of the school beside 'tough but' (model score 0.53); no rule fires"),
    _a("Mr Lewis took Year 6 to the pub quiz fundraiser and they won a hamper", P),
    _a("Apparently the new head of maths used to work at NASA, how cool is that", P),
    _a("The PTA treasurer has counted the raffle money: £640! Thank you all", P),
    _a("The dance teacher makes every child feel like a star, my shy daughter loved the show", P),
    _a("The caretaker was the only one with a key, so we had to wait 20 minutes in the rain. Not his fault", P, xfail="the model alone reads a person of the school beside 'the only one with a key'; no rule fires"),
    _a("Sir took our phones at the start of the exam, standard procedure", PUP),
    _a("The deputy covers for the head when she's at meetings", P, xfail="the model alone reads a person of the school beside 'covers for' (staffing cover); no rule fires"),
    _a("My friend who works in the office says the new system is a nightmare to use", P),
    _a("The school nurse told my daughter she's doing really well with her inhaler", P, xfail="the model alone reads a person of the school beside a nurse telling a child something; no rule fires"),
    _a("Ms Barker at the infants runs the best sports day in the county", P),
    _a("The chair of governors is related to half the village, it's that kind of place", PUB),
    _a("The music teacher is close to retiring, she's taught here 35 years", P),
    _a("Our class teacher tells the funniest stories, my son repeats them at tea", P, xfail="the model alone reads a person of the school beside 'tells ... stories'; no rule fires"),
    _a("The swimming instructor at the leisure centre is brilliant with nervous kids", P),
    _a("Everyone in the village knows the headmistress, she's lived here all her life", PUB),
    _a("In the book we're reading in class, the teacher steals a dragon's egg. Year 4 are hooked"),
    _a("She's been lying in bed all morning, teenage daughters eh", P),
    _a("He's nicked my seat on the sofa again, husband of the year 😂", P),
    _a("The kids were playing cops and robbers and Mr Bell was the robber, he got caught by a 5 year old", P, xfail="the model alone reads a person of the school beside a game's robber; no rule fires"),
    _a("My son's teacher says he's been bullied at lunch, the school are dealing with it well", P),
    _a("A teacher at a school in Devon was banned for life for lying about results, says the paper", PUB),
    _a("The councillor for our ward lied about the bypass, typical politician", PUB),
    _a("The head told the kids in assembly that stealing is wrong after the tuck shop went missing", P),
    _a("Our TA was drunk with excitement when her team won the cup 😂"),
    _a("Our form tutor reads out the lunch menu every morning like it's the news", PUP),
    _a("The Year 5 teacher left the class in the hall with the TA while she took a phone call from a parent", P, xfail="the model alone reads a person of the school beside a class left (with a TA); no rule fires"),
    # (added after run: a second probe of look-alikes, written after the rules and before it was run)
    _a("Our Year 3 TA sells her own pottery on Etsy, gorgeous stuff, go and look", P),
    _a("The bursar got a new BMW for her 50th, her husband spoils her!", PUB, xfail="the model alone reads a person of the school beside a new car (model 0.86); no rule fires"),
    _a("Mrs Okoro booked the coach for the trip in record time, what a star", P),
    _a("The head teacher at Millbrook has secured extra SEN funding for the new nurture room", P, xfail="the model alone reads a person of the school beside SEN funding (model 0.73); no rule fires"),
    _a("Deputy head sang at the carol concert and absolutely smashed it 🎄", P),
    _a("I have it on good authority that the PE teacher makes the best brownies in Shropshire", P),
    _a("Mr Grey checks the girls' bags for their PE kits before the bus, saves so many tears", P, xfail="the model alone reads a person of the school beside girls' bags searched; no rule fires"),
    _a("The after school club staff lock up at 6 sharp, so don't be late!", P),
    _a("our head of year literally laughed so hard at the talent show she cried", PUP, xfail="the model alone reads a person of the school beside 'laughed ... cried'; no rule fires"),
    _a("The SENCo spoke at the tribunal for my son and we won, can't thank her enough", P),
    _a("A certain governor has been running the school tuck shop for 10 years without taking a penny", PUB, xfail="the model alone reads a person of the school beside 'without taking a penny' (model 0.80); no rule fires"),
    _a("Not pointing fingers but someone in this house ate all the Easter eggs 🤔", P),
    _a("The teacher in 4B makes the kids stand up and stretch every half hour, great idea", P, xfail="the model alone reads a person of the school beside 'makes the kids stand' (model 0.51); no rule fires"),
    _a("Our caretaker is a registered first aider and saved the day at sports day", PUB),
    _a("Miss Wong finished her Masters dissertation while teaching full time, huge respect", "staff"),
    _a("My friend in the office says the new head is really approachable", P),
    _a("The governors held the parent governor election this week, results on Friday", P),
    _a("mr patel marks our books so fast, we get them back the next day", PUP),
    _a("The school photographer is the chair of governors' son, he did a lovely job", P),
    _a("The TA who does one to one with my son is amazing, he's made so much progress", P),
    # Complaints about service that accuse nobody of a wrong.
    _a("The office never answers the phone before 9, so frustrating", P),
    _a("Still waiting for a reply from the head about the parking, three weeks now", P),
    _a("The school's communication is rubbish, we find out everything last minute", P),
    _a("Our class teacher is off again and the supply teachers keep changing, the kids are unsettled", P),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory(POLICY)


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_get_no_allegation(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_allegation_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)


# ---------------------------------------------------------------- confidential_school_matter, told by outsiders
# The principle (CONTRACT.md: "discloses school-internal matters: performance or inspection results not yet public,
# internal disputes, behaviour incidents, safeguarding cases, exclusions, staffing or other decisions not yet released,
# confidential facts about colleagues"): the category is what the content discloses, whoever writes it. Red team 10
# covered insiders (staff, governors at work); these are people outside the staffroom passing on what they heard or
# saw: parents at the gate, grandparents, pupils, neighbours, volunteers, second-language writers, and the school's own
# page letting slip in a reply. Not confidential: a parent's own child, what the school has published or announced,
# news already reported, opinions about education, rumours about nothing of the school.
# Written before the code was run on any of them (rows added after the first run are marked so).

CONF = ("confidential_school_matter",)


def _c(text, author="parent", account="personal", xfail=""):
    return _r(text, CONF, author=author, account=account, xfail=xfail)


CONF_PARAPHRASES = [
    # Parents and grandparents passing on staffing news heard at the gate or from friends.
    _c("Heard at the gate that Miss Cole has been suspended, anyone know why?"),
    _c("Apparently the head is off with a breakdown and the deputy is running things, they haven't told parents"),
    _c("My cousin's a dinner lady there and says three teachers are leaving in July and they can't replace them"),
    _c("Lollipop man told me the head's leaving at Easter, nobody's been told yet"),
    _c("Friend who's a TA there says the Year 2 teacher has been signed off with stress till Christmas"),
    _c("My mum helps in the office and reckons they're getting rid of two TAs to save money"),
    _c("So the SENCo has walked out mid-term, my neighbour works there and says it's been brewing for months"),
    _c("Someone who works at the school told me Mr Grant is on his final warning"),
    _c("Gran here - my granddaughter's teacher has had a miscarriage, the poor love, that's why she's been off"),
    # Inspections and results before they are out.
    _c("Friend who's a TA there says the school failed its Ofsted, report's not out yet"),
    _c("Our neighbour's a governor and says we're going into special measures, keep it quiet till it's official"),
    _c("Inspectors were in all week according to my son, the teachers looked terrified. Verdict pending!"),
    _c("My friend on the governors says the SATs results are the worst in the county this year. Not published yet"),
    # Behaviour incidents and exclusions about pupils one can point at.
    _c("A boy in my daughter's class got excluded for bringing a knife in, the school hasn't said a word to us"),
    _c("That kid in Year 4 who keeps hitting everyone has finally been kicked out, thank god"),
    _c("Did everyone hear about the fight in the Year 9 toilets? Two lads went to hospital and one's been expelled"),
    _c("The Harris boy bit a dinner lady today, my son saw the whole thing"),
    _c("One of the Year 6 girls was caught with vodka in her water bottle on the residential, they sent her home"),
    _c("The lad who wrecked the Year 3 classroom last week is back already. Is that safe for our kids?"),
    # Safeguarding, a child's home and health.
    _c("The little girl in reception whose mum's in prison is living with her nan now, so sad"),
    _c("The school's got a social worker in for one of the families in Year 2, you can guess which"),
    _c("Jayden in Year 6 is autistic, that's why he's like that, my friend works in his class"),
    _c("Reading volunteer here - one of my little readers told me his dad hits his mum. I've passed it on but I'm "
       "heartbroken", author="staff"),
    _c("My son's friend in 5C is being assessed for ADHD, his mum told me in confidence but I think the class "
       "should know"),
    _c("One of the Year 8 girls has been cutting herself, it's all over the group chat and the school knows"),
    _c("The twins in Year 1 have been taken into care, police were at the house on Friday"),
    # Internal disputes.
    _c("PTA meeting got heated, the chair and the head aren't speaking after the row about the fair money"),
    _c("My sister teaches there and says the whole staff are at war with the new head, two have put in grievances"),
    _c("There's a parent who's been banned from the playground after kicking off at Mrs Lee, I know who it is 👀"),
    # Decisions not yet released.
    _c("As a parent governor I can tell you the budget's in a mess and staff will be cut, letters go out next week"),
    _c("Heard from the office that Year 3 and 4 are being merged next year, the letter hasn't gone out yet"),
    _c("My husband's on the trust board, the school is being taken over by Oakwood Academies in April. Shh"),
    # Pupils.
    _c("omg mr davies got suspended for what he said to a year 10 💀", author="pupil"),
    _c("kayden got permanently excluded today for vaping in class lmao", author="pupil"),
    _c("our maths teacher is pregnant she told us but we aren't meant to tell anyone", author="pupil"),
    _c("they found weed in a year 11's bag and the police came, he's not allowed back", author="pupil"),
    _c("ellie in 8R is moving schools because of the bullying, her mum's going to the papers", author="pupil"),
    _c("sir told us miss jones isn't coming back after what happened, everyone knows what happened tho", author="pupil"),
    # The public and neighbours.
    _c("Police cars outside the primary all afternoon, my mate whose kid goes there says a teacher was arrested",
       author="public"),
    _c("Live opposite the school. Ambulance came for a kid at lunch, word is he was pushed off the climbing frame "
       "by another boy", author="public"),
    # Second-language English.
    _c("The teacher of my son class is sick long time, school say nothing to parents, I know from other mother she "
       "have cancer"),
    _c("In my daughter school one boy bring knife, they send him home one week, nobody tell the parents"),
    _c("My friend work in kitchen of school, she say the head is go to leave and new one is come, not announce yet"),
    # The school's own page letting slip, in a reply.
    _c("Hi Sarah, we have dealt with the boy who hit your son and he has been excluded for two days", author="staff",
       account="official"),
    _c("Mrs Cole is off on long term sick leave following her operation, thank you for your patience", author="staff",
       account="official"),
    _c("Sorry for the delay with reports, our Year 5 teacher is currently suspended and we are covering", author="staff",
       account="official"),
    # (added after run: a probe of new outsider voices after the rules were written, each row written before it was run)
    _c("My sister-in-law's a cleaner there and says the deputy has been sent home pending an investigation"),
    _c("heard at the gate the Year 1 teacher is on long term sick with depression, poor woman"),
    _c("Mate whose kids go there says Ofsted rated them inadequate, it'll be public next month"),
    _c("The boy in my son's class who set off the fire alarm twice has been suspended for a week"),
    _c("Amelia's mum and dad are splitting up, my daughter says she cries at school every day"),
    _c("one of the year 10s got caught selling weed at the bus stop, the school has brought the police in", author="pupil"),
    _c("My neighbour is a governor and said they're closing the nursery class in September, not announced yet"),
    _c("Grandad here: the lad who punched my grandson has been moved to another school, they call it a managed move"),
    _c("the music teacher has been arrested everyone is saying, the school just says she's unwell", author="pupil", xfail="a pupil passing on playground talk: the insider rules ask for staff or a relayed insider, and pupils are left out of both (a pupil noticing a teacher off sick is no disclosure)"),
    _c("My friend works at the academy and the head of English has quit after a massive row with the principal"),
    _c("There's a little boy in reception whose dad is in prison, the mums at the gate were all talking about it"),
    _c("Teacher of my daughter is pregnant with twins, she tell the mothers not to say anything yet"),
]

CONF_ORDINARY = [
    # A parent's own child.
    _c("My daughter's been diagnosed with dyslexia, any tips from other parents?"),
    _c("My son got a detention for talking in class, fair enough tbh"),
    _c("Our little one starts on a reduced timetable in reception to settle in, is that normal?"),
    _c("My lad has just been picked for the county football squad, so proud"),
    _c("Gran here - my grandson's teacher says he's a joy to have in class ❤️"),
    # Published, announced, reported.
    _c("The Ofsted report came out today, Good in every area! Well done all"),
    _c("The head announced in the newsletter that she's leaving at Easter, we'll miss her"),
    _c("Local paper says a school in Wellington has gone into special measures", author="public"),
    _c("Staff strike on Thursday, school closed to Years 1 to 4 - the letter came out today"),
    _c("Year 6 results are on the school website, well done all!"),
    _c("The school's budget report is on the trust website for anyone who wants to read it"),
    _c("It was on the news that a teacher at a school in Leeds was suspended, awful", author="public"),
    _c("Congratulations to Mrs Ahmed on her new baby girl, the school shared the lovely news today"),
    _c("The trust wrote to all parents today confirming we join Oakwood Academies in April"),
    # Opinions, general knowledge.
    _c("Exclusions are rising nationally, it's really worrying"),
    _c("Social workers deserve far more pay for what they do", author="public"),
    _c("Teachers are leaving the profession in droves, no wonder with the workload", author="public"),
    _c("Ofsted should be scrapped, it does nothing but stress people out", author="public"),
    _c("SEN support is a postcode lottery in this country"),
    # Rumours about nothing of the school.
    _c("Heard at the gate that the ice cream van is back 😂"),
    _c("Apparently it's going to snow on Friday, fingers crossed for a snow day!"),
    _c("Lollipop man told me his granddaughter just passed her driving test, lovely man"),
    _c("Someone at the gate said the new Aldi opens next week"),
    # Pupils' ordinary news.
    _c("mr davies is the best teacher ever he gave us no homework", author="pupil"),
    _c("kayden got player of the match today 🏆", author="pupil"),
    _c("our maths teacher is pregnant!! she announced it in assembly and everyone cheered", author="pupil"),
    _c("ellie in 8R is moving to Scotland, gonna miss her so much 😭", author="pupil"),
    _c("sir told us the trip to the zoo is next friday!!", author="pupil"),
    # Shared words in other senses.
    _c("Police came into school today to talk to Year 6 about online safety, really useful"),
    _c("The fire brigade visited reception, the kids loved sitting in the engine"),
    _c("Pillow fight at the sleepover, 6 girls, zero sleep 😴"),
    _c("My son says they had a water fight on the field for the last day of term"),
    _c("Our neighbour's a governor and says they need more parent governors, anyone interested?"),
    _c("Friend who's a TA there says it's the best school she's worked in"),
    _c("The PTA chair and the head did a brilliant double act at the quiz night"),
    _c("Inspectors of the new road bridge were out all week, traffic was a nightmare", author="public"),
    _c("My cousin's a dinner lady there and says the new menu is really popular"),
    _c("Apparently the head is a brilliant baker, her cake at the fair sold out in minutes"),
    _c("Heard from the office that the school photos are ready to order"),
    _c("Someone who works at the school told me the Christmas play is the best they've ever done"),
    _c("Live opposite the school. The kids singing in the playground this morning made my day", author="public"),
    _c("The school's page says Mrs Cole is back from her operation next week, welcome back!"),
    _c("Thank you to everyone who came to the leavers' assembly", author="staff", account="official"),
    _c("Hi Sarah, please pop into the office and we'll find the lost jumper for you", author="staff",
       account="official"),
    _c("Reading volunteer here - my little readers are flying through their books this term!", author="staff"),
    _c("In my daughter school they have new playground, very nice, children are happy"),
    _c("My friend work in kitchen of school, she say the children love the pizza Friday"),
    _c("Exclusion zone around the bonfire is 10 metres, please keep the kids behind the rope", author="public"),
    # (added after run: a probe of new outsider look-alikes after the rules were written, each row written before it
    # was run)
    _c("My sister-in-law's a cleaner there and says it's the friendliest place she's worked"),
    _c("Heard at the gate the Year 1 teacher ran the London marathon! What a legend"),
    _c("Mate whose kids go there says the new head is lovely, can't wait to meet her"),
    _c("The boy in my son's class who won the spelling bee is going to the national final"),
    _c("My parents are splitting the cost of the school trip with us, grandparents are the best"),
    _c("My neighbour is a governor and said the summer fair raised £3,000, amazing"),
    _c("I got kicked out of the group chat for posting too many cat pictures 😂"),
    _c("They sent her home with a temperature, poor thing, hope she's better soon"),
    _c("My friend works at the academy and says the Year 7 production is incredible this year"),
    _c("There's a little boy in reception who knows every dinosaur, the teachers love him"),
    _c("Teacher of my daughter is so kind, she sent a card when our dog died"),
    _c("The headteacher's letter says Mrs Hart is leaving in July after 20 years, she'll be missed"),
    _c("Sir told us the school is getting new laptops for the computer room!", author="pupil"),
]


@pytest.mark.parametrize("text,cats,author,account", CONF_ORDINARY)
def test_conf_ordinary_posts_get_no_confidential_finding(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", CONF_PARAPHRASES)
def test_conf_paraphrases_by_outsiders_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
