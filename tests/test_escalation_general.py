"""The general escalation patterns (veiled and conditional threats, weapons, self-harm, harm or neglect at
home, online grooming, staff secrecy with a pupil, an adult in a position of trust harming a child), on
phrasings that are not in training/data/escalation_cases.jsonl, with their look-alikes."""
from __future__ import annotations

import pytest

from escalating import ESCALATING, PACK, O, P, kinds
from safepost.context import Context
from safepost.detectors import escalation

ESCALATE = [
    # veiled, conditional and third-party threats; weapons
    ("You lot had better watch your backs after what happened today", O, "public"),
    ("Tell Miss Rowe she'd better be careful walking to the bus stop on her own", O, "parent"),
    ("I know exactly where he parks every morning", P, "parent"),
    ("we'll see if he's so brave when I'm on his doorstep", P, "parent"),
    ("one more phone call like that and I won't be held responsible for my actions", O, "parent"),
    ("my brothers know some lads who will deal with that caretaker", P, "pupil"),
    ("I'm bringing my dad's knife in on Monday", P, "pupil"),
    ("he'll get what's coming if that teacher keeps picking on my girl", O, "parent"),
    # self-harm and suicidal words from a pupil; an adult relaying a child's
    ("honestly thinking about ending it all tonight", P, "pupil"),
    ("i been hurting myself again and nobody knows", P, "pupil"),
    ("my mum would be happier if i wasnt here", P, "pupil"),
    ("My son said he has tried to hurt himself twice this month", P, "parent"),
    # harm and neglect at home
    ("my stepmum locks me in my room without tea when dad's away", P, "pupil"),
    ("my mums boyfriend hit my little brother so hard he cried all night", P, "pupil"),
    ("not allowed to tell anyone but the stuff he does at night scares me", P, "pupil"),
    ("no one's been home since saturday and i'm looking after my sister", P, "pupil"),
    ("Those two little ones across the road get left on their own every night till gone midnight", P, "public"),
    # grooming from outside the school, and a staff member's secret contact with a pupil
    ("a guy on minecraft says he's 15 but wants to meet me at the park without my parents", P, "pupil"),
    ("he keeps asking me to send him photos in my school uniform", P, "pupil"),
    ("hey princess what's your snap, I've got a surprise for you x", O, "public"),
    ("Pop round when your dad's out, no need to tell him", P, "staff"),
    # an adult in a position of trust harming a child
    ("The lunchtime supervisor dragged my son across the hall by his collar", O, "parent"),
    ("Miss Harlow slapped a boy in my class today", P, "pupil"),
]

NOT_ESCALATE = [
    ("Watch your step on the ice this morning, the front path is treacherous", O, "staff"),
    ("Anyone know where she lives? She left her purse at pick up", O, "parent"),
    ("Heard a boy was excluded for bringing a knife in last year. Scary stuff", P, "parent"),
    ("I'm going to hurt tomorrow after that run", P, "staff"),
    ("Could kill for a coffee right now", P, "staff"),
    ("this spelling test is going to be the death of me 💀", P, "pupil"),
    ("I want to die of embarrassment, I called my teacher mum again lol", P, "pupil"),
    ("My dad hits a six every single match, legend", P, "pupil"),
    ("She had a sleepover at her nan's and came back exhausted", P, "parent"),
    ("Don't tell your mum but I've booked her a spa day for her birthday!", P, "parent"),
    ("Online safety evening for parents: how to spot the warning signs of grooming", O, "staff"),
    ("The PE teacher pushed my son to try for the county team, so proud", O, "parent"),
    ("Fancy meeting up in town Saturday? Just us girls 🍸", P, "staff"),
    ("Please send a photo of your child's Easter bonnet to the class email", O, "staff"),
    ("Netflix thriller tonight: a stalker who follows her home every night. Gripping", P, "parent"),
]


@pytest.mark.parametrize("text,account,author", ESCALATE)
def test_general_patterns_escalate(text, account, author):
    assert kinds(text, account, author) & ESCALATING


