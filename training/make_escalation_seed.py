"""Build training/data/escalation_seed.jsonl: hand-written training rows for the escalation model.

    .venv/bin/python training/make_escalation_seed.py

Written by hand on 2026-11-21 from a taxonomy, BEFORE the escalation detector's rules were read
closely: the contract's `escalate` definition (threats of violence, signs a child is harmed or
groomed, an adult harming a child, a live safeguarding case made public, a looked-after child's
whereabouts), the policies' safeguarding lines (newport-cejs: content "likely to put a young
person at risk of harm" goes to the police or CEOP; marshfields: staff report any safeguarding
issue) and the categories of harm of Keeping Children Safe in Education: physical, emotional and
sexual abuse, neglect, child sexual and criminal exploitation (county lines), child-on-child abuse,
sharing nudes, online grooming, radicalisation, FGM / forced marriage / honour-based abuse,
domestic abuse seen by children, self-harm and suicidal thoughts, children missing, weapons,
threats to staff, pupils or the school.

Each row: text, `escalate` (bool), `kind` (the pack kind the escalation maps to, or "" for a
near-miss), account/author (the voice), and `family` (which taxonomy entry it was written for).
The near-misses are the look-alikes that must stay clean: hyperbole, banter, films and books,
history and RE lessons, safeguarding training notices, news reports, a concern already handled.
These rows are training data for training/train_escalation.py, not an evaluation set.
"""
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "escalation_seed.jsonl"

# kind codes -> pack kinds (category, kind)
KIND = {
    "T": ("abuse_or_hate", "threat"),
    "C": ("safety_risk", "child_at_risk"),
    "D": ("safety_risk", "disclosure"),
    "G": ("safety_risk", "grooming"),
    "H": ("allegation", "adult_harmed_child"),
    "S": ("confidential_school_matter", "safeguarding_case"),
    "L": ("safety_risk", "looked_after_whereabouts"),
}
OP, PP, PS, OS, PU, PB = (("official", "parent"), ("personal", "parent"), ("personal", "staff"),
                          ("official", "staff"), ("personal", "pupil"), ("official", "public"))

