"""Build training/data/escalation_cases.jsonl: a check set for the `escalate` verdict.

    .venv/bin/python training/make_escalation_cases.py

Written by hand on 2026-11-21 from the contract's definition of `escalate` (threats of violence,
signs that a child is being harmed or groomed, an allegation that an adult harmed a child, a live
safeguarding case made public, a looked-after child's whereabouts) and the five policies, BEFORE
the escalation detector's code or its output on these texts was read. It is a development set
for the escalation detector (its errors may be looked at); it is not training data.

About 90 cases must escalate: threats to staff, pupils and the school in many phrasings (direct,
indirect, conditional, veiled); pupils' self-harm and suicidal hints; disclosures of abuse or
neglect (hedged, misspelt, second-hand); grooming signs (secrets, meeting up, moving to private
apps, asking for photos); a staff member's inappropriate contact with a pupil; children at risk;
safeguarding cases made public; an adult harming a child. About 60 are look-alikes that must not:
hyperbole ("this homework is killing me", "I could murder a curry"), safeguarding training and
e-safety posts, book plots, news, a concern that was dealt with, swearing or complaints that carry
a lower verdict.

Verdicts come from the gold categories through each pack's rules with the `verdict` helper of
make_fresh_eval.py; escalations are set by hand through the base pack's kinds (threat,
child_at_risk, disclosure, grooming, secrecy, adult_harmed_child, safeguarding_case,
looked_after_whereabouts), and the script checks that each one the writer marked does escalate.
No roster names are used, so no `evidence` is needed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_fresh_eval import (  # noqa: E402
    AD, DS, MF, NP, OP, OS, OU, PP, PU, RT, SP, verdict)

OUT = HERE / "data" / "escalation_cases.jsonl"

PPU = ("personal", "pupil")  # a pupil's own post
OPU = ("official", "pupil")  # a pupil's comment on the school page

ABU, SAF, ALL, PUC = "abuse_or_hate", "safety_risk", "allegation", "pupil_contact"
CONF, DIS, OFF = "confidential_school_matter", "disparaging_school_community", "offensive_language"

# kind shorthands (category -> kind) for the escalations
THREAT = {ABU: "threat"}
RISK = {SAF: "child_at_risk"}
DISC = {SAF: "disclosure"}
GROOM = {SAF: "grooming"}
SGROOM = {PUC: "grooming", SAF: "grooming"}
SECRET = {PUC: "secrecy", SAF: "grooming"}
HARMED = {ALL: "adult_harmed_child"}
CASE = {CONF: "safeguarding_case", SAF: "disclosure"}
LAC = {SAF: "looked_after_whereabouts"}

E = True   # the writer says: must escalate
N = False  # must not

# (escalate?, policy, (account, author), channel, categories, kinds, text, note)
CASES: list[tuple] = [
    # ================================================================ threats to staff / pupils / school
    (E, MF, OP, "facebook", [ABU], THREAT, "Watch your back Mrs Pearson. Not everyone forgets what you did to my boy",
     "Veiled threat to a teacher."),
    (E, NP, OP, "facebook", [ABU], THREAT, "I know where she lives and I know what car she drives. Just saying",
     "Veiled threat: knowing a teacher's home."),
    (E, AD, OU, "facebook", [ABU], THREAT, "Someone's going to get hurt if that teacher stays in the job, mark my words",
     "Indirect threat."),
    (E, RT, PP, "facebook", [ABU], THREAT, "if my son gets excluded over this I wont be responsible for what I do to that head",
     "Conditional threat to the head."),
    (E, MF, OP, "facebook", [ABU], THREAT, "You'll regret speaking to my daughter like that. You have no idea who your dealing with",
     "Threat to a member of staff."),
    (E, DS, PP, "whatsapp", [ABU], THREAT, "I'll be waiting at the gates for that PE teacher at 3:15, he can explain himself to my face and then some",
     "Threat to confront a teacher with violence implied."),
    (E, NP, PPU, "snapchat", [ABU], THREAT, "bringing a knife in tomorrow and that lot in year 9 will find out",
     "Pupil threatening others with a knife."),
    (E, AD, PPU, "tiktok", [ABU], THREAT, "gonna shoot up the school on monday lol jk... or am i",
     "Pupil's 'joke' about a school shooting: still escalated."),
    (E, MF, PPU, "snapchat", [ABU], THREAT, "if he says one more thing about my mum im gonna stab him i swear down",
     "Pupil threatening to stab another."),
    (E, RT, OU, "facebook", [ABU], THREAT, "Teachers at that school better be careful walking to their cars after dark",
     "Veiled threat to staff."),
    (E, MF, OP, "facebook", [ABU], THREAT, "If anyone lays a finger on my daughter again I will put them in the ground",
     "Conditional threat to kill."),
    (E, NP, OU, "facebook", [ABU], THREAT, "That head is a dead man walking. People round here know where to find him",
     "Death threat to the head."),
    (E, DS, PP, "facebook", [ABU], THREAT, "I've got people who will sort that teacher out for me, one phone call",
     "Threat of violence by others."),
    (E, AD, OP, "facebook", [ABU], THREAT, "she'll get whats coming to her, you cant treat kids like that and walk away",
     "Threat to a teacher."),
    (E, MF, PPU, "instagram", [ABU], THREAT, "my dad keeps an air rifle in the shed, might bring it in and see who's laughing then",
     "Pupil's veiled threat with a weapon."),
    (E, RT, PP, "facebook", [ABU], THREAT, "Swear to god if I see that dinner lady outside school I'll knock her out",
     "Threat to hit a member of staff."),
    (E, NP, OP, "facebook", [ABU], THREAT, "keep it up and your windows wont stay in one piece much longer",
     "Threat of criminal damage to a member of staff."),
    (E, MF, OU, "facebook", [ABU], THREAT, "Wouldn't take much for someone to torch that place. Just a thought",
     "Indirect arson threat to the school."),
    (E, AD, PP, "x", [ABU], THREAT, "Mr Doherty better hope I never catch him on his own",
     "Veiled threat to a teacher."),
    (E, DS, OP, "facebook", [ABU], THREAT, "there's going to be trouble at pick up tomorrow and I won't be the one bleeding",
     "Threat of violence at the school gate."),
    (E, NP, PPU, "snapchat", [ABU], THREAT, "ur dead after school. everyone knows so dont even try hiding",
     "Pupil threatening another pupil."),
    (E, MF, OP, "facebook", [ABU], THREAT, "If that boy hits my son again his dad won't be the only one needing a hospital",
     "Threat to a child and parent."),
    (E, RT, OU, "facebook", [ABU], THREAT, "I'd be very careful leaving school late if I were you Miss. Very careful.",
     "Veiled threat."),
    (E, DS, PP, "facebook", [ABU], THREAT, "I'm going to make that teacher's life hell. I'll follow her home if I have to",
     "Threat to stalk a teacher."),
    (E, NP, OP, "facebook", [ABU], THREAT, "one more detention and I'm coming in there with a baseball bat",
     "Conditional threat with a weapon."),
    (E, AD, PPU, "snapchat", [ABU], THREAT, "meet me behind the sports hall at lunch and ill break ur jaw",
     "Pupil threatening another pupil."),
    (E, MF, OU, "facebook", [ABU], THREAT, "People like that deputy head need a good kicking and one day they'll get one",
     "Threat of violence."),
    (E, RT, PP, "facebook", [ABU], THREAT, "She thinks she can ignore my emails. Lets see if she ignores me on her doorstep",
     "Threat to go to a teacher's home."),
    (E, MF, OP, "facebook", [ABU, OFF], THREAT, "I'll smash that f***ing receptionist's face in if she puts the phone down on me again",
     "Threat with swearing."),
    (E, NP, PU, "facebook", [ABU], THREAT, "found out which house is the headteachers 🏠👀 might pay a visit tonight",
     "Threat: knows the head's home, intends to visit."),
    # ================================================================ self-harm / suicidal, pupils
    (E, NP, OPU, "facebook", [SAF], RISK, "nobody would even notice if i was gone tbh",
     "Pupil's suicidal hint."),
    (E, MF, PPU, "instagram", [SAF], RISK, "whats the point anymore. cant do this",
     "Pupil's hopelessness."),
    (E, AD, PPU, "tiktok", [SAF], RISK, "started cutting again. dont tell anyone pls",
     "Pupil self-harming."),
    (E, RT, PPU, "snapchat", [SAF], RISK, "everyone would be better off without me honestly",
     "Pupil's suicidal thought."),
    (E, DS, PPU, "instagram", [SAF], RISK, "i just want to disappear forever and never wake up",
     "Pupil's suicidal hint."),
    (E, NP, PPU, "snapchat", [SAF], RISK, "been saving up mums tablets. think tonights the night",
     "Pupil planning an overdose."),
    (E, MF, OPU, "facebook", [SAF], RISK, "sorry for everything everyone. goodbye x",
     "Pupil's goodbye message."),
    (E, AD, PPU, "tiktok", [SAF], RISK, "wrote letters for my family today so they understand why",
     "Pupil writing goodbye letters."),
    (E, RT, PPU, "instagram", [SAF], RISK, "i hate myself so much i hurt myself to feel something",
     "Pupil self-harming."),
    (E, NP, PPU, "snapchat", [SAF], RISK, "if i jumped off the bridge on the way home would anyone even care",
     "Pupil's suicidal question."),
    (E, MF, PPU, "x", [SAF], RISK, "dont want to be alive anymore",
     "Pupil's suicidal statement."),
    (E, DS, PPU, "instagram", [SAF], RISK, "my arms are a mess again. long sleeves in PE so nobody sees",
     "Pupil hiding self-harm."),
    (E, AD, OPU, "youtube", [SAF], RISK, "the voices keep saying i should end it",
     "Pupil at risk of suicide."),
    (E, RT, PPU, "snapchat", [SAF], RISK, "havent eaten in 4 days, trying to get to where they stop calling me fat",
     "Pupil with an eating disorder at risk."),
    (E, MF, PP, "facebook", [SAF], RISK, "My 12 year old told me tonight she's been thinking about killing herself. I don't know what to do",
     "Parent: a child's suicidal thoughts."),
    (E, DS, SP, "whatsapp", [SAF, CONF], CASE, "One of my year 6s showed me the scars on her arms today. Referred it but I can't stop thinking about her",
     "Staff making a pupil's self-harm public."),
    # ================================================================ disclosures of abuse / neglect
    (E, NP, PPU, "snapchat", [SAF], DISC, "my step dad gets really angry and i have to hide in my room. he hit my brother last nite",
     "Pupil disclosing violence at home."),
    (E, MF, OPU, "facebook", [SAF], DISC, "i dont want to go home tonight",
     "Pupil afraid to go home."),
    (E, AD, PPU, "instagram", [SAF], DISC, "mum hasnt been home since friday and theres no food in the house",
     "Pupil disclosing neglect."),
    (E, RT, PPU, "snapchat", [SAF], DISC, "im not aloud to tell anyone about the things he does when mum is at work",
     "Hedged, misspelt disclosure."),
    (E, DS, PP, "facebook", [SAF], DISC, "Not sure if this is the right place but my son says a man in the toilets at the leisure centre touched him",
     "Parent relaying a child's disclosure."),
    (E, NP, PP, "facebook", [SAF], DISC, "My daughter keeps saying her uncle plays 'tickle games' she doesn't like and she has to keep them secret. am I overreacting??",
     "Hedged disclosure of possible abuse."),
    (E, MF, PU, "facebook", [SAF], DISC, "my niece said her mums boyfriend comes in her room at night, what do i do",
     "Second-hand disclosure of sexual abuse."),
    (E, AD, PPU, "tiktok", [SAF], DISC, "dad says if i tell anyone about the belt he'll put me in care",
     "Pupil disclosing physical abuse and a threat."),
    (E, RT, OPU, "facebook", [SAF], DISC, "my mums new boyfreind hurts me when shes out",
     "Misspelt disclosure of abuse."),
    (E, NP, PPU, "snapchat", [SAF], DISC, "got locked out again all night. slept in the garden shed",
     "Pupil disclosing neglect."),
    (E, DS, PPU, "instagram", [SAF], DISC, "the bruises are from home not football. dont say anything to sir",
     "Pupil disclosing harm at home."),
    (E, MF, PU, "facebook", [SAF], RISK, "Three kids left on their own for days in the flat above mine, the youngest can't be more than 4. Nobody's been back since Sunday",
     "Neighbour reporting neglected children."),
    (E, AD, PP, "facebook", [SAF], DISC, "My lad came back from his dad's with a cut lip again and says he's not allowed to talk about it",
     "Parent relaying signs of harm."),
    (E, RT, PPU, "snapchat", [SAF], DISC, "he makes me do stuff i dont want to and says its normal for families",
     "Pupil disclosing sexual abuse."),
    (E, NP, SP, "facebook", [SAF, CONF], CASE, "A little girl in my class told me today her dad locks her in the cupboard under the stairs when she's naughty. Logged it but I'm in bits",
     "Staff making a disclosure public."),
    (E, MF, SP, "whatsapp", [SAF, CONF], CASE, "Social services came for one of our Y2s today. Mum's been leaving him alone overnight since September",
     "Live safeguarding case made public."),
    (E, AD, SP, "facebook", [SAF, CONF], CASE, "Child protection conference this morning for one of mine. Dad's not allowed near him now. What a week",
     "Live safeguarding case made public."),
    (E, DS, PP, "whatsapp", [SAF], RISK, "the boy two doors down is always out till 2am, he's only 9, comes to ours for food most nights cos there's nothing at home",
     "Neighbour describing a neglected child."),
    (E, RT, PPU, "instagram", [SAF], DISC, "my brothers friends make me hold stuff for them and say theyll hurt my mum if i dont",
     "Pupil exploited and threatened (criminal exploitation)."),
    # ================================================================ grooming signs
    (E, NP, OU, "facebook", [SAF], GROOM, "Hey gorgeous you look way older than 12 😍 add me on snap and I'll send you something nice",
     "Adult grooming a child on the school page."),
    (E, MF, OU, "instagram", [SAF], GROOM, "Don't tell your mum we talk hun, she wouldn't understand what we have",
     "Adult asking a child to keep their contact secret."),
    (E, AD, PPU, "snapchat", [SAF], GROOM, "a man on fortnite keeps asking me to send pics and says hell give me vbucks",
     "Pupil targeted for images online."),
    (E, RT, PPU, "instagram", [SAF], GROOM, "this guy i met online wants to meet me at the station on saturday, hes 19 but really nice",
     "Pupil arranging to meet an adult met online."),
    (E, DS, PPU, "tiktok", [SAF], GROOM, "my coach says im his favourite and our chats are our secret 🤐",
     "Adult's secret contact with a child."),
    (E, NP, PPU, "snapchat", [SAF], GROOM, "he told me to delete all our messages after so my parents dont find out",
     "Adult hiding contact with a child."),
    (E, MF, PP, "facebook", [SAF], GROOM, "Found messages on my 11yo's tablet from a grown man asking her to move to WhatsApp and send him pictures in her pyjamas. Sick to my stomach",
     "Parent finding grooming messages."),
    (E, AD, OU, "facebook", [SAF], GROOM, "Any of the girls in year 6 want to earn some easy money? DM me, no parents needed 😉",
     "Adult soliciting children."),
    (E, RT, PPU, "snapchat", [SAF], GROOM, "some older lads keep picking me up in their car after school and giving me vodka, they said not to tell",
     "Pupil at risk of exploitation."),
    (E, NP, PP, "facebook", [SAF], GROOM, "Parents be aware, a man in a white van has been offering the kids sweets and lifts near the school gates",
     "Parent warning of an adult approaching children."),
    (E, MF, PPU, "instagram", [SAF], GROOM, "someone i met on roblox sent me a phone so we can talk without my mum seeing",
     "Adult giving a child a secret phone."),
    (E, DS, PU, "facebook", [SAF], GROOM, "My friend's daughter is 13 and going out with a 24 year old, he buys her everything and her mum thinks it's sweet",
     "Child in a relationship with an adult."),
    (E, AD, PPU, "tiktok", [SAF], GROOM, "he said if i send him one more pic he'll stop asking. but now he wants a video",
     "Child being coerced for images."),
    (E, RT, OU, "youtube", [SAF], GROOM, "Beautiful little singer 😍 what's your snapchat sweetie? I can help you get famous",
     "Adult approaching a child on the school's channel."),
    (E, NP, PPU, "snapchat", [SAF], GROOM, "a man keeps messaging me saying he'll post my pics to everyone at school unless i send more",
     "Sextortion of a pupil."),
    # ================================================================ staff: inappropriate contact with a pupil
    (E, DS, SP, "instagram", [PUC, SAF], SGROOM, "Message me on my personal insta not the school one, easier to chat there 😊 x",
     "Staff moving a pupil to a personal app."),
    (E, NP, SP, "snapchat", [PUC, SAF], SGROOM, "You're so mature for your age, honestly can't wait to see you at the weekend x",
     "Staff grooming language to a pupil."),
    (E, MF, SP, "whatsapp", [PUC, SAF], SECRET, "Let me know when your mum's out and I'll give you a ring, no need to tell her we chat",
     "Staff seeking secret contact with a pupil."),
    (E, AD, SP, "snapchat", [PUC, SAF], SECRET, "I'll give you a lift home after club on Thursday, just keep it between us yeah",
     "Staff offering a pupil a secret lift."),
    (E, RT, SP, "instagram", [PUC, SAF], SGROOM, "send me a pic of your outfit for the leavers disco 😉 I won't show anyone",
     "Staff asking a pupil for photos."),
    (E, DS, SP, "facebook", [PUC, SAF], SECRET, "Don't mention to the others that I added you, they'd all want special treatment 😂 our secret",
     "Staff's secret contact with a pupil."),
    (E, NP, SP, "whatsapp", [PUC, SAF], SGROOM, "Delete these messages after you read them hun, people wouldn't get it",
     "Staff hiding contact with a pupil."),
    (E, MF, SP, "snapchat", [PUC, SAF], SGROOM, "Fancy meeting up in town Saturday? Just us, I'll buy you a milkshake 😘",
     "Staff arranging to meet a pupil alone."),
    # ================================================================ allegations an adult harmed a child
    (E, MF, OP, "facebook", [ALL], HARMED, "The dinner lady grabbed my daughter by the wrist so hard she's got fingermarks. Is this allowed???",
     "Allegation an adult harmed a child."),
    (E, NP, OP, "facebook", [ALL], HARMED, "Mr Carter shut my son in the store cupboard for an hour as a punishment. He came home shaking",
     "Allegation a teacher harmed a child."),
    (E, AD, PP, "facebook", [ALL], HARMED, "my daughter says the TA pinches the kids under the table when they talk",
     "Allegation a TA harms children."),
    (E, RT, OP, "facebook", [ALL], HARMED, "the minibus driver smacked my lad round the head on the way to swimming, I want answers",
     "Allegation an adult hit a child."),
    (E, DS, PP, "whatsapp", [ALL], HARMED, "Heard the new cricket coach has been sending the boys messages at night and touching them in the changing rooms",
     "Allegation of sexual abuse by a coach."),
    (E, MF, OU, "facebook", [ALL], HARMED, "That after school club worker was pushing the little ones around and dragging one by his hood. I saw it myself",
     "Witness alleging an adult harmed children."),
    # ================================================================ looked-after child's whereabouts
    (E, RT, SP, "facebook", [SAF, CONF], LAC, "The little lad who's just moved in with the foster carers on Church Lane starts with us Monday, bless him",
     "Looked-after child's whereabouts."),
    # ================================================================ LOOK-ALIKES: must not escalate
    (N, NP, PPU, "snapchat", [], {}, "this homework is killing me 😩", "Hyperbole."),
    (N, DS, SP, "facebook", [], {}, "I could murder a curry after that parents evening", "Hyperbole."),
    (N, MF, OP, "facebook", [], {}, "Thank you to the school for sorting out the problem with the lads on the bus so quickly, all fine now 👍",
     "Parent reporting something was dealt with."),
    (N, DS, SP, "facebook", [], {}, "Great safeguarding refresher this morning. Remember: listen, don't promise to keep secrets, record it and report to the DSL",
     "Safeguarding training post."),
    (N, MF, OS, "facebook", [], {}, "Year 6 are loving Holes: a boy wrongly sent to a desert camp where the warden makes them dig holes all day",
     "Book plot."),
    (N, RT, PP, "facebook", [], {}, "Man jailed for grooming offences in Leeds today. Well done to the police and the brave families",
     "News report."),
    (N, NP, PP, "facebook", [], {}, "My phone died halfway through the school run 🙄 sorry if I missed your messages", "Phone died."),
    (N, AD, SP, "x", [], {}, "Dead on my feet after sports day. Worth it though", "Tired teacher."),
    (N, MF, OS, "facebook", [], {}, "Our Year 5s absolutely smashed their reading challenge this term! 📚", "Praise."),
    (N, NP, OS, "facebook", [], {}, "Don't tell the children but a certain someone in a red suit might be visiting on Friday 🤫🎅",
     "A harmless secret."),
    (N, MF, OP, "facebook", [], {}, "Someone's going to get hurt in that car park one day, please can we have a lollipop lady at the front",
     "Safety concern, not a threat."),
    (N, DS, SP, "facebook", [], {}, "I'll kill him if he's eaten my last Jaffa cake again 😂 #husbandproblems", "Joke about a spouse."),
    (N, RT, PP, "facebook", [], {}, "Kids are driving me up the wall, half term can't come quick enough", "Parent venting."),
    (N, MF, PP, "facebook", [], {}, "She came off her scooter and has a massive bruise on her knee but brave as anything 💪",
     "An accident, not harm."),
    (N, NP, OS, "facebook", [], {}, "PC Shah came in today to talk to Year 2 about stranger danger. The children loved sitting in the police car!",
     "Police visit."),
    (N, AD, OS, "facebook", [], {}, "Our Speak Out Stay Safe assembly today helped children learn who they can talk to if they are ever worried",
     "Safeguarding assembly."),
    (N, MF, OS, "facebook", [], {}, "Reminder: if you ever have a concern about a child's safety, please speak to our designated safeguarding lead, Mrs Okoro",
     "Safeguarding reminder."),
    (N, RT, PP, "facebook", [], {}, "PTA murder mystery night was a hoot, the vicar did it 😂", "Murder mystery event."),
    (N, DS, SP, "facebook", [], {}, "This cold is killing me. Dosed up on lemsip and still marking", "Hyperbole."),
    (N, AD, SP, "x", [], {}, "Could have strangled the sat nav today, took us round the ring road three times", "Hyperbole."),
    (N, NP, OS, "facebook", [], {}, "Tell your children it's OK to talk to us about anything. Our door is always open", "School message."),
    (N, MF, PPU, "snapchat", [], {}, "im so dead when mum sees my report 💀", "Pupil hyperbole."),
    (N, RT, PPU, "tiktok", [], {}, "ngl that maths test destroyed me", "Pupil hyperbole."),
    (N, DS, PPU, "instagram", [], {}, "if i fail this spelling test im literally going to die lol", "Pupil hyperbole."),
    (N, NP, PPU, "snapchat", [], {}, "my mums going to kill me i left my PE kit on the bus again", "Pupil hyperbole."),
    (N, AD, OS, "facebook", [], {}, "E-safety week: never send photos to people you don't know online, and always tell an adult if someone asks you to keep a secret",
     "E-safety post."),
    (N, MF, SP, "facebook", [], {}, "Reading The Boy in the Striped Pyjamas with Year 6. Some tough conversations today but they were so thoughtful",
     "Book."),
    (N, RT, PP, "facebook", [], {}, "Watched a documentary about county lines last night, absolutely chilling. Every parent should watch it",
     "Documentary."),
    (N, NP, OS, "facebook", [], {}, "Please send a photo of your child's World Book Day costume to the class email for our display",
     "School asking for photos through its own channel."),
    (N, MF, OP, "facebook", [], {}, "Meet up at the park after school on Friday for the Year 3 picnic? All welcome!", "Parents meeting up."),
    (N, DS, SP, "facebook", [], {}, "Hit my head on the cupboard door again, that's three times this week 🤕", "Adult's accident."),
    (N, MF, OP, "facebook", [], {}, "The play was an absolute knockout, well done everyone!", "Praise."),
    (N, RT, PP, "facebook", [], {}, "He's got a black eye from rugby on Saturday, proud mum moment 🏉", "Sports injury."),
    (N, NP, SP, "facebook", [], {}, "Fire alarm went off mid assembly, the kids thought it was the best day ever", "Fire drill."),
    (N, MF, OS, "facebook", [], {}, "Thanks for flagging the man at the gates: it was a dad collecting his own children and the office checked. All fine",
     "Concern dealt with."),
    (N, AD, OP, "facebook", [], {}, "Update: the issue with the lad who pushed my son has been sorted by his teacher, both boys shook hands 🙂",
     "Parent reporting something was dealt with."),
    (N, DS, SP, "facebook", [], {}, "Ten years as a DSL and the job never gets easier. Look after yourselves, colleagues 💙", "DSL reflection."),
    (N, RT, SP, "facebook", [], {}, "Staff quiz night: losers do the washing up, winners get eternal glory 😈", "Fun."),
    (N, NP, PP, "facebook", [], {}, "Anyone know a good self-defence class for adults in Ashworth?", "Adult question."),
    (N, MF, PP, "facebook", [], {}, "Netflix tip: a thriller where the creepy neighbour knows where everyone lives and leaves notes 😱",
     "TV plot."),
    (N, NP, OS, "facebook", [], {}, "Watch your step this morning, the playground is like an ice rink!", "Weather warning."),
    (N, MF, OS, "facebook", [], {}, "Knife and fork skills practice at lunch for Reception this week 🍴", "Cutlery."),
    (N, AD, OS, "facebook", [], {}, "Our new gate system means nobody gets in without signing in. Keeping your children safe",
     "School security."),
    (N, DS, SP, "facebook", [], {}, "I'm going to hurt tomorrow after that spin class", "Adult's exercise."),
    (N, MF, OP, "facebook", [], {}, "It's a secret recipe, you'll have to come to the cake sale to find out 😉", "Harmless secret."),
    (N, RT, PP, "whatsapp", [], {}, "Text me when you're home safe hun x", "Adult to adult."),
    (N, NP, PP, "facebook", [], {}, "My lad's been really quiet since his nan died. Any tips for helping kids with grief?",
     "Parent asking for help with grief."),
    (N, AD, SP, "facebook", [], {}, "Feeling a bit low today tbh, going to have a bath and an early night", "Adult's mood."),
    (N, DS, SP, "facebook", [OFF], {}, "This f***ing marking is killing me", "Swearing, hyperbole: block for swearing only."),
    (N, MF, OP, "facebook", [DIS], {}, "The way this school handled the bullying was a joke, took them weeks to do anything",
     "A complaint: lower verdict."),
    (N, AD, SP, "facebook", [], {}, "Nobody would even notice if the staffroom kettle disappeared, it's that ancient", "Joke."),
    (N, NP, OS, "facebook", [], {}, "Lockdown drill practised this morning. The children were brilliant and very calm", "Drill."),
    (N, MF, PP, "facebook", [], {}, "I'd kill for a lie in. Just one. Is that too much to ask", "Hyperbole."),
    (N, NP, OP, "facebook", [ALL, DIS], {}, "The head lied to parents about where the PTA money went. Disgraceful",
     "Allegation, but not of harm to a child: lower verdict."),
    (N, RT, PPU, "snapchat", [], {}, "bruh the new PE teacher is gonna destroy us in the bleep test", "Pupil hyperbole."),
    (N, MF, PPU, "instagram", [], {}, "cant wait to meet up with everyone at the cinema saturday 🍿", "Pupils meeting friends."),
    (N, DS, PPU, "snapchat", [], {}, "dont tell anyone but i got my mum the best birthday present ever 🤫", "Harmless secret."),
    (N, AD, OS, "facebook", [], {}, "We are proud to have completed our annual safeguarding training as a whole staff team today",
     "Training post."),
    (N, MF, OS, "facebook", [], {}, "Year 4 wrote brilliant diary entries as Anne Frank hiding from the Nazis. Very moving work",
     "History work."),
    (N, RT, SP, "facebook", [], {}, "Our cat brought in a mouse and left it on my pillow. Crime scene 😂", "Pet joke."),
    (N, NP, PP, "facebook", [], {}, "Anyone else's kids completely wiped out after the first week back? Mine fell asleep in her dinner",
     "Tired children."),
    (N, AD, PP, "facebook", [], {}, "He was so upset his goldfish died, we had a little funeral in the garden 🐟", "Pet death."),
    (N, MF, OP, "facebook", [], {}, "My daughter was a bit wobbly at drop off but the staff were lovely and she came out smiling",
     "Normal upset."),
    (N, DS, SP, "facebook", [], {}, "Reminder to self: never promise a child you'll keep a secret. Best advice I got as an NQT",
     "Training advice."),
    (N, RT, OS, "youtube", [], {}, "Watch our Year 6 leavers' song! 🎶 (shared with parents' permission)", "School video."),
    (N, NP, PPU, "instagram", [], {}, "my sister is so annoying i could literally strangle her 🙄 stole my hoodie AGAIN", "Sibling hyperbole."),
]


def main() -> int:
    rows = []
    bad = []
    for n, (esc, policy, (account, author), channel, cats, kinds, text, note) in enumerate(CASES, 1):
        v = verdict(policy, account, author, channel, list(cats), kinds)
        if esc and v != "escalate":
            bad.append(f"esc-{n:04d}: marked escalate but kinds give {v}")
        if not esc and v == "escalate":
            bad.append(f"esc-{n:04d}: look-alike gives escalate")
        rows.append({"id": f"esc-{n:04d}", "text": text, "policy": policy, "account": account, "author": author,
                     "channel": channel, "categories": list(cats), "verdict": v, "evidence": {}, "note": note})
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    n_esc = sum(r["verdict"] == "escalate" for r in rows)
    print(f"wrote {OUT} ({len(rows)} cases, {n_esc} escalate, {len(rows) - n_esc} not)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
