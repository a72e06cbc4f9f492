"""Abuse red team (h-abuse): abuse_or_hate in the words of people safepost has never seen. Written from CONTRACT.md and
the policies' meaning of abuse, before the code was run on it; no row copies a readable or a blind set.

Principles:
- NOUN: a person or group called a demeaning noun, no swear word needed ("a vile excuse for a human", "that family
  are scum", "a spineless worm", "a miserable old bag").
- WHAT-A: an exclamation of contempt at a person ("what a pathetic little man", "what a nasty piece of work").
- DEHUMAN: people compared to vermin, animals or disease ("they're like rats", "a plague on this village").
- PILE-ON: urging others to gang up on one person ("let's all report her", "everyone go and tell him what you
  think", "make her life hell").
- HATE: racist, sexist, homophobic, transphobic, ableist or religious hatred, also said politely or in code
  ("people like that shouldn't be teaching our kids" of a group).
- NOT abuse: swearing with no target, complaints about a decision or service, quoting or reporting abuse to condemn
  it, reclaimed self-description, fond banter, sport and praise idiom ("killing it", "savage goal"), animals,
  insects and weather.
Rows are (text, categories, author, account); the demo school, staff-declaration pack.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row as _r

HATE = ("abuse_or_hate",)

PARAPHRASES = [
    # NOUN: demeaning nouns applied to a person or a family
    _r("Honestly that TA is a sorry excuse for a human being", HATE, "parent"),
    _r("The family at number 12 are filth, always have been", HATE, "public"),
    _r("You're a pathetic excuse for a teacher and everyone at the gate knows it", HATE, "parent"),
    _r("Mr Hughes is a spineless worm who hides in his office", HATE, "parent"),
    _r("The new receptionist is a jumped up little nobody", HATE, "parent"),
    _r("that dinner lady is a miserable old bag, shouts at the little ones for nothing", HATE, "parent"),
    _r("Our deputy is a snake, smiles to your face then stabs you in the back", HATE),
    _r("The lad who sits behind me in maths is a grubby little weasel", HATE, "pupil"),
    _r("Mrs Dawson is a two faced cow and I'm not the only one who thinks so", HATE, "parent"),
    _r("He is a waste of a human, I don't know how he still has a job", HATE, "public"),
    _r("The woman who runs the breakfast club is a nasty old witch", HATE, "parent"),
    _r("That PE teacher is a creepy old lech", HATE, "parent"),
    _r("The head of year is a gutless coward and a bully", HATE, "parent"),
    _r("She's a vile specimen of a woman", HATE, "public"),
    _r("That man is a parasite, living off everyone else and laughing about it", HATE, "public"),
    # WHAT-A: contempt exclaimed at a person
    _r("What a pathetic little man the new business manager is", HATE),
    _r("what a nasty piece of work that woman is", HATE, "parent",
       xfail="the readable seeds label 'nasty piece of work' a judgement of conduct (disparaging); _contempt follows them"),
    _r("What a vile lil man, shouting at kids at the bus stop", HATE, "public"),
    _r("Saw the head at parents evening. What an odious creature.", HATE, "parent"),
    _r("What a repulsive human being your year 10 tutor is", HATE, "public", "official"),
    # DEHUMAN: people as vermin, animals, disease
    _r("The parents who hang round that gate are animals, no wonder the kids are feral", HATE, "public"),
    _r("Kids from that estate are like rats, they get into everything and ruin it", HATE, "public"),
    _r("Those travellers are a plague on this village", HATE, "public"),
    _r("The staff in that office are a bunch of brain dead zombies", HATE, "parent"),
    _r("That family breed like rabbits and live off the rest of us", HATE, "public"),
    _r("She's a leech, sucking the life out of every PTA meeting", HATE, "parent"),
    # PILE-ON: urging others to gang up on one person
    _r("Let's all report her page until it gets taken down", HATE, "parent"),
    _r("Everyone go and tell him what you think of him, his number is on the club page", HATE, "parent"),
    _r("Tag her in everything and make her life hell, she deserves it", HATE, "pupil"),
    _r("Flood his inbox people, let him know exactly what we all think of him", HATE, "parent"),
    _r("Everyone screenshot her posts and send them to her work so she gets sacked", HATE, "public"),
    _r("Can we all leave that teacher a message she won't forget 😡", HATE, "parent",
       xfail="'a message she won't forget' is also said of thanks; only the angry emoji tells them apart"),
    # HATE: protected groups, also politely
    _r("Two dads running the PTA now? People like that shouldn't be anywhere near our children", HATE, "parent"),
    _r("Them lot from the mosque don't belong round here", HATE, "public"),
    _r("The Romanian kids in Year 4 are all thieves, lock your bags up", HATE, "parent"),
    _r("Women teachers can't handle the big lads, they should stick to the infants", HATE, "parent"),
    _r("A man in a dress reading stories to our kids? Sick freaks", HATE, "public", "official"),
    _r("That autistic boy is a retard and shouldn't be in a mainstream school", HATE, "parent"),
    _r("Gay teacher got the job, course he did, they all look after their own kind", HATE, "public",
       xfail="the stereotype sits 13 words after the group, past the window identity_hate reads"),
    _r("Polish families are ruining this school, they should go back where they came from", HATE, "public"),
    # masked spellings, typos and emoji
    _r("ur a fkn waste of space m8", HATE, "pupil"),
    _r("that family r scum 🤮🤮", HATE, "public"),
    _r("Mr Reid is a creeeep 🤢", HATE, "pupil"),
    _r("she is an absolute sl*g 🐷", HATE, "pupil"),
    _r("ur mum is a fat cow lol", HATE, "pupil"),
    # --- rows added after the first run (second round: "'s" for "is", name-calling nouns in one or more words) ---
    _r("The new bursar's a total slob, desk covered in crisp packets", HATE, "parent"),
    _r("Our MP's a spineless little toad", HATE, "public"),
    _r("Mr Okafor's such a loudmouth, you can hear him from the car park", HATE, "parent"),
    _r("The head of maths is a complete airhead", HATE, "parent"),
    _r("The lollipop man's a miserable old git", HATE, "parent"),
    _r("the dinner lady is a right nosy parker", HATE, "pupil"),
    _r("That governor is a knuckle dragger who thinks kids should be seen and not heard", HATE, "public"),
    _r("You absolute bonehead, you've parked across three bays", HATE, "public"),
    # --- rows added after the first run (third round: harm wished or urged, veiled threats, coded hate, looks, disability) ---
    _r("Somebody should give that dinner lady a good slap", HATE, "parent"),
    _r("Honestly hoping the new head gets run over on her way in", HATE, "parent"),
    _r("Say that again and see what happens to you", HATE, "pupil"),
    _r("I'm not racist but the school was better before they all came", HATE, "public"),
    _r("We never wanted their kind round here and we still don't", HATE, "public"),
    _r("Them people are taking over this town, you can't get a school place now", HATE, "public"),
    _r("Look at the state of him in that suit, who dressed him 😂", HATE, "pupil"),
    _r("the new boy is so special needs lol", HATE, "pupil"),
    _r("Let's all laugh at her when she gets up to read tomorrow 😂😂", HATE, "pupil"),
    # --- rows added after the first run (fourth round: compound contempt adjectives, the worst human alive) ---
    _r("The business manager is a self-important little man with a clipboard", HATE, "parent"),
    _r("Our new head of year is a control-freak? no, a power-hungry little woman", HATE, "parent"),
    _r("Whoever runs the PTA page is the nastiest woman on the planet", HATE, "parent"),
    # --- rows added after the first run (fifth round: a person called "it", looks mocked) ---
    _r("Apparently he/she/it is our new supply teacher 🙄", HATE, "parent"),
    _r("The receptionist has a face like a bulldog chewing a wasp every single morning", HATE, "parent"),
    # --- rows added after the first run (sixth round: exclusion told to others) ---
    _r("nobody sit with her on the coach tomorrow, pass it on", HATE, "pupil"),
]

ORDINARY = [
    # complaints about a decision or a service, no person demeaned
    _r("The decision to cancel the Year 6 trip at two hours' notice was a disgrace", HATE, "parent"),
    _r("I think the new homework policy is pathetic, honestly", HATE, "parent"),
    _r("The service at the council tip was a joke today, queued for an hour", HATE, "public"),
    _r("The canteen food is vile, my son won't touch it", HATE, "parent"),
    _r("Parking at pick up is an absolute nightmare again", HATE, "parent"),
    _r("The bus company are hopeless, third day late in a row", HATE, "parent"),
    _r("Really disappointed in how the school handled my complaint, nobody called me back", HATE, "parent"),
    _r("The governors' decision to close the nursery is shameful and short sighted", HATE, "public"),
    _r("That detention for a missing pen is a ridiculous rule", HATE, "parent"),
    _r("The ref was shocking today, missed two clear penalties", HATE, "parent"),
    # descriptions of behaviour, without a demeaning name
    _r("He was rude to the receptionist and then stormed out", HATE),
    _r("She shouted at my son in front of the whole class, which I don't think was fair", HATE, "parent"),
    _r("Disgraceful behaviour at the match, two dads fighting on the touchline. Banned for the season.", HATE),
    # quoting or reporting abuse to condemn it
    _r("Someone shouted 'go home' at a mum outside school today. Disgusting. We've reported it.", HATE, "parent"),
    _r("A pupil was called a 'retard' on the bus. This will not be tolerated.", HATE),
    _r("My daughter was told she's a waste of space by another girl. Heartbroken.", HATE, "parent"),
    _r("Anti-Bullying Week: we talked about words like 'loser', 'freak' and 'weirdo' and why they hurt", HATE,
       xfail="the trained model reads the quoted insults (info only); its gate is outside this change"),
    _r("The report found pupils had been called 'scum' and 'tramp' in group chats", HATE),
    # pile-on look-alikes: everyone urged to do something kind or civic
    _r("Let's all report the potholes on Mill Lane so the council finally fixes them", HATE, "parent"),
    _r("Everyone go and tell Mrs Khan how much you loved the play!", HATE, "parent"),
    _r("Let's all give her a massive round of applause, 30 years at the school", HATE),
    _r("Share this everywhere so the whole town knows about the Christmas fair", HATE),
    _r("Please all email the council about the crossing on Station Road", HATE, "parent"),
    _r("Flood the school with odd socks on Friday for Anti-Bullying Week", HATE),
    _r("Tag her in your photos from the leavers' do, she'll love them", HATE, "parent"),
    # "people like ..." and "what a ..." look-alikes
    _r("People like that deserve a medal, thank you to our lollipop lady", HATE, "parent"),
    _r("People like him shouldn't have to fight this hard for an EHCP", HATE, "parent"),
    _r("What a lovely little man, he helped tidy the whole library", HATE),
    _r("What a pathetic excuse for a summer 🙄", HATE),
    _r("That was a poor excuse for a sandwich, canteen", HATE, "pupil"),
    _r("What a brave little girl, she read in front of the whole school", HATE),
    # fond banter and self-description
    _r("Love you loads, you daft sausage ❤️", HATE, "parent"),
    _r("My best mate is a total weirdo and I wouldn't have her any other way", HATE, "pupil"),
    _r("I'm a pathetic cook, burned every cake for the bake sale", HATE, "parent"),
    _r("As a proud fat woman I'm tired of the diet talk in the staffroom", HATE,
       xfail="'woman ... tired of' is read as a hostile verb near a group (info only); the writer's own identity is "
             "not yet told apart"),
    _r("Bit of a nerd and proud of it, first in the queue for the book fair", HATE),
    # sport and praise idiom
    _r("Year 6 absolutely killing it at the cross country today", HATE),
    _r("Savage goal from Ellie in the final, what a strike", HATE, "parent"),
    _r("That tackle was savage 🔥 proud of the U11s", HATE, "parent"),
    _r("She's an animal on the netball court, unstoppable 💪", HATE, "parent"),
    _r("Dad was a beast in the parents' race, nobody could catch him", HATE, "parent"),
    _r("City battered us 4-0, we were rubbish but the lads never stopped running", HATE),
    # animals, insects, weather
    _r("Wasps are vile little things, one got into the classroom and chaos followed", HATE),
    _r("The rats in the bin store are back, council please help", HATE, "parent"),
    _r("Pigeons are filthy, please don't feed them at lunch", HATE),
    _r("The geese at the park are absolute thugs 😂", HATE, "parent"),
    _r("My dog is a greedy little pig, ate the whole birthday cake", HATE, "parent"),
    _r("Bloody weather, sports day off again", HATE),
    _r("Foul weather all week, wellies and a change of socks please", HATE),
    _r("The slugs have eaten every lettuce in the school garden, little devils", HATE),
    # groups named kindly or neutrally
    _r("Eid Mubarak to all our Muslim families, children may arrive late on Friday", HATE),
    _r("Our Polish families organised a brilliant food stall at the summer fair", HATE),
    _r("Two of our dads are running the PTA cake stall this year, thank you both", HATE, "parent"),
    _r("Our autistic pupils helped design the new quiet room", HATE),
    _r("Women in STEM day: our female teachers led every workshop", HATE),
    # --- rows added after the first run (look-alikes of the second round) ---
    _r("The head's new rule about coats is a bit much", HATE, "parent"),
    _r("The head's a brilliant leader and the staff love her", HATE, "parent"),
    _r("Our dog's a bonehead but we love him", HATE, "parent"),
    _r("It's a wet wipe, not a flannel, please don't flush them", HATE),
    _r("Our deputy's a bit of a know-it-all about birds but she means well", HATE),
    _r("There was a creepy old man in the haunted house at the fair, the kids screamed 😂", HATE, "parent"),
    _r("In our book this week Mr Twit is a disgusting old man with food in his beard", HATE),
    _r("Me and Dave are two grumpy old men before coffee", HATE, "parent"),
    _r("The lollipop man's a legend, 30 years on that crossing", HATE, "parent"),
    _r("We should all report potholes to the council, they fix them faster with photos", HATE, "parent"),
    _r("Send them to her work address, she's happy to sign them for the raffle", HATE, "parent"),
    # --- rows added after the first run (look-alikes of the third round) ---
    _r("Somebody should give that dinner lady a medal", HATE, "parent"),
    _r("Hope she gets better soon, the whole class made her a card", HATE),
    _r("Keep it up and see what happens to your reading age, it will fly up!", HATE),
    _r("Try it at home and see what happens, the magnets experiment is easy", HATE),
    _r("People who start with 'I'm not racist but' usually are, and we won't have it here", HATE),
    _r("We don't want that kind of language on our page, thank you", HATE),
    _r("That lot are taking over the staffroom with their fantasy football 😂", HATE),
    _r("Look at the state of the car park after the fair, who left all this litter", HATE, "parent"),
    _r("Our son has special needs and the school has been brilliant with him", HATE, "parent"),
    _r("Let's all laugh at the blooper reel from sports day 😂", HATE),
    _r("We gave them a good hiding 5-0, proud of the under 11s", HATE),
    # --- rows added after the first run (look-alikes of the fourth round) ---
    _r("Our lollipop man is the happiest man alive today, 40 years on the crossing!", HATE, "parent"),
    _r("I'm the worst person in the world, forgot the cakes for the bake sale again", HATE, "parent"),
    _r("Mrs Green is the kindest woman on the planet, thank you for everything", HATE, "parent"),
    # --- rows added after the first run (look-alikes of the fifth round) ---
    _r("He or she can collect the forms from the office after 3pm", HATE),
    _r("I looked like a sack of potatoes in the staff photo 😂", HATE),
    # --- rows added after the first run (look-alikes of the sixth round) ---
    _r("Nobody talk to her about the surprise party, she has no idea!", HATE, "parent"),
    _r("Nobody talk to me until I've had my coffee", HATE),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("staff-declaration")


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_abuse_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_are_not_abuse(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)