@pytest.mark.parametrize("text,account,author", NOT_ESCALATE)
def test_look_alikes_do_not_escalate(text, account, author):
    assert not (kinds(text, account, author) & ESCALATING)


def test_adults_own_low_mood_is_not_read_as_a_childs():
    # an adult's words about themselves are not a child at risk; the same words from a pupil are
    text = "honestly can't do this anymore"
    assert not (kinds(text, P, "staff") & ESCALATING)
    assert ("safety_risk", "child_at_risk") in kinds(text, P, "pupil")


@pytest.mark.parametrize("text,author", [
    ("we’ll be waiting outside for him after school", "parent"),
    ("I’m going to batter that teacher when I see her", "parent"),
    ("Don’t tell your mum we’ve been messaging, it’s our secret x", "public"),
])
def test_curly_apostrophes_read_as_straight_ones(text: str, author: str) -> None:
    # phones type "I’ll" with a curly apostrophe; the patterns are written with straight ones
    assert kinds(text, P, author) & ESCALATING
    assert kinds(text, P, author) == kinds(text.replace("’", "'"), P, author)


@pytest.mark.parametrize("text", [
    "Our SATs results are in and they are... well, let's just wait for the head to tell you",
    "Well, we were at her front door for ages before anyone answered",
])
def test_well_and_were_are_not_we_will_and_we_are(text: str) -> None:
    assert not kinds(text, P, "staff") & ESCALATING


# Written after reading training/data/outsider3_dev.jsonl's misses: the same shapes in other words.
@pytest.mark.parametrize("text,account,author,escalates", [
    ("Miss T just grabbed a Year 1 by the arm and shook him, he was sobbing", P, "staff", True),
    ("There's a bloke in a white van by the park asking the girls if they want a lift home", O, "parent", True),
    ("Heard social services have taken the little ones from number 12", O, "public", True),
    ("One of my Year 4s came in hungry and in the same clothes again, fourth day running", P, "staff", True),
    ("Whoever got me excluded, I'll be waiting at the gates tomorrow", P, "pupil", True),
    ("The coach suspended from the club was charged with grooming two of the boys", O, "parent", True),
    ("Fancy meeting up at the weekend? just us, don't tell anyone", P, "staff", True),
    # look-alikes
    ("Social services open day for foster carers next week, all welcome", O, "staff", False),
    ("My son has a black eye from rugby, honestly he keeps walking into things", P, "parent", False),
    ("The ice cream van was offering the kids free sweets at the fair, lovely man", O, "parent", False),
    ("I reported the broken swing to the council. I'll be there at the playground meeting", O, "parent", False),
    ("Mr Hill was suspended from the golf club for not paying his fees lol", P, "parent", False),
])
def test_outsider_shapes(text: str, account: str, author: str, escalates: bool) -> None:
    assert bool(kinds(text, account, author) & ESCALATING) == escalates, kinds(text, account, author)


# ---- the taxonomy rule families (KCSIE categories of harm), each with its look-alikes -----------------------
# Written from the categories, not from any set's misses: the rules alone must read these (the model is left out,
# so a rule that stops working cannot hide behind it), and nothing at all may escalate the look-alikes.

def rule_kinds(text: str, account: str, author: str) -> set[tuple[str, str]]:
    ctx = Context(pack=PACK, account=account, author=author)
    return {(s.category, s.kind) for d in escalation.DETECTORS if d is not escalation.MODEL_DETECTOR
            for s in d.detect(text, ctx)}


