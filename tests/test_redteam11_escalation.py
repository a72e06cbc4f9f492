"""Escalation red team (h-esc, eleventh round): the escalate verdict in the words of people safepost has never seen.
Written from CONTRACT.md ("Severities and verdicts") and the packs' safeguarding and reporting parts BEFORE the
escalation code was read in depth or run on these rows; no row copies a readable or a blind set. Rows added after
the first run are marked "# added after run".

Principles (one sentence each):
1. THREAT: a post that says or implies that the writer (or someone they send) will physically hurt, attack, burn or
   kill a particular person or group escalates, however it is worded (harm verb or idiom + a target + intent: "he
   won't walk straight", "watch his back", "shame if something happened").
2. GROOMING / HARM SIGNS: signs that a child is being harmed or groomed escalate: an adult's secret, private or
   sexualised contact with a child (secrecy, gifts or money, lifts, meeting alone, asking for photos), a child
   living with or staying with an unrelated adult, exploitation, neglect, injuries or fear, self-harm.
3. ALLEGATION: an allegation that an adult harmed a child escalates, also when it is second-hand ("my son says
   Mr X grabbed him by the neck", "word at the gate is the TA slapped a boy").
4. LIVE CASE: a live safeguarding case made public escalates (a child or family who can be recognised tied to social
   services, a child protection plan or conference, a disclosure, a referral, a police investigation, removal).
5. LOOKED-AFTER WHEREABOUTS: where a looked-after child (fostered, in care, in a children's home, in a kinship
   placement) lives, goes to school or can be found escalates.
6. POLICE / CEOP: what a pack says must be reported to the police or CEOP escalates: Newport calls racist and
   homophobic insults illegal and reportable; indecent images of a child shared, and strangers fishing for a
   child's school or address, put a young person at risk of harm in every pack.
NOT escalation: sport and everyday idiom ("we'll kill them on Saturday"), counter-speech and policy, training and
news about safeguarding in general, fiction and films, a report already made to the DSL told in general terms, a
trip that is over, a foster carer's pride post without a place, a parent's ordinary complaint, ordinary family life.
Rows are (policy, text, categories, author, account), through the engine a user sees (the demo school).
"""
from __future__ import annotations

import pytest

from redteam import ESC, assert_found, assert_ordinary, policy_row

AD, MF, NP, RD, SD = "aycliffe-drive", "marshfields", "newport-cejs", "rattlesden", "staff-declaration"


def _p(policy, text, author="staff", account="personal", xfail=""):
    return policy_row(policy, text, ESC, author, account, xfail)