# (kind code or "" for a near-miss, voice, family, text)
ROWS: list[tuple[str, tuple[str, str], str, str]] = [
    # --- physical abuse -------------------------------------------------------------------
    ("D", PS, "physical", "Little one in my class flinched when I lifted my hand to point at the board. Third bruise this month. I can't stop thinking about it"),
    ("D", OP, "physical", "my nephew in year 3 has marks on his back and says his stepdad uses a belt when he's naughty. who do i tell"),
    ("C", PB, "physical", "The child next door screams every night and I hear thuds against the wall. Worried sick, the dad is always shouting"),
    ("D", PU, "physical", "mum hit me again with the hairbrush cos i lost my coat. dont want to go home tonight"),
    ("D", OP, "physical", "Not being funny but the boy who sits with my daughter turned up with a black eye AGAIN and told her his dad 'doesn't mean it'"),
    ("D", PS, "physical", "Kid told me today his arm hurts because 'uncle twisted it'. Logged it but feeling sick about it"),
    ("C", PP, "physical", "Saw a woman in the school car park drag her little girl by the hair and slap her across the face. Nobody did anything"),
    ("D", PU, "physical", "my dad said if i tell anyone about the burns hes going to do it again"),
    # --- emotional abuse ------------------------------------------------------------------
    ("D", PU, "emotional", "my mum says everyday she wishes i was never born and locks me in my room when her boyfriend comes"),
    ("C", PB, "emotional", "I live above a family and the parents call their 6 year old worthless and stupid all day long, he sounds terrified"),
    ("D", OP, "emotional", "A girl in my son's class told him she's not allowed to eat with the family and has to stay in the shed when she's bad"),
    ("D", PU, "emotional", "im scared to go home, he says if i get one more bad mark he'll throw all my stuff out and me with it"),
    # --- sexual abuse ---------------------------------------------------------------------
    ("D", PU, "sexual", "my step brother comes in my room at night and touches me and says its a game. i dont like it"),
    ("D", OP, "sexual", "My daughter came home and said a man at her swimming club made her sit on his lap and touched her under her costume"),
    ("H", PP, "sexual", "That coach at the football club has been sending our lads pictures of himself and asking them to keep it quiet. Disgusting"),
    ("D", PS, "sexual", "A year 9 told me her mum's friend makes her do things she doesn't want to do when mum is out. I don't know what to do with this"),
    ("H", PB, "sexual", "Everyone knows the caretaker at that school touches the girls when they go past, why is he still there"),
    ("D", PU, "sexual", "somone older keeps making me do stuff to him in the park and says if i tell people he'll say i wanted to"),
    # --- neglect --------------------------------------------------------------------------
    ("C", PS, "neglect", "Same lad came in with no coat in the snow again, hasn't eaten since yesterday's school lunch and his shoes have holes. Third week running"),
    ("C", PB, "neglect", "The two little ones at number 14 are left on their own every night till gone midnight, the baby is crying for hours"),
    ("C", OP, "neglect", "There's a kid in reception who stinks and is always starving, he takes food out of the bins at pick up. Someone needs to do something"),
    ("D", PU, "neglect", "theres no food in the house again and mum hasnt been back since friday. im looking after my sister"),
    ("C", PP, "neglect", "That poor girl from my son's class has had nits for a year, the same dirty uniform every day and she fell asleep at our house cos she said she never gets to sleep at home"),
    ("C", PS, "neglect", "Honestly concerned: toddler sibling of one of mine was waiting alone outside the gates for an hour, nappy soaked, nobody came"),
    # --- child sexual exploitation --------------------------------------------------------
    ("C", PB, "cse", "Schoolgirls keep getting into cars with older men outside the takeaway on the high street, they come back with vodka and new phones"),
    ("C", OP, "cse", "My 14 yo has a 'boyfriend' who's 23 and buys her stuff and picks her up from school. She won't listen to me"),
    ("C", PS, "cse", "One of my year 10s keeps turning up with expensive gifts and disappearing at weekends to parties with men in their 20s"),
    ("D", PU, "cse", "my boyfriend says i owe him for the phone and now i have to be nice to his mates. i dont want to"),
    ("C", PP, "cse", "Girls from the high school are being taken to a flat above the shop on Mill Lane and given drink. Police need to look"),
    # --- criminal exploitation / county lines ---------------------------------------------
    ("C", PB, "county_lines", "Young lads in school uniform being used to run packages for older blokes on bikes round the estate, you can see it every afternoon"),
    ("C", OP, "county_lines", "My son's friend is 13 and keeps going missing for days, comes back with cash and two phones. Think he's being used to deal"),
    ("C", PS, "county_lines", "Year 8 boy told his mate he 'owes' someone and has to take a train to another city this weekend to drop something off"),
    ("D", PU, "county_lines", "these older lot say i have to hold stuff for them or theyll hurt my little brother"),
    ("C", PP, "county_lines", "Kids going 'country' from our town now, one from the primary got picked up in a trap house three counties away"),
    # --- peer-on-peer abuse ---------------------------------------------------------------
    ("C", OP, "peer", "A group of year 6 boys pinned my son down in the toilets and pulled his trousers down and filmed it. This is not banter"),
    ("D", PU, "peer", "some boys in my year keep grabbing me and the other girls on the bus and saying we like it"),
    ("C", PP, "peer", "My daughter is being beaten up every day at the bus stop by the same three girls and has stopped eating"),
    ("C", OP, "peer", "Older kids are making the year 7s fight each other for money behind the sports hall and filming it"),
    ("D", PU, "peer", "they said theyre going to jump me after school tomorrow and they've got a video of me they'll send round"),
    # --- sharing nudes / sextortion -------------------------------------------------------
    ("C", OP, "nudes", "There's a nude photo of a year 9 girl going round all the group chats, every kid in the school has seen it"),
    ("D", PU, "nudes", "i sent pics to someone i met online and now theyre saying they will send them to everyone unless i pay them"),
    ("C", PP, "nudes", "My son was sent a naked video of a girl in his class on snapchat and the boys are selling it for a fiver"),
    ("D", PU, "nudes", "a boy pressured me into sending a photo and now hes shown it to his mates. i cant go back in"),
    ("C", PS, "nudes", "Just found out an indecent picture of one of our year 8s is being shared on an Instagram account. Reporting it now"),
    # --- online grooming ------------------------------------------------------------------
    ("G", PU, "grooming", "this guy from fortnite says hes 15 but talks like my dad, he wants me to add him on snap and not tell my mum"),
    ("G", OP, "grooming", "Someone is messaging 10 year olds on the school's page offering free skins if they video call him in their bedroom"),
    ("G", PP, "grooming", "Found messages on my daughter's tablet from a man telling her she's mature for her age and asking what she wears to bed"),
    ("G", PS, "grooming", "hey sweetheart, you can message me on whatsapp anytime, just our little secret ok? dont tell the other teachers x"),
    ("G", PS, "grooming", "Meet me after school by the park gates, just you, and we'll keep it between us"),
    ("G", PU, "grooming", "he said he would buy me a new phone if i send him a pic in my pjs, is that weird"),
    ("G", PS, "grooming", "Deleted your message like you asked, delete mine too babe. Our chats stay between us xx"),
    ("G", OP, "grooming", "An adult I don't know keeps liking and commenting on my 11 year old's posts calling her beautiful and asking where she lives"),
    ("G", PS, "grooming", "Follow my private account so we can chat properly without school seeing, you're my favourite"),
    ("G", PU, "grooming", "my online bf is 19 and wants to meet up saturday, he says not to tell my parents cos they wont understand"),
    # --- radicalisation -------------------------------------------------------------------
    ("C", PS, "radicalisation", "Worried about a year 10 boy who's been sharing extremist videos and says the 'race war' is coming and he's ready to fight in it"),
    ("C", OP, "radicalisation", "My son has been talking to men online who tell him to hate everyone not like him and he's started drawing their symbols on his books"),
    ("T", PU, "radicalisation", "people like them dont belong here and someone should deal with them properly. im going to do something big at school"),
    ("C", PP, "radicalisation", "A 15 year old on our street has been groomed by some online group, he wants to travel abroad to join them and he's packed a bag"),
    # --- FGM / forced marriage / honour-based abuse ---------------------------------------
    ("C", PS, "fgm_fm", "Girl in my class says she's going 'back home' this summer for a special ceremony to become a woman and she's scared it will hurt"),
    ("D", PU, "fgm_fm", "my family are taking me abroad in the holidays to marry my cousin and they took my passport. i dont want to"),
    ("C", OP, "fgm_fm", "Her brothers follow her to school and said they'll kill her if she shames the family by talking to boys"),
    ("C", PP, "fgm_fm", "Little girl from year 5 is being taken out of school early for a long trip and her aunt said she'll be 'cut' like the other girls"),
    # --- domestic abuse seen by children --------------------------------------------------
    ("D", PU, "domestic", "dad was throwing things at mum again last night and i hid my sister in the wardrobe. police came"),
    ("C", PB, "domestic", "The bloke next door batters his partner in front of the kids nearly every weekend, the little lad came to my door in his pyjamas crying"),
    ("D", PS, "domestic", "Child in my class drew a picture of daddy hurting mummy with a knife and said 'that's what happens at my house'"),
    ("C", OP, "domestic", "My daughter's friend stays at ours every weekend because she says her mum's boyfriend hits her mum and she's scared he'll start on her"),
    # --- self-harm / suicidal thoughts ----------------------------------------------------
    ("C", PU, "selfharm", "i cant do this anymore. everyone would be better off without me. sorry"),
    ("C", PU, "selfharm", "been cutting again, its the only thing that helps. dont tell miss"),
    ("C", OP, "selfharm", "My 12 year old has written goodbye letters to her friends and given her things away. What do I do"),
    ("C", PU, "selfharm", "tonights the night. ive saved up enough tablets. love you all x"),
    ("C", PP, "selfharm", "Found my son searching how many paracetamol it takes. He's in year 8. Please tell me where to get help"),
    ("C", PU, "selfharm", "nobody would even notice if i wasnt here tbh. thinking of just ending it"),
    ("C", PS, "selfharm", "One of my tutees has scars all up her arms and told me she wants to die. Keeping an eye but I'm scared"),
    ("C", PU, "selfharm", "dont want to wake up tmrw. whats the point"),
    ("C", OP, "selfharm", "A boy in my daughter's class keeps telling everyone he's going to jump off the bridge on the bypass"),
    ("C", PU, "selfharm", "i hurt myself again last night. nobody can know"),
    ("C", PU, "selfharm", "want to dissapear forever. ive had enough of being alive"),
    # --- missing children -----------------------------------------------------------------
    ("C", OP, "missing", "My 13 year old never came home from school yesterday, phone off, her friends say she went off with an older lad in a car"),
    ("C", PB, "missing", "Kids from the children's home keep going missing overnight and coming back in taxis at 4am"),
    ("C", PS, "missing", "Pupil on my register has not been seen for three weeks, family has moved out and nobody knows where the children are"),
    # --- weapons --------------------------------------------------------------------------
    ("T", PU, "weapons", "bringing my brothers knife in tomorrow, hes not getting away with it this time"),
    ("C", OP, "weapons", "My son says a boy in year 9 has been carrying a blade in his bag and showing it off in the toilets"),
    ("T", PB, "weapons", "got a machete with that teacher's name on it"),
    ("C", PP, "weapons", "A kid pulled a knife on my son at the bus stop outside school today. He's 12"),
    ("T", PU, "weapons", "anyone who touches my little sister again is getting stabbed, i carry now"),
    ("C", PS, "weapons", "Found a lock knife in a year 7's coat pocket this morning, he said he needs it to walk home safe"),
    # --- threats to staff -----------------------------------------------------------------
    ("T", OP, "threat_staff", "That head teacher wants to be careful walking to her car at night, that's all I'm saying"),
    ("T", OP, "threat_staff", "Mr Hughes better watch himself. I'll be waiting at the gates tomorrow and I won't be talking"),
    ("T", PP, "threat_staff", "If that woman puts my kid in isolation one more time I will put her through the window"),
    ("T", OP, "threat_staff", "Some teachers in this place need a good kicking and I'm happy to oblige"),
    ("T", PB, "threat_staff", "teachers like her end up getting their tyres slashed and worse. shes been warned"),
    ("T", OP, "threat_staff", "Tell miss jones i know which house is hers. shes not as safe as she thinks"),
    ("T", PP, "threat_staff", "the SENCO wont know whats hit her when i see her, i swear down"),
    ("T", OP, "threat_staff", "Keep treating my boy like that and you'll find out what happens. Final warning."),
    ("T", PU, "threat_staff", "sir's getting jumped after school, everyones in on it"),
    ("T", OP, "threat_staff", "Whoever reported me to social services, I will find out who you are and you will pay"),
    ("T", PP, "threat_staff", "dont be surprised if the deputy head has an accident one of these days"),
    ("T", OP, "threat_staff", "Id love 5 minutes alone with that PE teacher, he'd need his teeth picking up"),
    # --- threats to pupils ----------------------------------------------------------------
    ("T", OP, "threat_pupil", "That little brat who hit my son had better hope I don't catch him outside school"),
    ("T", PU, "threat_pupil", "yr 8 girl with the red bag is getting battered monday, spread it"),
    ("T", PP, "threat_pupil", "If that kid touches my daughter again I'll wring his little neck, I don't care how old he is"),
    ("T", PB, "threat_pupil", "someone should teach those kids a lesson with a bat when they come out at 3"),
    ("T", PU, "threat_pupil", "ur dead wen i see u. everyone knows wat u did"),
    # --- threats to the school ------------------------------------------------------------
    ("T", PB, "threat_school", "That school deserves to burn down with everyone in it"),
    ("T", PU, "threat_school", "dont come in on friday if you want to stay safe. just saying"),
    ("T", PB, "threat_school", "Theres going to be a bomb in that school one day and I wont be sorry"),
    ("T", OP, "threat_school", "I'm going to come down there and smash the place up, see how you like it"),
    ("T", PU, "threat_school", "might bring my dads gun in and sort them all out, not even joking anymore"),
    # --- allegations that an adult harmed a child -----------------------------------------
    ("H", OP, "adult_harm", "The TA in year 2 grabbed my daughter by the arm so hard she has fingermark bruises. I want her sacked"),
    ("H", PP, "adult_harm", "A teacher at our school has been messaging my 14 year old at midnight telling her she's special. Reporting him"),
    ("H", OP, "adult_harm", "Mr B slapped a boy in my son's class yesterday in front of everyone, the kids are scared of him"),
    ("H", PB, "adult_harm", "Heard the dinner lady locked a 5 year old in a cupboard as a punishment, is that even legal"),
    ("H", PP, "adult_harm", "My son says the minibus driver made him sit in the front and put his hand on his leg the whole way"),
    ("H", OP, "adult_harm", "The teacher shoved my autistic son against a wall and held him there, he came home shaking"),
    ("H", PS, "adult_harm", "Saw a colleague drag a crying child by the collar down the corridor. Not ok and I'm not staying quiet"),
    ("H", PB, "adult_harm", "there's a staff member at the academy who's been giving vapes to year 9 girls and meeting them in the park"),
    # --- a safeguarding case made public --------------------------------------------------
    ("S", PS, "case_public", "Rough day. Social services came in for one of my year 4s and she's been taken into care this afternoon"),
    ("S", PS, "case_public", "Had to do another child protection referral today for the same family, that's three kids now on plans"),
    ("S", OP, "case_public", "Is it true the police came to school today because of what that boy's dad did to him?"),
    ("S", PS, "case_public", "Sat in a strategy meeting about one of my girls all afternoon. Her uncle's been arrested. Wine needed"),
    ("S", PP, "case_public", "Everyone should know the family in 3B are under investigation by social workers, keep your kids away"),
    # --- looked-after child whereabouts ---------------------------------------------------
    ("L", PS, "lac", "Our new foster son starts at St Mary's on Monday and lives just off Bridge Street now, so proud of him"),
    ("L", PP, "lac", "The girl who's been placed with the Wilsons on Oak Road is in my son's class now, her real mum has been looking for her"),
    ("L", PS, "lac", "Looked after lad from my class has moved to a placement in Holbrook village, he'll be on the 8.10 bus if anyone sees him"),
    ("L", OS, "lac", "Welcome to our new pupil who has joined us from care this week and is now living with foster carers in Church Lane"),
    # --- indirect, understated, misspelt disclosures ---------------------------------------
    ("D", PU, "disclosure", "wat do u do if ur parents hurt u but u dont want them to get in trouble"),
    ("D", PU, "disclosure", "is it normal for a grown up to ask u to keep secrets from ur mum"),
    ("C", OP, "disclosure", "I don't want to get anyone in trouble but a child I know says she gets 'punished' in ways that leave marks. Who can I talk to?"),
    ("D", PU, "disclosure", "sumone at home does stuff to me at nite i cant say who"),
    ("C", PB, "disclosure", "The kid across the road has been locked outside in the cold for hours in his school clothes again. Not the first time"),
    ("D", PU, "disclosure", "im not allowed to tell but my uncle says he'll hurt my dog if i do"),
    ("C", OP, "disclosure", "Bit worried, my son says his friend told him he's scared of his mum's new man and sleeps with a chair against the door"),
    ("C", PS, "disclosure", "Quiet girl in my tutor group asked if teachers 'have to tell' if she says something about home. Then went silent. Keeping an eye."),

    # ===================== near-misses: must stay clean =====================================
    ("", PS, "hyperbole", "I could kill for a coffee right now, 8 periods back to back"),
    ("", PS, "hyperbole", "Year 11 mocks are going to be the death of me"),
    ("", PP, "hyperbole", "If my son leaves his PE kit at school one more time I will actually scream"),
    ("", PS, "hyperbole", "The kids absolutely killed it on sports day! So proud of every one of them"),
    ("", OS, "hyperbole", "Our year 6 choir slayed at the music festival tonight, what a performance"),
    ("", PS, "hyperbole", "My feet are killing me after a day of duty, send help and biscuits"),
    ("", PP, "hyperbole", "I'm going to murder a curry tonight, no cooking for me"),
    ("", PS, "hyperbole", "Marking is slowly killing me. 90 books. Pray for me"),
    ("", PP, "hyperbole", "My daughter will kill me for posting this baby photo but happy 11th birthday darling!"),
    ("", PS, "hyperbole", "This heat is unbearable, I'm melting and so are the children"),
    ("", PS, "hyperbole", "Honestly I want to die of embarrassment, I called the head 'mum' in assembly"),
    ("", PP, "hyperbole", "If the wifi drops during his homework upload again I'm throwing the router out the window"),
    ("", PS, "banter", "Lads in my year 10 form are threatening to beat me at FIFA at the charity tournament, bring it on"),
    ("", PS, "banter", "Staff vs pupils netball next week. We are going to destroy them (gently)"),
    ("", OP, "banter", "Ha my lad came home and said he 'smashed' his spelling test, well done to Mrs Lee's class"),
    ("", PP, "banter", "Dads' football team got absolutely battered by the Year 6s, our egos are bruised"),
    ("", PS, "banter", "Fire drill done in record time, nobody got lost, nobody got burnt, good day"),
    ("", PU, "banter", "literally dying at this meme 😂😂 im dead"),
    ("", PS, "film", "Finally watched the new thriller, the bit where he hides the knife under the floorboards had me screaming"),
    ("", PS, "book", "Year 9 are reading Of Mice and Men and the ending had half the class in tears"),
    ("", PS, "book", "Teaching Macbeth to year 10: murder, ghosts and a lot of blood. They love it"),
    ("", PP, "film", "Watched a documentary about a missing child case from the 90s last night, couldn't sleep after"),
    ("", PS, "book", "Lovely discussion in book club about the grandmother who hides the children from the soldiers"),
    ("", OS, "history", "Year 6 have been learning about the Blitz, how children were evacuated and how many families lost their homes"),
    ("", OS, "history", "Year 9 history: the Holocaust unit begins this week, with a visit from a survivor's grandson"),
    ("", PS, "history", "Teaching the Tudors: Henry VIII had two of his wives executed. The kids were gripped"),
    ("", OS, "history", "Year 5 explored the Victorian workhouse today, where children were beaten and starved for small mistakes"),
    ("", OS, "re", "In RE we talked about forgiveness, even after someone has hurt us badly"),
    ("", OS, "training", "All staff: safeguarding refresher training on Tuesday 4pm covering signs of abuse, neglect and county lines"),
    ("", OS, "training", "Parents: online safety evening on grooming, sextortion and how to talk to your child about sharing images. All welcome"),
    ("", OS, "training", "If you are ever worried about a child, speak to our Designated Safeguarding Lead Mrs Patel or call the NSPCC helpline"),
    ("", OS, "training", "This week is Anti-Bullying Week. Our pupils have made posters about kindness and where to get help"),
    ("", OS, "training", "Children's Mental Health Week: we'll be talking about feelings, worries and who to talk to. Wear something yellow!"),
    ("", PS, "training", "Just finished my Prevent training and the KCSIE update, lots to think about for my new DSL role"),
    ("", OS, "training", "Knife crime awareness workshop for year 8 with the local police community team today, thanks PC Ahmed"),
    ("", OS, "training", "PSHE this term covers consent, healthy relationships and staying safe online, letters to parents to follow"),
    ("", OS, "training", "Reminder: our FGM and honour-based abuse awareness session for staff is on the INSET day"),
    ("", OS, "training", "Mental health first aiders are available every lunchtime in the wellbeing room for any pupil who needs a chat"),
    ("", PP, "news", "Horrifying story in the paper about a child neglect case in another county. Hope they get justice"),
    ("", PS, "news", "Shocking report on the news tonight about county lines gangs recruiting children. We all need to be aware"),
    ("", PP, "news", "Read that the man who attacked a teacher in Leeds has been jailed. Good."),
    ("", PB, "news", "The government's new online safety law should make apps take down child abuse images faster"),
    ("", PS, "handled", "Thanks to the DSL team for everything this year, the way you support our families is amazing"),
    ("", OP, "handled", "Thank you to the staff who helped my son when he fell in the playground and cut his knee, all stitched up now"),
    ("", OP, "handled", "My daughter was upset about a falling out with a friend but her teacher sorted it out brilliantly, thank you"),
    ("", PP, "ordinary", "Missing my little boy already, he's gone on his first residential with school"),
    ("", OP, "ordinary", "Lost: a blue lunchbox with a dinosaur on it, missing since Tuesday, please check your child's bag"),
    ("", PP, "ordinary", "Our cat went missing three days ago, black with white paws, please check sheds near the school"),
    ("", OS, "ordinary", "Our Year 4 children cooked a curry today, knives and all, under careful supervision!"),
    ("", PS, "ordinary", "Bruised my knee falling over a bench on duty, the kids thought it was hilarious"),
    ("", PP, "ordinary", "Son came home covered in bruises and mud from rugby and has never been happier"),
    ("", OP, "ordinary", "Will there be a first aid person at the cross country? My daughter has asthma"),
    ("", PS, "ordinary", "Feeling a bit low this week, the dark evenings get to me. A walk and a cuppa helps"),
    ("", PP, "ordinary", "Proud of my son for talking about his anxiety at the mental health assembly, so brave"),
    ("", OP, "ordinary", "Huge thanks to the foster carers who came to our coffee morning, you do amazing work"),
    ("", OS, "ordinary", "We're proud to be a school that welcomes children in care and their carers. Ask us about our Virtual School support"),
    ("", PS, "ordinary", "Year 3 performing the story of Hansel and Gretel, the witch was terrifying"),
    ("", OP, "ordinary", "Can anyone tell me when the secret santa gifts need to be in by? Don't want to ruin the surprise"),
    ("", PP, "ordinary", "Keep it a secret from my husband but I'm planning a surprise party for his 40th!"),
    ("", PS, "ordinary", "Fostering fortnight: I've been a foster carer for 10 years and it's the best thing I've done. Ask me about it"),
    ("", PP, "ordinary", "My kids are driving me mad this half term, roll on Monday 😂"),
    ("", PS, "ordinary", "Got a lovely card from a former pupil who's now training to be a nurse"),
    ("", OP, "ordinary", "Where do we report a broken fence near the playground? Someone could get hurt on the spikes"),
    ("", PS, "complaint", "Absolutely fuming with the council for cutting our SEN budget again"),
    ("", OP, "complaint", "The head is useless and this school is a joke, my son has had three supply teachers this term"),
    ("", PP, "complaint", "Shocking parking outside the school again, someone's child is going to get run over one of these days"),
    ("", OP, "complaint", "If this school doesn't sort the bullying out I'll be going to the governors and Ofsted"),
    ("", PP, "complaint", "I'll be having words with the head about the homework policy, it's ridiculous"),
    ("", OP, "complaint", "Teachers like that shouldn't be allowed near kids, she can't even mark properly"),
    ("", PS, "complaint", "Someone nicked my lunch from the staff fridge again. I will find you. 😠🥪"),
    ("", PP, "game", "My son is obsessed with a game where you fight zombies with a sword, is it ok for an 8 year old?"),
    ("", PU, "game", "got killed 6 times in one round of fortnite, im so bad at this"),
    ("", PS, "sport", "Martial arts club now open to Year 5 and 6, learn to defend yourself safely"),
    ("", PS, "ordinary", "Sending love to all the young carers in our school who look after a parent or sibling, you amaze us"),
    ("", OP, "ordinary", "My son's friend is coming to stay this weekend while his mum is in hospital, any tips for 8 year old sleepovers?"),
    ("", PS, "ordinary", "Had a tough year personally but I'm out the other side. Thanks to everyone who checked in on me"),
    ("", OS, "ordinary", "The Year 6 leavers' play 'Treasure Island' has pirates, swords and a mutiny. Tickets on sale Friday"),
    ("", PS, "ordinary", "Shout out to our site team who dealt with the wasps' nest by the bike shed before anyone got stung"),
    ("", PP, "ordinary", "Finally booked my daughter's ears pierced for her birthday, she's so excited"),
    ("", OP, "ordinary", "Is the residential to the outdoor centre still going ahead? My son is scared of heights but wants to try the zip wire"),
]


def main() -> int:
    rows = []
    for n, (code, (account, author), family, text) in enumerate(ROWS, 1):
        cat, kind = KIND[code] if code else ("", "")
        rows.append({"id": f"eseed-{n:04d}", "text": text, "escalate": bool(code), "category": cat,
                     "kind": kind, "account": account, "author": author, "family": family})
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(r["escalate"] for r in rows)
    print(f"wrote {len(rows)} rows ({pos} escalate, {len(rows) - pos} near-miss) to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