FAMILIES = [
    # child criminal and sexual exploitation
    ("exploitation", "Two lads from year 9 are running drugs for some older boys from the estate after school", P, "parent"),
    ("exploitation", "My nephew reckons he owes them money now and has to hold their stuff at his house", P, "public"),
    ("exploitation", "Men in their twenties keep picking up year 10 girls in cars from the chip shop", O, "public"),
    ("exploitation", "She's 14 and her new boyfriend is 22, he meets her from school every day", P, "parent"),
    ("exploitation", "the kids from the flats are being taken to a house party and given vodka by grown men", P, "public"),
    # nudes and semi-nudes, sextortion
    ("shared images", "A naked picture of one of the year 8 girls is going round on snapchat", O, "parent"),
    ("shared images", "someone said they will post my pics online unless i send them £50", P, "pupil"),
    ("shared images", "He pressured my daughter into sending a photo and now the whole year has it", P, "parent"),
    # child-on-child abuse
    ("peer abuse", "Three boys held my son down in the changing rooms and filmed it on their phones", O, "parent"),
    ("peer abuse", "my girl is getting beaten up every day at the bus stop and the school know", P, "parent"),
    ("peer abuse", "boys in year 10 keep groping the girls in the corridor and laughing about it", P, "pupil"),
    # FGM, forced marriage, honour-based abuse
    ("honour", "My friend says her family are taking her abroad to get married and she doesn't want to", P, "pupil"),
    ("honour", "A girl in year 4 told her teacher she will be 'cut' at her grandma's this summer", P, "parent"),
    ("honour", "Her uncles said they'd beat her if she brings shame on the family again", O, "public"),
    # radicalisation
    ("radicalisation", "my brother keeps watching extremist videos and says he wants to join them", P, "pupil"),
    ("radicalisation", "Worried sick, my 16 year old is planning to travel abroad to fight", P, "parent"),
    # missing children
    ("missing", "Has anyone seen my daughter? She's 12 and never came home from school last night", O, "parent"),
    ("missing", "The girl in year 8 keeps going missing for days and coming back in taxis", P, "staff"),
    # domestic abuse the child lives with
    ("domestic", "mums boyfriend was strangling her last night and i had to ring 999", P, "pupil"),
    ("domestic", "He smacks his wife about in front of the kids, we hear it through the wall", P, "public"),
    # neglect
    ("neglect", "The toddlers two doors down are left on their own every evening till late", P, "public"),
    ("neglect", "One of mine is always starving, she was eating food out of the bin at lunch", P, "staff"),
    ("neglect", "He came in with no coat in the freezing snow again, shoes falling apart", P, "staff"),
    # suicide and self-harm signs
    ("suicide", "My son has been googling how to kill himself, I found it on his laptop", P, "parent"),
    ("suicide", "she's been giving all her things away and wrote goodbye letters to her friends", P, "pupil"),
    ("suicide", "honestly gonna kms tonight", P, "pupil"),
    ("suicide", "i cut myself again last night and i cant stop", P, "pupil"),
    # weapons
    ("weapons", "A year 8 boy has been carrying a knife in his blazer and showing it off", O, "parent"),
    ("weapons", "that snitch is getting stabbed on friday", P, "pupil"),
    # threats in other idioms
    ("threats", "Would be a shame if that head had an accident on her way home", O, "public"),
    ("threats", "Five minutes alone with that PE teacher is all I need", O, "parent"),
    ("threats", "If that teacher shouts at my son again I'll put him through the window", P, "parent"),
    ("threats", "ur dead wen i see u after school", P, "pupil"),
    ("threats", "Someone should burn that school down with the staff in it", O, "public"),
    ("threats", "Don't bother coming in tomorrow if you want to stay safe", P, "pupil"),
    # a safeguarding case made public
    ("case", "Long day: one of my little ones was taken into care this afternoon", P, "staff"),
    ("case", "Child protection conference for one of my girls tomorrow, dreading it", P, "staff"),
    # the signs
    ("signs", "One of my reception kids flinches every time an adult raises their voice", P, "staff"),
    ("signs", "A boy in my class asked whether I would have to tell anyone if he told me about home", P, "staff"),
    ("signs", "The woman next door drags her little boy down the street by his arm", P, "public"),
    ("signs", "my stepmum hits me with a shoe when dad is at work", P, "pupil"),
    ("signs", "a man on roblox said he's 12 but wants to video call me without telling my mum", P, "pupil"),
    # an allegation, even against the writer
    ("allegation", "A parent is telling everyone I hit her son. I never touched him", P, "staff"),
    ("allegation", "The minibus driver put his hand on my daughter's thigh on the way back", O, "parent"),
]