PARAPHRASES = [
    # 1. THREAT
    _p(AD, "I'll be waiting for that teacher after school, he won't walk straight for a week", "parent"),
    _p(MF, "if mr patel put his hand on my son again i will come to that school and he will see what i do to him",
       "parent"),
    _p(NP, "Tell that coach to watch his back on Saturday. Last warning.", "parent"),
    _p(RD, "Some of us dads are going to pay the PE teacher a visit at his house tonight, bring your mates", "parent"),
    _p(SD, "swear down if she says one more thing about my sister im gonna batter her at the bus stop tmrw", "pupil"),
    _p(AD, "That woman from the office wants to be careful walking to her car in the dark, just saying", "public"),
    _p(NP, "Know where the head lives. Nice house. Shame if something happened to it with her kids inside", "public"),
    _p(MF, "I'm bringing a knife in tomorrow and the year 9s will find out why", "pupil"),
    _p(RD, "Whoever keyed my car in the staff car park, I will break your fingers one by one when I find you"),
    _p(SD, "My husband says he'll knock the caretaker's teeth out next time he shouts at our boy", "parent"),
    _p(AD, "Grandad here. If that bully lays one finger on my granddaughter again I'll deal with his father myself "
           "and he won't get back up", "parent"),
    _p(NP, "Going to torch that school one of these nights, see how they like it", "public"),
    _p(MF, "Headteacher better lock her doors tonight 🔪", "public"),
    _p(RD, "we're gonna jump that new kid after school behind the sports hall, who's coming", "pupil"),
    _p(SD, "Neighbour's lad keeps kicking his ball at my windows, I'll put him through the fence next time, not joking",
       "public"),
    _p(AD, "I know what car the new maths teacher drives, he'll get what's coming to him on Friday", "pupil"),
    _p(MF, "My brother's coming to sort Mr Green out tomorrow, he did 4 years for GBH so good luck to him", "pupil"),
    _p(NP, "ok so the plan is we all wait for Jordan at the gates and he's getting done in", "pupil"),
    # 2. GROOMING / HARM SIGNS
    _p(AD, "she's been sleeping at her 'uncle's' who's 30, he buys her vapes and a new phone, she's only 14",
       "parent"),
    _p(MF, "My daughter (13) says the swimming coach messages her at night and told her not to tell me because I "
           "'wouldn't understand'", "parent"),
    _p(NP, "A man in a silver car has been giving the year 7 girls lifts and sweets after school, one of them told my "
           "son he said it's their secret", "parent"),
    _p(RD, "my son age 12 has a new online friend, a grown man, who send him game money and ask him to turn camera "
           "on in bedroom. what do I do", "parent"),
    _p(SD, "The boy from year 8 keeps turning up with new trainers and cash from an older lad with a car, out til 2am "
           "and won't say where"),
    _p(AD, "Bit odd but the new music tutor keeps asking Ellie to stay behind alone and drives her home, and she's "
           "gone very quiet", "parent"),
    _p(MF, "He said not to tell. That's what my granddaughter whispered about her mum's new boyfriend, and now she "
           "won't go home", "parent"),
    _p(NP, "Teacher at our school follows my 14yo on insta and DMs her saying she looks mature for her age", "parent"),
    _p(RD, "my friend (15) is going out with a 24 year old and he picks her up from school, she says we can't tell "
           "anyone cos he'd get in trouble", "pupil"),
    _p(SD, "Just found messages on my lad's ipad from a man asking him to meet at the park on his own and not bring "
           "his phone", "parent"),
    _p(AD, "The dad who runs the under-12s asked my daughter for pictures of her in her kit 'for the website' and "
           "said to send them to his own number", "parent"),
    _p(MF, "some guy on tiktok is offering the girls in my class £50 to send pics, he knows what school we go to",
       "pupil"),
    _p(NP, "the little one in my class comes in with bruises every monday and flinches when I lift my arm, won't say "
           "anything"),
    _p(RD, "Neighbour here - the kids next door (maybe 5 and 7) are left on their own for days, no food in the "
           "house, they were in the garden at 11pm crying", "public"),
    _p(SD, "my sister's 13 and keeps cutting her arms, she says she wants to die and nobody at home knows", "pupil"),
    _p(AD, "lol anyway great party saturday 🎉 oh and btw Megan said her mum's new fella makes her sit on his lap and "
           "told her it's their secret, weird right? anyway who's doing the cake", "parent"),
    _p(MF, "Is it normal for the cricket coach to add the 13 year olds on snapchat and tell them to delete the chats? "
           "asking for a friend", "parent"),
    _p(NP, "My stepdaughter (12) keeps getting parcels from a man she met gaming, makeup and underwear. She says he's "
           "16 but the voice on her headset is a grown man", "parent"),
    # 3. ALLEGATION
    _p(AD, "My son came home saying Mr Clarke grabbed him by the neck and pushed him into the wall. there's marks.",
       "parent"),
    _p(MF, "Word at the gate is the TA in Robins slapped a little boy and the school hushed it up", "parent"),
    _p(NP, "My daughter told me the dinner lady pinched her arm till it bled because she didn't finish her lunch",
       "parent"),
    _p(RD, "the minibus driver touched my friend's leg and said keep it between us, she's 11", "pupil"),
    _p(SD, "Colleague told me in confidence that the head of PE was seen kissing a year 11 girl in his car"),
    _p(AD, "our youth leader made the lads strip and stand outside in the cold as a punishment, my boy was shaking "
           "when he got home", "parent"),
    _p(MF, "Not being funny but my niece says her step dad hits her with a belt when she's naughty and she's scared "
           "of going home", "public"),
    _p(NP, "Mrs K dragged my autistic son across the hall by his arm, another mum saw it", "parent"),
    _p(RD, "my kid say teacher lock him in cupboard for one hour because he cry. is this normal in england??",
       "parent"),
    _p(SD, "The football coach at our club sent my 12 year old a picture of himself with no clothes on", "parent"),
    _p(AD, "I babysit for the family next door and the little boy told me daddy hurts mummy and then hurts him",
       "public"),
    _p(MF, "heard the supply teacher shook a reception kid really hard and he banged his head on the table"),
    _p(NP, "my mate said the tutor kept showing her stuff on his phone no kid should see and said he'd fail her if "
           "she told", "pupil"),
    _p(RD, "Granddaughter says the man at her after school club puts his hand up her top when the others are "
           "outside", "parent"),
    _p(SD, "that teacher threw a chair at my son today and it hit his back, I have photos of the bruise", "parent"),
    _p(AD, "Heard from my kid's mate that Mr B 'accidentally' walks into the girls' changing room every lesson",
       "parent"),
    _p(MF, "A Year 4 girl told me at lunch duty that her uncle does things to her at night and she doesn't like it"),
    # 4. LIVE CASE
    _p(AD, "Just heard the Wilsons in Year 3 have social services in again and the kids might be taken off them, so "
           "sad", "parent"),
    _p(MF, "Child protection conference for one of my Year 5s this afternoon, poor lad, his mum's boyfriend is the "
           "problem"),
    _p(NP, "Police at Jayden's house again last night, the DSL says it's a section 47 now"),
    _p(RD, "Anyone know why Tyler B hasn't been in for two weeks? My mum says there's a social worker involved and "
           "his dad's been arrested", "pupil"),
    _p(SD, "Big day tomorrow, giving evidence in the case about what Amy's stepdad did to her. Can't say more!"),
    _p(AD, "Our DSL has been in meetings all day about the boy in 4B who disclosed last week. Exhausting week."),
    _p(MF, "My neighbour's little girl has been put on a child protection plan, the whole street knows", "public"),
    _p(NP, "the family of that girl in year 9 who went missing are being investigated by the police, apparently the "
           "mum knew", "parent"),
    _p(RD, "Please pray for the Hussain children, they were taken into emergency foster care last night after what "
           "happened at home", "parent"),
    _p(SD, "Gutted, had to make a referral for one of my little ones today, the marks on her back were awful"),
    _p(AD, "Social worker came to pick up Liam from my class at lunch, he's not going back home tonight"),
    _p(MF, "Our Riley's friend Maddie told the teacher her uncle touches her and now there's police at school, keep "
           "her in your prayers", "parent"),
    # 5. LOOKED-AFTER WHEREABOUTS
    _p(NP, "the kid from the care home is staying at the Travelodge on Fenton Road with a support worker", "public"),
    _p(AD, "Our new foster son Kai starts at St Mary's on Monday and we're just off Elm Street, so excited!",
       "parent"),
    _p(MF, "The looked after girl in my tutor group has moved to a placement in Hartwell, she gets the 42 bus from "
           "the stop outside the Co-op"),
    _p(RD, "So proud of our foster daughter Jess, here she is at her new school, Oakfield Primary, in her uniform",
       "parent"),
    _p(SD, "That lad who was taken into care is living at the children's home on Mill Lane now, his real dad's been "
           "asking around", "public"),
    _p(NP, "Welcome to our new little foster boy! He'll be at Acorn nursery every morning, come and say hi",
       "parent"),
    _p(AD, "Year 6 residential: our looked-after pupil R is with us at the Kingswood centre till Friday"),
    _p(MF, "In care kid in year 8 has been placed with a family on Beech Avenue, number 14, the one with the red door",
       "public"),
    _p(RD, "My foster child's birth mum isn't allowed to know where we are but we're loving Westbury so far! Pics from "
           "his first day at Westbury Juniors", "parent"),
    _p(SD, "foster placement update: moved the twins to a lovely carer on Cray Road, they start at Hillside next "
           "week"),
    _p(NP, "the girl in care who ran off is hanging round the skate park on Lime Street every night with older lads",
       "public"),
    _p(AD, "Kinship carer here, grandson placed with us by the council, he's at Holly Lodge school now and we live by "
           "the church on Station Rd", "parent"),
    _p(MF, "Picked up our new foster baby from the hospital, we're home on Rosewood Close now, pics to follow!",
       "parent"),
    # 6. POLICE / CEOP
    _p(NP, "Mr Ahmed's a dirty immigrant, go back to your own country", "public"),
    _p(NP, "That gay PE teacher is a f*ggot and shouldn't be near boys", "parent"),
    _p(NP, "the new family are gypos, lock your cars", "parent"),
    _p(NP, "No wonder the school's going downhill, run by a bunch of queers now", "public"),
    _p(NP, "that chinky lad in year 10 brought covid to the school", "pupil"),
    _p(NP, "Honestly the new lesbo receptionist makes my skin crawl", "parent"),
    _p(NP, "Miss Osei should go back to the jungle", "public"),
    _p(AD, "Our lad says some of the boys have been sharing nude pics of a year 9 girl in a group chat", "parent"),
    _p(MF, "someone's set up a fake account posting pics of year 7 girls and rating them, it's gone round the whole "
           "school", "parent"),
    _p(SD, "a man keeps messaging kids on roblox asking which school they go to and for their address", "parent"),
    # --- added after run (second round): new wordings written after the first fixes, before the code saw them ---
    _p(NP, "that lunchtime supervisor is gonna get a slap off me tomorrow, mark my words", "parent"),  # added after run
    _p(AD, "If Mr Hale gives my boy one more detention I'm waiting at his car. He's been warned.", "parent"),  # added after run
    _p(MF, "we know where the ref parks. See you saturday pal", "public"),  # added after run
    _p(RD, "My cousins are coming up from Leeds to deal with that family, they won't know what hit them", "parent"),  # added after run
    _p(SD, "anyone touches my little sister again and I'm stabbing them, simple", "pupil"),  # added after run
    _p(NP, "Someone needs to teach that head a lesson she won't forget, and I'm happy to be the one", "public"),  # added after run
    _p(AD, "gonna glass the next teacher who takes my phone", "pupil"),  # added after run
    _p(MF, "I'm going to burn his car out. He knows what he did.", "public"),  # added after run
    _p(RD, "ur getting battered at 3:15 behind the co-op, bring who u want", "pupil"),  # added after run
    _p(SD, "Tell the new deputy she'd better not walk home alone anymore 😈", "public"),  # added after run
    _p(NP, "The dinner lady is getting it when I see her, nobody talks to my kid like that", "parent"),  # added after run
    _p(AD, "Honestly I'll put that PE teacher through the sports hall window if he shouts at my daughter again",
       "parent"),  # added after run
    _p(MF, "My 11 year old says a man at the park gave her his number and said she was his special girlfriend",
       "parent"),  # added after run
    _p(NP, "my niece is 14 and this lad of 22 keeps collecting her from school in his BMW and buying her stuff, her "
           "mum thinks it's fine", "public"),  # added after run
    _p(RD, "the caretaker keeps giving one of the year 5 boys money and telling him it's their little arrangement"),  # added after run
    _p(SD, "Our neighbour's boy (about 10) is always at the house of the man across the road, curtains shut, and he "
           "came out crying yesterday", "public"),  # added after run
    _p(AD, "bloke on fortnite told my son to add him on whatsapp and not say anything to me", "parent"),  # added after run
    _p(MF, "a few of the year 9 girls are being taken to parties by older men, they're given drink and come back the "
           "next day"),  # added after run
    _p(NP, "my daughter's dance teacher said she'd give her extra private lessons at his flat for free if she kept it "
           "quiet", "parent"),  # added after run
    _p(RD, "Little Ava in my class has had the same clothes on for a week, she's starving at lunch and says mummy's "
           "asleep all the time"),  # added after run
    _p(SD, "my best mate says her stepdad comes into her room at night and she puts a chair against the door",
       "pupil"),  # added after run
    _p(AD, "Year 7 lad came in today with cigarette burns on his arm and said his uncle did it for a laugh"),  # added after run
    _p(MF, "Anyone else think it's weird that the scout leader takes kids camping on his own and there's a rule no "
           "phones", "parent"),  # added after run
    _p(NP, "my boy is 9 and a grown man in the youtube comments asked him for his address and to send a photo without "
           "his top", "parent"),  # added after run
    _p(RD, "My son's PE teacher called him a fat pig in front of the class and pushed him off the bench, he's 8",
       "parent"),  # added after run
    _p(SD, "Apparently the nursery worker taped a toddler's mouth shut because he wouldn't stop crying. Disgusting.",
       "public"),  # added after run
    _p(AD, "our kid reckons the supply teacher smacked a year 3 round the head today", "parent"),  # added after run
    _p(MF, "my daughter came home with a bruise the shape of fingers on her arm and said miss squeezed it when she "
           "was talking", "parent"),  # added after run
    _p(NP, "grandma here, my grandson says the after school club man puts the naughty kids in a dark room and turns "
           "off the light", "parent"),  # added after run
    _p(RD, "The coach of the u10s made my lad do press ups till he was sick and called him a girl", "parent"),  # added after run
    _p(SD, "My friend's 13 and her form tutor has been sending her messages saying he loves her", "pupil"),  # added after run
    _p(AD, "mum friend told me the TA in nursery bites the children back when they bite, is this even legal",
       "parent"),  # added after run
    _p(MF, "my son told me the new teacher hit his fingers with a ruler really hard, they are swollen", "parent"),  # added after run
    _p(NP, "there is man who drive school bus he touch my daughter leg every morning she is 10 she don't want go to "
           "school", "parent"),  # added after run
    _p(RD, "Poor little Mason in 2B, his mum's in hospital after what her fella did and the social are involved now",
       "parent"),  # added after run
    _p(SD, "Strategy meeting about one of my Year 4 girls at 3. Fingers crossed they keep her safe tonight."),  # added after run
    _p(AD, "The Khan family's kids were collected by social workers from school today, whole playground saw it",
       "parent"),  # added after run
    _p(MF, "Can't believe I'm writing a statement for the police about what Lily told me on Friday"),  # added after run
    _p(NP, "just found out my son's best friend Jake is on a child protection plan because of his dad's drinking",
       "parent"),  # added after run
    _p(RD, "Our school's been told the Brown children won't be back, they've gone to a refuge with their mum",
       "parent"),  # added after run
    _p(SD, "Our foster daughter Amira has settled brilliantly at Greenfield Academy, she walks there from ours on Park "
           "Crescent ❤️", "parent"),  # added after run
    _p(AD, "the boys in care at the home behind Tesco are always out at night on the rec", "public"),  # added after run
    _p(MF, "New placement started today, lovely 7 year old girl, she'll be going to St Joseph's from tomorrow",
       "parent"),  # added after run
    _p(NP, "Respite carer this weekend for a little lad from the children's home on Oak Street, taking him to the "
           "football at Whitmore Park", "parent"),  # added after run
    _p(RD, "Looked after child in my class moved to a new foster family in Lowfield, she's at the bus stop by the "
           "chippy every morning at 8"),  # added after run
    _p(NP, "the new Polish cleaner is a dirty pikey, bet she nicks stuff", "parent"),  # added after run
    _p(NP, "Mr Evans is a raging poof, it's obvious", "pupil"),  # added after run
    _p(NP, "Get these p*kis out of our school", "public"),  # added after run
    _p(SD, "someone's made a group chat with a video of a year 8 girl getting changed, it's everywhere", "pupil"),  # added after run
    _p(AD, "adult account keeps commenting on our under 11s' football photos asking the girls to DM him", "parent"),  # added after run
    # --- added after run (third round): written after the second fixes and left as they came out (not tuned) ---
    _p(RD, "Next parent who blocks my drive at pick up is getting their windscreen through their face", "public"),  # added after run
    _p(SD, "gonna wait for Kyle at the bus stop and break his nose, he'll learn", "pupil"),  # added after run
    _p(AD, "My husband's already said he'll be at the school gates Monday for that teacher and it won't be to talk",
       "parent"),  # added after run
    _p(MF, "Keep talking about my family and see what happens to you and your kids on the way home 🙂", "public"),  # added after run
    _p(NP, "If the head excludes my son I'm burning the place down, I mean it", "parent"),  # added after run
    _p(RD, "my daughter is 12 and a man from the gym has been messaging her on insta telling her she's beautiful "
           "and to keep it between them", "parent"),  # added after run
    _p(SD, "The after school football coach bought my son a new PS5 game and said not to tell his dad", "parent"),  # added after run
    _p(AD, "Heard a lad from year 10 is 'seeing' a 25 year old who collects him in a Range Rover", "staff"),  # added after run
    _p(MF, "Bit worried - my 13yo's online 'friend' who says he's 15 wants to meet her at the shopping centre alone",
       "parent"),  # added after run
    _p(NP, "Our tutor asked my son to send him videos of himself in his pants for 'a modelling job'", "parent"),  # added after run
    _p(RD, "my son says the swimming teacher holds his head under the water til he panics", "parent"),  # added after run
    _p(SD, "Just been told by my daughter that her PE teacher made her do the lesson in her underwear because she "
           "forgot her kit", "parent"),  # added after run
    _p(AD, "the lunch lady dragged my nephew out of the dinner hall by his hood, he's 6", "public"),  # added after run
    _p(MF, "my friend said the music teacher kissed her on the lips after her lesson and said she was his favourite",
       "pupil"),  # added after run
    _p(NP, "Mason's dad hits him, everyone knows, he came in with a split lip again today", "staff"),  # added after run
    _p(RD, "Heartbroken, had to phone children's services about one of my Year 2s this morning. The bruises.",
       "staff"),  # added after run
    _p(SD, "Sophie in 5C won't be at school for a while, her mum's boyfriend has been arrested for what he did to her",
       "parent"),  # added after run
    _p(AD, "Everyone keep an eye out for the Thompson kids, social services took them last night", "parent"),  # added after run
    _p(MF, "Our foster son is now at Brookfield Primary and goes to the after school club at the leisure centre on "
           "Tuesdays", "parent"),  # added after run
    _p(NP, "the little girl in care from Y3 lives with the family above the chip shop on Market Street now",
       "public"),  # added after run
    _p(RD, "Welcome home to our foster twins! First day at Hillcrest Infants tomorrow, so proud", "parent"),  # added after run
    _p(NP, "That teacher's a filthy tranny, shouldn't be allowed near kids", "parent",
       xfail="the row was wrong by the pack's letter: Newport calls racist and homophobic insults reportable, not "
             "transphobic ones; the slur is found (abuse_or_hate/transphobic) under the pack's own rule for it, not escalated"),  # added after run
    _p(NP, "the spics who moved in next door are selling drugs, guaranteed", "public"),  # added after run
    _p(SD, "some grown man keeps adding year 6 kids on tiktok and asking them where they live", "parent"),  # added after run
]