FAMILY_LOOK_ALIKES = [
    ("exploitation", "Year 6 county lines awareness workshop with the police on Monday", O, "staff"),
    ("exploitation", "He owes me a fiver for the raffle tickets, has to pay up by Friday!", P, "staff"),
    ("exploitation", "Older boys from year 11 are mentoring the year 7s at lunch, lovely to see", O, "staff"),
    ("shared images", "Reminder: photo consent forms for the school website are due back this week", O, "staff"),
    ("shared images", "Sharing nudes is illegal under 18: our e-safety talk for year 9 parents is on Thursday", O, "staff"),
    ("peer abuse", "We got battered 6-0 by St Mary's in the final, proud of the team anyway", P, "staff"),
    ("peer abuse", "Filmed the year 5 dance rehearsal today, it was brilliant", P, "staff"),
    ("honour", "An honour to present the year 6 leavers' awards tonight", P, "staff"),
    ("honour", "Budget cuts again: our TA hours have been cut by a third", P, "staff"),
    ("honour", "My sister got married abroad this summer and the kids were flower girls", P, "parent"),
    ("radicalisation", "Year 9 history: how the Nazis used propaganda, with primary sources", O, "staff"),
    ("missing", "Missing: a blue reading folder, last seen in the year 3 cloakroom", O, "parent"),
    ("missing", "Our cat went missing last night, please check your sheds near the school", O, "parent"),
    ("missing", "Missing my little boy so much, he's on the year 6 residential till Friday", P, "parent"),
    ("domestic", "Pillow fight at the sleepover got a bit wild, mum won", P, "parent"),
    ("neglect", "The kids came home starving after forest school, they ate everything in the fridge", P, "parent"),
    ("neglect", "Reminder: children need a warm coat for outdoor learning now it's colder", O, "staff"),
    ("suicide", "Clear-out day: giving all my old books away to the charity shop", P, "staff"),
    ("suicide", "Mental health awareness week: talking about suicide prevention with year 11", O, "staff"),
    ("suicide", "I hurt my back again lifting the PE mats", P, "staff"),
    ("weapons", "Year 8 food tech: knife skills and chopping vegetables safely", O, "staff"),
    ("weapons", "The pirates in the year 6 play carry plastic swords and a toy gun", O, "staff"),
    ("threats", "You'll pay for the trip on ParentPay by Friday please", O, "staff"),
    ("threats", "I could murder a bacon sandwich after that staff meeting", P, "staff"),
    ("threats", "Stay safe online this half term: don't share passwords", O, "staff"),
    ("threats", "I'm dead tired after parents' evening, bed by 9", P, "staff"),
    ("case", "Thank you to our DSL team for the child protection training today", P, "staff"),
    ("case", "PC Khan came into school today to talk to year 2 about people who help us", O, "staff"),
    ("signs", "My son beat me at chess again, he's getting too good", P, "parent"),
    ("signs", "Asked my class whether they would tell a teacher if a friend was sad: lovely answers", P, "staff"),
    ("signs", "Ha my dad hit me with the worst dad joke this morning", P, "pupil"),
    ("allegation", "Our caretaker locked the gates early because of the snow", O, "staff"),
    ("allegation", "The head pushed the kids to do their very best and they smashed it", P, "parent"),
]


@pytest.mark.parametrize("family,text,account,author", FAMILIES)
def test_rule_families_escalate(family, text, account, author):
    assert rule_kinds(text, account, author) & ESCALATING, family


@pytest.mark.parametrize("family,text,account,author", FAMILY_LOOK_ALIKES)
def test_rule_family_look_alikes_stay_clean(family, text, account, author):
    assert not (kinds(text, account, author) & ESCALATING), (family, kinds(text, account, author))


def test_a_pupils_hyperbole_about_a_parent_is_not_a_threat():
    # "mum's going to kill me" is what children say about a lost PE kit
    assert not (kinds("my mum is going to kill me, lost my PE kit again", P, "pupil") & ESCALATING)
    assert kinds("those year 10s are going to kill me after school", P, "pupil") & ESCALATING


# ---- the learned safety net --------------------------------------------------------------------------------

def test_model_loads_and_has_a_confident_threshold():
    model = escalation.get_model()
    assert model is not None
    assert 0.8 <= model.threshold < 1.0  # chosen leave-one-writer-out under a precision constraint


def test_model_escalates_with_a_sentence_as_evidence_and_says_why():
    det = escalation.EscalationModelDetector()
    text = ("Lovely sunny morning. That coach has been sending our lads pictures of himself and asking them to keep it "
            "quiet")
    ctx = Context(pack=PACK, account=O, author="parent")
    spans = det.detect(text, ctx)
    assert spans, "the model should read this as a child at risk"
    (span,) = spans
    assert (span.category, span.kind) in ESCALATING
    assert text[span.start:span.end].startswith("That coach")  # the sentence, not the whole post
    assert "escalation model" in span.attrs["why"]


@pytest.mark.parametrize("text", [
    "Anyone want to meet up at the park after school with the little ones?",
    "My son has a black eye from rugby, honestly he keeps walking into things",
    "Can anyone tell me when the secret santa gifts need to be in by?",
    "Safeguarding training for all staff on Tuesday: signs of abuse, neglect and grooming",
    "My son keeps asking if he can walk home on his own now he's in Year 6, what do you all think?",
])
def test_model_stays_quiet_on_look_alikes(text):
    ctx = Context(pack=PACK, account=O, author="parent")
    assert escalation.EscalationModelDetector().detect(text, ctx) == []


def test_model_reads_one_alarming_sentence_of_a_long_post():
    text = ("Long day! Dog walked, tea made, homework done. The boy next door told my son his stepdad locks him in the "
            "shed when he's naughty. Off to bed now, night all")
    ctx = Context(pack=PACK, account=P, author="parent")
    (span,) = escalation.EscalationModelDetector().detect(text, ctx)
    assert (span.category, span.kind) in ESCALATING
    assert text[span.start:span.end].startswith("The boy next door")  # that sentence is the evidence


@pytest.mark.parametrize("text,speaks", [
    ("my mum will kill me lol I forgot my PE kit", False),  # a laugh over a trivial stake marks a look-alike
    ("my dad hits me when he's drunk lol", True),  # a laugh alone does not (playful.laughed_off)
    ("gonna shoot up the school on monday lol jk", True),  # ... not over a weapon
    ("might bring my dads gun in and sort them all out, not even joking", True),  # "not joking" is no joke
    ("a man on fortnite keeps asking me to send pics", True),  # a game is no mark: grooming starts in one
    ("My son has a black eye from rugby", False),
    ("What a lovely sunny day at the beach", False),  # no word of harm: the gate's prefilter must not stand open
])
def test_model_gate_reads_laughs_and_games(text, speaks):
    assert escalation.model_may_speak(text) is speaks


def test_missing_model_file_falls_back_to_the_rules(tmp_path, monkeypatch):
    assert escalation.EscalationModel.load(tmp_path / "nope.npz") is None
    monkeypatch.setattr(escalation, "_MODEL", [None])  # as if models/escalation.npz were missing
    ctx = Context(pack=PACK, account=P, author="pupil")
    assert escalation.EscalationModelDetector().detect("i cut myself again last night", ctx) == []
    assert kinds("i cut myself again last night", P, "pupil") & ESCALATING  # the rules still escalate it