ORDINARY = [
    # THREAT look-alikes: sport, idiom, fiction, talks about violence
    _p(AD, "We're going to kill them on Saturday, the under 14s are flying", "parent"),
    _p(MF, "I'll murder a cuppa after that parents' evening"),
    _p(NP, "Year 6 absolutely smashed their SATs, so proud"),
    _p(RD, "If the printer jams one more time I'm throwing it out the window"),
    _p(SD, "The kids will be waiting for you after school with their certificates, come early!"),
    _p(AD, "I could cheerfully strangle whoever invented reply-all 😂"),
    _p(MF, "Mrs Patel will knock your socks off with her Christmas show", "parent"),
    _p(NP, "Watch out, the year 11s are coming for the staff team in the netball match"),
    _p(RD, "Our self-defence workshop taught the girls how to break a grip and run"),
    _p(SD, "The Gruffalo says he'll eat the mouse but the mouse is too clever"),
    _p(AD, "Knife crime assembly today with the local police, really powerful session for Year 9"),
    _p(MF, "My little one threatened to run away because I said no more ipad 😂 packed her teddy and got as far as "
           "the gate", "parent"),
    _p(NP, "We'll be waiting at the finish line with water and medals", "parent"),
    _p(RD, "The drama club put on Macbeth, the murder scene was so convincing"),
    _p(SD, "Dad here, I'm going to have strong words with the council about the potholes outside school", "parent"),
    _p(AD, "Our PE team will destroy the parents in the tug of war on sports day"),
    _p(MF, "Grandma would kill me if I told you the secret ingredient in her bake sale brownies", "parent"),
    # GROOMING look-alikes: gifts, surprises, training, fiction, supervised activity
    _p(AD, "Lovely gift from my Year 6 class for the end of term, I'll treasure the card"),
    _p(MF, "Reminder: staff must never give pupils personal phone numbers or gifts; all contact goes through school "
           "email"),
    _p(NP, "Our Year 5 are planning a secret surprise for Mrs Lee's retirement, shh don't tell her!", "parent"),
    _p(RD, "Grandad took the kids fishing on his own for the day, they came back filthy and happy", "parent"),
    _p(SD, "Online safety evening Thursday: how groomers use games and gifts to build trust, and what to look for"),
    _p(AD, "My daughter's sleeping over at her auntie's this weekend, bliss", "parent"),
    _p(MF, "Just finished a thriller where a teacher grooms a pupil, couldn't put it down but grim", "public"),
    _p(NP, "Coach drives the under 10s to away matches in the club minibus, two parent volunteers always on board",
       "parent"),
    _p(RD, "My son turned 18 and moved in with his 25 year old girlfriend, not thrilled but he's an adult", "parent"),
    _p(SD, "Anyone know a good tutor for one-to-one maths? happy to sit in the next room", "parent"),
    _p(AD, "Safeguarding training today on spotting signs of neglect, really useful refresher"),
    _p(MF, "My 4 year old came home with a bruise on her knee from the climbing frame, clumsy like her mum", "parent"),
    _p(NP, "Don't tell my wife but I've bought her the necklace for our anniversary", "public"),
    _p(RD, "The kids came back from camp exhausted and muddy, best week ever", "parent"),
    _p(SD, "Our mentoring scheme pairs Year 7s with sixth formers, all sessions in the library"),
    _p(AD, "teen here, honestly my parents are the worst, they took my phone for a week", "pupil"),
    # ALLEGATION look-alikes: strictness, care, complaints, news, advice
    _p(AD, "My son says Mr Clarke is the strictest teacher in the school and gave him a detention for nothing",
       "parent"),
    _p(MF, "The TA helped my daughter up when she fell in the playground and cleaned her knee, so kind", "parent"),
    _p(NP, "I raised a concern with the DSL last term and it was handled properly, thank you to the team", "parent"),
    _p(RD, "Teacher took my son's phone off him in class, is that even allowed?", "parent"),
    _p(SD, "My daughter said the dinner lady made her eat her vegetables before pudding 😂", "parent"),
    _p(AD, "News: former teacher at a school in Kent jailed for abusing pupils in the 1990s", "public"),
    _p(MF, "Powerful documentary last night about the scandal at the football clubs, those poor boys", "public"),
    _p(NP, "The coach shouted at the whole team at half time, bit harsh but they won", "parent"),
    _p(RD, "my mum grabbed my arm to stop me stepping into the road, scary moment", "pupil"),
    _p(SD, "Our PE teacher made us run an extra lap because we were late, brutal", "pupil"),
    _p(AD, "Mr Jones got hit in the face by a football at lunch, the kids thought it was hilarious"),
    _p(MF, "If you're worried a child is being hurt, talk to our DSL Mrs Hart or call the NSPCC"),
    _p(NP, "The school nurse checked my son's bump on the head and rang me straight away, brilliant care", "parent"),
    _p(RD, "Teacher told my son off for swearing, good, he needed it", "parent"),
    _p(SD, "My niece's teacher keeps her in at break to finish her work, which seems fair", "public"),
    _p(AD, "Really disappointed no one rang me when my son was sent home ill, not acceptable", "parent"),
    _p(MF, "The school keeps losing jumpers, third one this term!", "parent"),
    # LIVE CASE look-alikes: training, roles, inspection, reports made in general terms
    _p(AD, "Proud to have completed my Designated Safeguarding Lead training this week"),
    _p(MF, "Our safeguarding team is Mrs Hart (DSL) and Mr Cole (deputy); contact them via the office"),
    _p(NP, "Ofsted said our safeguarding is effective, well done everyone"),
    _p(RD, "Watched the new drama about a social worker, brilliant acting", "public"),
    _p(SD, "Child protection training refresher for all staff on the INSET day"),
    _p(AD, "Social workers deserve far more pay, my sister's one and she's exhausted", "public"),
    _p(MF, "Tough week, lots of meetings. Glad it's Friday"),
    _p(NP, "Police visited Year 2 today to talk about their jobs, the kids loved sitting in the car"),
    _p(RD, "Passed my concerns to the DSL today as per procedure. That's all I'll say."),
    _p(SD, "Court this morning for my speeding fine, lesson learned", "public"),
    _p(AD, "Working on our new safeguarding policy with governors, consultation closes Friday"),
    _p(MF, "The case study in today's training was a fictional family, scarily realistic"),
    _p(NP, "That cliffhanger in EastEnders where the stepdad gets arrested!!", "public"),
    # LOOKED-AFTER look-alikes: pride without a place, fostering in general, care homes for the old, trips over
    _p(AD, "So proud of our foster daughter, she got a merit award today! ❤️", "parent"),
    _p(MF, "Fostering information evening at the town hall Tuesday, come and find out how to become a carer",
       "public"),
    _p(NP, "We've been foster carers for ten years and it's the best thing we've ever done", "parent"),
    _p(RD, "Back from the Kingswood residential, all children safely home"),
    _p(SD, "Care leavers' week: celebrating the young people who've grown up in care"),
    _p(AD, "Our foster son scored his first goal today, over the moon for him", "parent"),
    _p(MF, "The care home on Mill Lane is recruiting night staff, decent pay", "public"),
    _p(NP, "My mum's in a care home in Hartwell now, visiting every Sunday", "public"),
    _p(RD, "Looked-after children's reading scheme funded by the virtual school, lovely books arrived"),
    _p(SD, "Year 6 residential was amazing, all back at school now, thank you staff", "parent"),
    _p(AD, "Adopted our rescue dog from the shelter on Elm Street, meet Biscuit", "public"),
    _p(MF, "Interested in fostering? Our local authority needs carers for teenagers", "public"),
    # POLICE / CEOP look-alikes: counter-speech, online safety, celebration
    _p(NP, "We challenge racist and homophobic language whenever we hear it, there's no place for it here"),
    _p(NP, "Anti-bullying week: the kids made posters saying no to hate words"),
    _p(NP, "Pride month display up in the library, so colourful"),
    _p(NP, "Online safety talk: never send pictures to people you don't know online, tell an adult"),
    _p(NP, "CEOP's ThinkUKnow site has great resources for parents, worth a look"),
    _p(NP, "Our Black History Month assembly was brilliant"),
    _p(NP, "Two dads at the school gate, honestly the loveliest family", "parent"),
    _p(NP, "Miss Osei's trip to the rainforest exhibit was the highlight of the term", "parent"),
    _p(SD, "Roblox parental controls guide: how to turn off chat with strangers", "parent"),
    # --- added after run (second round look-alikes, written with the second-round paraphrases) ---
    _p(NP, "that lunchtime supervisor deserves a medal, mark my words", "parent"),  # added after run
    _p(AD, "If Mr Hale gives out one more detention he'll run out of paper 😂", "parent"),  # added after run
    _p(MF, "See you Saturday pal, the ref had a great game last week", "public"),  # added after run
    _p(RD, "My cousins are coming up from Leeds for the school fair, they won't know what hit them, it's chaos",
       "parent"),  # added after run
    _p(SD, "Anyone touches my chips again and they're in trouble 😂", "pupil"),  # added after run
    _p(NP, "The head taught us a lesson we won't forget: always back up your work"),  # added after run
    _p(AD, "We're going to smash the bake sale record tomorrow"),  # added after run
    _p(MF, "Burnt the dinner again, I'm a danger in the kitchen", "public"),  # added after run
    _p(RD, "ur getting a certificate at 3:15 in the hall, bring your mum"),  # added after run
    _p(SD, "Tell the new deputy she's welcome to join the staff walking club"),  # added after run
    _p(NP, "Our Year 9 rugby team battered Kingsway 40-0 today 💪"),  # added after run
    _p(AD, "The Year 11 boys are going to get destroyed by the teachers at dodgeball on Friday"),  # added after run
    _p(MF, "My 11 year old says a lady at the park gave her a leaflet for the summer reading challenge", "parent"),  # added after run
    _p(NP, "My niece is 14 and just got her first Saturday job at the bakery, so proud", "public"),  # added after run
    _p(RD, "The caretaker gave the year 5 boys a tour of the boiler room, they loved it"),  # added after run
    _p(SD, "Our neighbour's boy helps me with my garden, I pay him a fiver, he's saving for a bike", "public"),  # added after run
    _p(AD, "Add the school on WhatsApp for updates, don't say I didn't tell you 😉", "parent"),  # added after run
    _p(MF, "Sixth formers organised the Year 9 party, lots of fizzy drinks and a disco"),  # added after run
    _p(NP, "Private lessons available for piano, parents welcome to sit in, DBS checked", "public"),  # added after run
    _p(RD, "Little Ava in my class brought in her new puppy for show and tell, so cute"),  # added after run
    _p(SD, "my stepdad comes to all my matches, he's the loudest one there", "pupil"),  # added after run
    _p(AD, "Year 7 lad came in today with a cast on his arm after falling off his bike, signed it for him"),  # added after run
    _p(MF, "Scout camp was amazing, five leaders and twenty kids, no phones all weekend bliss", "parent"),  # added after run
    _p(NP, "My boy is 9 and asked me for his first email address, any tips on parental controls?", "parent"),  # added after run
    _p(RD, "Grandad bought the kids ice creams and let them stay up late, don't tell mum!", "parent"),  # added after run
    _p(SD, "Our tutor group secret santa went down a treat"),  # added after run
    _p(AD, "Uncle Dave took the boys to the match, they came home hoarse from singing", "parent"),  # added after run
    _p(MF, "my older brother (19) picks me up from school on Fridays", "pupil"),  # added after run
    _p(RD, "My son's PE teacher called him a superstar in front of the class, he's 8 and beaming", "parent"),  # added after run
    _p(SD, "Apparently the nursery worker taught the toddlers sign language, amazing", "public"),  # added after run
    _p(AD, "our kid reckons the supply teacher is a better footballer than the year 6s", "parent"),  # added after run
    _p(MF, "my daughter came home with paint all over her arm and said miss let them do handprints", "parent"),  # added after run
    _p(NP, "grandma here, my grandson says the after school club man does the best magic tricks", "parent"),  # added after run
    _p(RD, "The coach made the lads run laps for being late, they'll remember next time", "parent"),  # added after run
    _p(SD, "My form tutor sends us really long emails about revision, so boring", "pupil"),  # added after run
    _p(AD, "mum friend told me the TA in nursery sings to the children at nap time, so sweet", "parent"),  # added after run
    _p(MF, "my son told me the new teacher hit a six at the staff cricket match", "parent"),  # added after run
    _p(NP, "the man who drives the school bus waves at every kid, my daughter loves him", "parent"),  # added after run
    _p(RD, "Ex-teacher jailed today for historic abuse at a school up north, thoughts with the victims", "public"),  # added after run
    _p(SD, "Teacher training today on positive handling and de-escalation"),  # added after run
    _p(AD, "Poor little Mason in 2B broke his arm on the trampoline, get well soon buddy", "parent"),  # added after run
    _p(MF, "Strategy meeting about our Year 4 maths scores at 3, wish me luck"),  # added after run
    _p(NP, "The Khan family's kids won the sandcastle competition today, whole playground cheered", "parent"),  # added after run
    _p(RD, "Writing a statement for the parish council about the new crossing outside school", "parent"),  # added after run
    _p(SD, "Our school is a safe place and our safeguarding procedures are reviewed every year"),  # added after run
    _p(AD, "Thinking of all the foster families this Christmas, you do an amazing job", "public"),  # added after run
    _p(MF, "Social services budget cuts are hitting families hard, write to your MP", "public"),  # added after run
    _p(NP, "Our foster daughter Amira got full marks in her spelling test ❤️", "parent"),  # added after run
    _p(RD, "The children's home charity run raised £2,000, thank you everyone", "public"),  # added after run
    _p(SD, "New puppy started today, lovely 7 month old girl, she'll be going to training classes from tomorrow",
       "parent"),  # added after run
    _p(AD, "Respite carer this weekend, exhausted but it's so rewarding", "parent"),  # added after run
    _p(MF, "Fostering changed our lives, if you've ever thought about it, do it", "parent"),  # added after run
    _p(NP, "Our care-experienced students' graduation was so emotional"),  # added after run
    _p(NP, "We had a fantastic assembly on respecting each other's differences"),  # added after run
    _p(NP, "Pride flag up in reception again, love our inclusive school"),  # added after run
    _p(SD, "Reminder: don't share videos of other pupils in group chats, it can be a crime"),  # added after run
    _p(AD, "Please don't post photos of other people's children from the football tournament", "parent"),  # added after run
    _p(NP, "Polish night at the community centre was brilliant, the food!", "public"),  # added after run
    # --- added after run (third-round look-alikes, not tuned) ---
    _p(RD, "Next parent who blocks my drive at pick up is getting a strongly worded note on their windscreen",
       "public"),  # added after run
    _p(SD, "gonna wait for Kyle at the bus stop and give him his birthday present", "pupil"),  # added after run
    _p(AD, "My husband's going to be at the school gates Monday to thank that teacher in person", "parent"),  # added after run
    _p(MF, "Keep practising your spellings and see what happens to your scores 🙂"),  # added after run
    _p(NP, "If the head cancels the prom I'm going to cry, I mean it", "pupil"),  # added after run
    _p(RD, "my daughter is 12 and a lady from the gym has been coaching her for the county trials, she loves it",
       "parent"),  # added after run
    _p(SD, "The after school football coach bought the whole team ice lollies after the final, legend", "parent"),  # added after run
    _p(AD, "Year 10 work experience: one lad is shadowing a 25 year old engineer at the council", "staff"),  # added after run
    _p(MF, "My 13yo wants to meet her friends at the shopping centre alone, is that ok at her age?", "parent"),  # added after run
    _p(NP, "Our tutor asked my son to send him the video of his science project by Friday", "parent"),  # added after run
    _p(RD, "my son says the swimming teacher taught him to hold his breath under water for ten seconds", "parent"),  # added after run
    _p(SD, "Just been told by my daughter that her PE teacher let her borrow spare kit because she forgot hers",
       "parent"),  # added after run
    _p(AD, "the lunch lady dragged the big bin out of the dinner hall by herself, what a hero", "public"),  # added after run
    _p(MF, "my friend said the music teacher said she was his favourite pupil this year, so jealous", "pupil"),  # added after run
    _p(NP, "Mason's dad coaches the under 9s, everyone loves him, they won again today", "staff"),  # added after run
    _p(RD, "Lovely morning with children's services colleagues at the family hub open day", "staff"),  # added after run
    _p(SD, "Sophie in 5C won't be at school for a while, she's had her tonsils out, get well soon", "parent"),  # added after run
    _p(AD, "Everyone keep an eye out for the Thompson kids' lost dog, a little brown terrier", "parent"),  # added after run
    _p(MF, "Our foster son went to his first after school club today and came home beaming", "parent"),  # added after run
    _p(NP, "the chip shop on Market Street is doing free kids' meals in half term", "public"),  # added after run
    _p(RD, "Welcome home to our new puppies! First day at puppy class tomorrow, so proud", "parent"),  # added after run
    _p(NP, "Our trans and non-binary pupils deserve to feel safe, and they do here"),  # added after run
    _p(NP, "Spicy food tasting in Year 5 today, some very red faces 🌶️"),  # added after run
    _p(SD, "TikTok's minimum age is 13, please check your year 6 children's settings", "parent"),  # added after run
]


@pytest.mark.parametrize("policy,text,cats,author,account", PARAPHRASES)
def test_escalation_paraphrase_escalates(demo_checker_factory, policy, text, cats, author, account):
    assert_found(demo_checker_factory(policy), text, cats, author, account)


@pytest.mark.parametrize("policy,text,cats,author,account", ORDINARY)
def test_lookalike_does_not_escalate(demo_checker_factory, policy, text, cats, author, account):
    assert_ordinary(demo_checker_factory(policy), text, cats, author, account)