# Ordinary posts a reviewer found escalated, each beside the true case its fix must keep.
@pytest.mark.parametrize("text,account,author,escalates", [
    ("I'm going to kill my sister for eating my chocolate lol", P, "staff", False),
    ("I'm going to kill him for what he did to my daughter", O, "parent", True),
    ("The little ones were left alone in the sandpit for two minutes and built a castle!", O, "staff", False),
    ("My kids are home alone all day on Saturday while I work, they're 16 and 14.", P, "parent", False),
    ("The 3 year old was left alone all night again", O, "parent", True),
    ("Year 4 wrote goodbye letters to Mrs Hughes who is retiring, she cried reading them.", O, "staff", False),
    ("She wrote goodbye letters to her mum and sister last night", O, "parent", True),
    ("my brother hit me with a pillow", P, "pupil", False),
    ("my stepdad hit me again", P, "pupil", True),
    ("Five minutes alone with the new Lego set and he'd built the whole thing.", O, "parent", False),
    ("give me 5 mins with him and he'll regret it", O, "parent", True),
    ("My son has been running away with the ball all match, what a player.", O, "parent", False),
    ("my daughter ran away again last night and we can't find her", O, "parent", True),
    ("my mum doesnt feed us and we dont get dinners at home", P, "pupil", True),
    ("My dad doesn't feed the dog enough", P, "pupil", False),
    # a pupil's ordinary post (or a parent's, sent as a pupil) is no sign of harm because a pupil sent it
    ("Has anyone seen my son's blue jumper?", P, "pupil", False),
    ("found a phone by the bike shed, gave it to reception", P, "pupil", False),
    ("who wants to share a lift to netball on saturday", P, "pupil", False),
    ("a man in a car keeps offering to pick me up from school", P, "pupil", True),
    # a teacher's scolding, in a pupil's hyperbole; a threat to keep a child quiet is not one
    ("Mr Khan will kill me if I forget my PE kit again", P, "pupil", False),
    ("he said he will kill me if i tell", P, "pupil", True),
    ("my mum will kill me if i tell", P, "pupil", True),
    # a threat over a trivial thing is play (playful.py); over a weapon, or naming violence without a laugh, not
    ("Someone ate my last yoghurt from the staff fridge. I will find you.", P, "staff", False),
    ("You'll pay for this when I beat you at Monopoly tonight haha", P, "pupil", False),
    ("he is getting jumped after school 😂", P, "pupil", True),
    ("bring a knife to the match tomorrow haha", P, "pupil", True),
    ("if u touch my chips again im bringing a knife lol", P, "pupil", True),
    ("nicked my lunch again, im going to batter whoever it was", P, "pupil", True),
    # a pupil's "theyll" is "they'll"; an image of a child undressed; an adult in a position of trust giving a child
    # a private number (and the look-alikes: a class photo in costume, a coach's number for parents)
    ("some year 10s said theyll jump me at the park after school", P, "pupil", True),
    ("Three boys in Year 9 have been sharing a video of a Year 8 girl undressing", O, "staff", True),
    ("Video of the kids changing into their costumes for the nativity", O, "staff", False),
    ("The music tutor told my daughter she's his favourite and gave her his personal number", P, "parent", True),
    ("The new football coach gave the parents his number for match days", P, "parent", False),
    # damage to someone's car or home wished on them; an adult drunk while driving children; a filler word in a
    # child's "happier if i (just) wasn't around"
    ("Someone should put a brick through that teacher's car window, she deserves it", P, "public", True),
    ("The kids threw a ball at the window and cracked it", P, "parent", False),
    ("A parent turned up smelling of alcohol to collect two toddlers and drove off with them", P, "staff", True),
    ("Dad was so drunk at the wedding he fell in the cake, the kids loved it", P, "parent", False),
    ("Mum got a bit drunk at the PTA quiz so Dad's driving the kids home, what a night", P, "parent", False),
    ("He drove the kids to school while he was still drunk from last night", P, "parent", True),
    ("i keep thinking everyone would be happier if i just wasnt around anymore", P, "pupil", True),
    # extremist material with a child's engagement, either order; FGM with an auntie; sleeping rough "at" the park;
    # grabbed by the neck at home; "I'll make sure she regrets it"
    ("One of my Year 10 boys has been watching beheading videos and says the kafirs deserve it", P, "staff", True),
    ("Year 10 RE lesson on how groups like ISIS recruit young people online", O, "staff", False),
    ("RE today: Year 8 looked at how extremist groups use social media, great discussion", O, "staff", False),
    ("my auntie says im going to get cut when we go to Somalia in the summer", P, "pupil", True),
    ("nobody at home gives a toss if i come back or not, slept at the park last night", P, "pupil", True),
    ("mum's new fella grabs me by the neck when she's at work", P, "pupil", True),
    ("If that head excludes my son I'll make sure she regrets it", P, "parent", True),
    # read from a seventh writer's errors (meaning_seed7), each beside a look-alike it must leave alone
    ("I'll be at the match on Saturday, what time are you playing?", P, "staff", False),
    ("I'll be at the school gates at home time, he'd better show his face", P, "parent", True),
    ("The lunchtime supervisor saw the boy pushing my son and did nothing about it", P, "parent", False),
    ("She said he'd put me in the ground if I reported it", P, "staff", True),
    ("text me any time on my personal number, no need to tell your parents", P, "staff", True),
    ("A member of staff was arrested last week over something involving a child", P, "parent", True),
    ("my dad forgets to buy food again so im starving", P, "pupil", True),
    ("Older lads at the park offering the year 7s vapes after school", P, "public", True),
    ("Older lads hanging around the park after school", P, "public", False),
    ("Gonna thrash you lot at the staff rounders match", P, "staff", False),
    ("Has anyone seen a little boy about 6 on his own by the river? He looked lost", P, "public", True),
    ("I saw a little girl crying at the school gate because she lost her teddy, found it in the end", P, "staff",
     False),
    ("Liam didn't come home from school last night. Last seen by the chip shop. Police informed. Please share",
     P, "parent", True),
    ("My bike went missing from outside the shop, please share", P, "parent", False),
    ("The 13 year old next door gets picked up in a different car every night at midnight", P, "parent", True),
    ("My daughter gets a different taxi to school every day because of the council contract", P, "parent", False),
    ("my friend asked me how you hide the cuts so nobody notices", P, "parent", True),
    ("Does anyone know how to hide the scars from his operation? He's self-conscious about PE", P, "parent", False),
    ("the cuts on my arm are getting worse, dont tell anyone", P, "pupil", True),
    ("got marks on my arm from the netball game, dont tell mum i fell over again", P, "pupil", False),
    ("The boy from number 4 hasn't been in school for 5 weeks and nobody's seen the family", P, "parent", True),
    ("Our son hasn't been in school for two weeks, he's gone down with flu and is miserable", P, "parent", False),
    ("The girl who hit out in assembly has a social worker now, it came up at the CP meeting", P, "staff", True),
    ("GP referral made for my son's tonsils at last, fingers crossed", P, "parent", False),
    ("The mum with the non-molestation order against her ex was at the gate again", P, "staff", True),
    # a teacher adding a pupil is pupil contact (blocked by the packs); what follows is the warning sign
    ("omg sir added me back on snap, he saw my story from the match", P, "pupil", False),
    ("my teacher added me on snap and keeps sending me pictures", P, "pupil", True),
    # an adult in a position of trust said to groom or abuse children
    ("Teacher at Ashworth High has been grooming girls on snapchat", P, "public", True),
    ("Training today on how to spot when a teacher is grooming pupils", O, "staff", False),
])
def test_ordinary_school_posts_and_their_true_twins(text, account, author, escalates):
    assert bool(kinds(text, account, author) & ESCALATING) is escalates


def test_model_leaves_a_parent_collecting_their_child_alone():
    ctx = Context(pack=PACK, account=P, author="pupil")
    assert escalation.EscalationModelDetector().detect("my mum is picking me up after football", ctx) == []
    assert escalation.EscalationModelDetector().detect(
        "a man in a car keeps offering to pick me up from school", ctx) != []


@pytest.mark.parametrize("text", [
    "When I come to collect my son tomorrow I will punch that teacher in the face",
    "I will be at the gates to pick up my daughter and if Mr Jones says one word I will knock him out",
    "Going to pick up my son and then I am going to kill that teacher",
])
def test_an_errand_in_the_sentence_does_not_excuse_a_threat(text):
    assert kinds(text, O, "parent") & ESCALATING
