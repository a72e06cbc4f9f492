"""What every pack escalates: threats, harm to a child, disclosures, grooming, a looked-after child's
whereabouts, and an allegation that an adult harmed a child. True negatives matter as much here:
a false escalation sends a teacher to the safeguarding lead for nothing."""
from __future__ import annotations

import pytest

from safepost.context import Context
from safepost.detectors import escalation, meaning
from safepost.packs.schema import Pack
from safepost.types import Post

PACK = Pack(id="test", name="Test pack")
DETECTORS = escalation.DETECTORS + meaning.DETECTORS


def found(text: str, account: str = "personal", author: str = "staff") -> set[tuple[str, str]]:
    ctx = Context(pack=PACK, account=account, author=author)
    return {(s.category, s.kind) for d in DETECTORS for s in d.detect(text, ctx) if s.score >= 0.5}


P, O = "personal", "official"

ESCALATE = [
    # threats, including the school-specific ones
    ("I'll be at the gates waiting for him", P, "parent", "abuse_or_hate", "threat"),
    ("someone should teach that teacher a lesson", O, "parent", "abuse_or_hate", "threat"),
    ("I know where you live Mrs Carter", O, "public", "abuse_or_hate", "threat"),
    ("If he touches my son again I'm going to batter him", P, "parent", "abuse_or_hate", "threat"),
    ("watch your back, you've been warned", O, "public", "abuse_or_hate", "threat"),
    # a child's own disclosures
    ("my stepdad hits me", P, "pupil", "safety_risk", "disclosure"),
    ("he said not to tell anyone about our chats", P, "pupil", "safety_risk", "disclosure"),
    ("I don't want to go home", O, "pupil", "safety_risk", "disclosure"),
    ("was left alone till 11 at night again, mum didnt come back", P, "pupil", "safety_risk", "disclosure"),
    ("my uncle said if i tell anyone what he does to me he'll hurt my mum", O, "pupil", "safety_risk",
     "disclosure"),
    # signs a child is being harmed
    ("One of my Year 2s came in with bruises on his arms again", P, "staff", "safety_risk", "child_at_risk"),
    ("Had to report a disclosure today. One of my little ones told me what happens at home.", P, "staff",
     "safety_risk", "child_at_risk"),
    ("There's a man hanging round the school gates trying to talk to the kids", P, "parent", "safety_risk",
     "child_at_risk"),
    # secrecy and grooming: from staff it is pupil contact; from others, a risk to a child
    ("don't tell your mum we chat", P, "staff", "pupil_contact", "secrecy"),
    ("Delete these messages after you read them, it's just between us", P, "staff", "pupil_contact", "secrecy"),
    ("You're so mature for your age, send me a pic", P, "staff", "pupil_contact", "grooming"),
    ("our little secret ok? don't tell your dad", P, "public", "safety_risk", "child_at_risk"),
    # where a looked-after child is
    ("Girl in my class is in foster care now, placed with a family over in Westfield", P, "staff",
     "safety_risk", "looked_after_whereabouts"),
    ("The new boy is the one from the foster family on Elm Road", P, "staff", "safety_risk",
     "looked_after_whereabouts"),
    ("Our new foster placement, the little lad in Reception, is with the Hendersons on Willow Crescent now", P,
     "staff", "safety_risk", "looked_after_whereabouts"),
    ("My daughter has gone missing, last seen at the school gate at 3.30", P, "parent", "safety_risk",
     "child_at_risk"),
    # an adult harmed a child
    ("that TA hits the kids", P, "parent", "allegation", "adult_harmed_child"),
    ("Mrs Taylor grabbed my daughter by the arm and left a bruise", P, "parent", "allegation",
     "adult_harmed_child"),
    ("our science teacher literally threw a board rubber at a kid today and nobody did anything", P, "pupil",
     "allegation", "adult_harmed_child"),
    ("the supply teacher chucked a chair towards the boys when they wouldn't sit down", P, "parent", "allegation",
     "adult_harmed_child"),
    ("Mr Hall shoved Kai against the wall in the corridor, everyone saw", P, "pupil", "allegation",
     "adult_harmed_child"),
    # a live safeguarding case made public
    ("social services came in today about one of my girls, heartbreaking", P, "staff",
     "confidential_school_matter", "safeguarding_case"),
]


@pytest.mark.parametrize("text,account,author,category,kind", ESCALATE)
def test_it_finds_what_must_be_escalated(text, account, author, category, kind):
    assert (category, kind) in found(text, account, author)


ESCALATING_KINDS = {("abuse_or_hate", "threat"), ("safety_risk", "disclosure"), ("safety_risk", "child_at_risk"),
                    ("safety_risk", "looked_after_whereabouts"), ("pupil_contact", "secrecy"),
                    ("pupil_contact", "grooming"), ("allegation", "adult_harmed_child"),
                    ("confidential_school_matter", "safeguarding_case")}

NOT_ESCALATE = [
    ("I'll be at the gates at 3:15 to collect him", P, "parent"),
    ("Year 6 absolutely killed it at sports day!", P, "staff"),
    ("Teaching my class a lesson on fractions tomorrow", P, "staff"),
    ("Surprise party for Mum on Saturday, don't tell her!", P, "staff"),
    ("Secret Santa reveal tomorrow, shh don't tell anyone who you've got", P, "staff"),
    ("Thinking of fostering a puppy this summer", P, "staff"),
    ("Our student teacher's placement ends on Friday", P, "staff"),
    ("NSPCC assembly today about speaking out and staying safe", O, "staff"),
    ("Brilliant safeguarding training this afternoon", P, "staff"),
    ("Online safety lesson: never send pictures to people you don't know", O, "staff"),
    ("Foster care fortnight: could you become a foster carer? Info evening at the town hall", O, "staff"),
    ("Mr Smith stole the show at the staff panto!", P, "staff"),
    ("My daughter fell over in the playground, the TA looked after her brilliantly", P, "parent"),
    ("Visiting my nan in the care home this afternoon", P, "staff"),
    ("I'm going to smash this marking tonight", P, "staff"),
    ("Secret's out! We're expecting a baby in June", P, "staff"),
    ("Coach threw the ball at the kids for catching practice", P, "parent"),
    ("The caretaker pushed the tables against the wall for the disco", P, "parent"),
    ("got left on my own all weekend, hubby away with the lads 🙌", P, "staff"),
    ("Little Reggie's mum and dad are splitting up and he's not coping at all. Bless him", P, "staff"),
    ("Apparently our deputy was a no-show at the safeguarding training she signed off as attended", P, "staff"),
    ("Miss knocked it off the desk and we all laughed", P, "pupil"),
    ("My daughter's reading book has gone missing, if it turns up in your child's bag please let me know", P,
     "parent"),
    ("Our cat went missing three days ago, please check sheds near the school", P, "parent"),
    ("Lily's PE kit went missing on Friday, navy bag with her name in", P, "parent"),
    ("Mrs Hill threw a wobbly at the kids when they were late back from lunch", P, "pupil"),
    ("Mr Ahmed threw wet sponges at the children at the summer fair 😂", P, "parent"),
    ("Miss threw a surprise party for the children on her last day", P, "parent"),
]


@pytest.mark.parametrize("text,account,author", NOT_ESCALATE)
def test_it_does_not_escalate_ordinary_posts(text, account, author):
    assert not (found(text, account, author) & ESCALATING_KINDS)


def test_escalation_spans_point_at_the_words():
    text = "Lovely day. I'll be at the gates waiting for him tomorrow."
    ctx = Context(pack=PACK)
    (span,) = [s for d in escalation.DETECTORS for s in d.detect(text, ctx) if s.kind == "threat"]
    assert text[span.start:span.end].startswith("I'll be at the gates")


@pytest.mark.parametrize("text", ["", " ", "\x00", "x" * 100_000, "don't tell " * 5000, "🙂" * 1000])
def test_odd_text_never_raises(text):
    ctx = Context(pack=PACK, author="pupil")
    for d in escalation.DETECTORS:
        d.detect(text, ctx)


# An allegation that an adult in a school role harmed a child, and the signs of that harm, are one event:
# the allegation (escalate), not also a child at risk. Harm at home stays a child at risk.
ONE_HARM = [
    ("Mrs Taylor grabbed my daughter by the arm and left a bruise", "parent", {"allegation"}),
    ("TA in year 1 pinched my son's arm hard enough to leave a bruise. I've got photos", "parent", {"allegation"}),
    ("My lad came home with marks on his wrist, says the dinner lady dragged him out of the hall", "parent",
     {"allegation"}),
    ("After school today one of mine told me her mum's boyfriend hits her when mum's at work", "staff",
     {"safety_risk"}),
    ("A Year 1 girl came in covered in bruises and said mummy's new friend did it", "staff", {"safety_risk"}),
]


@pytest.mark.parametrize("text,author,expected", ONE_HARM)
def test_an_adult_harming_a_child_is_filed_once(text, author, expected):
    from safepost.engine import Checker
    from safepost.packs import load_pack
    result = Checker(load_pack("newport-cejs")).check(Post(text=text, author=author))
    got = {f.category for f in result.findings} & {"allegation", "safety_risk"}
    assert got == expected and result.verdict == "escalate"


# An outside check of this session's rules (red team; tables written before they were run). Ordinary posts that
# share the rules' words: sport and games, lost property and pets, work placements, the writer's own family,
# safeguarding training, joining the PTA, laughs over trivia, history lessons. Each must not be found in the
# category named, and must not escalate. Its 20 strict xfail rows (older over-breadth and gaps) were closed by
# principles, each with new look-alikes and paraphrases written before its rule ran (the blocks below marked
# "closing the xfail gaps"); a gap that cannot be closed goes back in as a strict xfail with its reason.
SHARED_WORDS = [
    # throw
    ('Coach threw rugby balls at the Year 7s for catching drills, they loved it', P, "staff", "allegation"),
    ("Mr Ahmed threw a wet sponge at the kids at the summer fete 😂 best £1 I've spent", P, "parent", "allegation"),
    ('Mrs Reed let the Year 6s throw custard pies at her for Comic Relief, then threw one back at them 😂', O, "staff", "allegation"),
    ('Our teacher threw a pop quiz at us today, not ready at all 😭', P, "pupil", "allegation"),
    ('Sir threw a dodgeball at me in PE and I actually caught it!!', P, "pupil", "allegation"),
    ('Miss threw her hands up at us when the fire alarm went off again lol', P, "pupil", "allegation"),
    ('Miss threw a dirty look at me when I walked in late 😬', P, "pupil", "allegation"),
    ('Our coach threw everything at them in the second half but we still lost 2-1', P, "parent", "allegation"),
    ('The head threw the book at them after the graffiti, quite right too', P, "parent", "allegation"),
    ('On the coach home from Alton Towers the kids threw popcorn at us teachers 🍿 shattered now', P, "staff", "allegation"),
    ('Mr Bell threw mini eggs at the kids in the Easter egg hunt, absolute chaos 😂', P, "parent", "allegation"),
    ('Miss threw glitter at us at the end of term party ✨', P, "pupil", "allegation"),
    ('PE teacher threw tennis balls at us for reaction drills, my reflexes are rubbish', P, "pupil", "allegation"),
    # push
    ('Our amazing TA pinned artwork to the wall for open evening, it looks fab', P, "staff", "allegation"),
    ('Huge thanks to Mr Briggs, out at 6am pushing snow off the steps so we could open today ❄️', O, "staff", "allegation"),
    ('Year 6 helped Mr Ford push tables against the wall for the leavers disco', P, "parent", "allegation"),
    ('Mrs Patel knocked paint across the table in art and we were all crying laughing', P, "pupil", "allegation"),
    ('Caretaker dragged chairs across the floor during the whole of assembly 🙄', P, "staff", "allegation"),
    ('Our caretaker banged nails into the fence to put up the new banner', O, "staff", "allegation"),
    ('The hall door jammed again, Mr Obi had to shove hard against the door to get it open', P, "staff", "allegation"),
    ('Miss pinned certificates onto the whiteboard for everyone who finished the reading challenge', P, "parent", "allegation"),
    ('Coach Ellis shook mud off the steps before the match, what a legend', P, "parent", "allegation"),
    ('Head of PE pushed mats against the wall and set up the obstacle course, kids loved it', P, "staff", "allegation"),
    # coach
    ('Coach pushed the boys hard in training tonight, proud of them', P, "parent", "allegation"),
    ('The swimming teacher pushed my daughter to try the deep end and she loved it', P, "parent", "allegation"),
    ('Mr Jones hit the kids with a tough maths test today 😅', P, "parent", "allegation"),
    # missing
    ("Has anyone seen a girl's blue scooter? Went missing from the bike shed on Friday", P, "parent", "safety_risk"),
    ("My son's water bottle and lunchbox have gone missing AGAIN, third this term 🙄", P, "parent", "safety_risk"),
    ("Our tortoise Sheldon has gone missing from the garden near school, he's very slow so can't be far!", P, "parent", "safety_risk"),
    ("Daughter's school jumper went missing in PE, name tag inside, please check your child's bag", P, "parent", "safety_risk"),
    ("Lost property is overflowing! If your child's coat has gone missing come and have a look", O, "staff", "safety_risk"),
    ('The Year 3 class hamster went missing over half term but we found him behind the radiator 🐹', O, "staff", "safety_risk"),
    ("My lad's bike was missing from the racks after school, turned out his mate borrowed it", P, "parent", "safety_risk"),
    ("Who else's kid has lost a PE bag this week? Ours went missing Tuesday", P, "parent", "safety_risk"),
    ('Anyone seen a black cocker spaniel? Our puppy went missing near the school field this morning', P, "parent", "safety_risk"),
    ('Missing: one Year 5 reading record. If found please return to the office! 📚', O, "staff", "safety_risk"),
    # lac
    ("Next term my teaching placement is with the Owls in Year 2, can't wait!", P, "staff", "safety_risk"),
    ("Work experience placement sorted for my daughter, she's at Kew Gardens for a week 🌿", P, "parent", "safety_risk"),
    ('Visiting my nan in her care home on Lime Grove this afternoon', P, "staff", "safety_risk"),
    ('Year 10 work experience: my placement is at Oak Grove Primary, so excited', P, "pupil", "safety_risk"),
    ('Our foster kittens are now with the Wilsons, so happy they found a forever home 🐱', P, "parent", "safety_risk"),
    ("Mum's moving into a care home on Beech Crescent next month, emotional week", P, "staff", "safety_risk"),
    # week
    ("Foster carers' coffee morning next week in the school hall, all welcome ☕", O, "staff", "confidential_school_matter"),
    ("We're looking for foster families! Information evening next week at the library", O, "staff", "confidential_school_matter"),
    # family
    ("Well that's that, me and my husband are getting divorced. New chapter 💪", P, "staff", "confidential_school_matter"),
    ("My parents are getting divorced after 40 years, I'm 38 and it still hurts", P, "staff", "confidential_school_matter"),
    ("Going through a divorce myself so I'm taking a break from socials for a bit", P, "staff", "confidential_school_matter"),
    ("Single mum life: the kids' dad and I are separating but we're doing fine", P, "parent", "confidential_school_matter"),
    ("Just finished a brilliant YA novel where the narrator's mum and dad are splitting up, perfect for Year 6 readers", P, "staff", "confidential_school_matter"),
    # sgtrain
    ('Safeguarding training refresher done for another year ✅', P, "staff", "confidential_school_matter"),
    ('Congratulations to Mrs Okafor, our new Designated Safeguarding Lead from September!', O, "staff", "confidential_school_matter"),
    ('Our safeguarding policy has been updated, you can read it on the website', O, "staff", "confidential_school_matter"),
    ('Level 3 safeguarding course all day, brain is fried 🧠', P, "staff", "confidential_school_matter"),
    ('Safeguarding governor visit today, lovely to show her round', P, "staff", "confidential_school_matter"),
    ('Safeguarding Week starts Monday: assemblies on staying safe online', O, "staff", "confidential_school_matter"),
    # board
    ("I only joined the PTA to get out of the house and meet people, turns out it's loads of work 😂", P, "parent", "allegation"),
    ('Just joined the PTA to give something back and raise money for the new library 📚', P, "parent", "allegation"),
    ('Only became a governor to get some experience of board work for my career, would recommend!', P, "staff", "allegation"),
    ("So proud, her husband's building firm won the contract for the new hospital wing!", P, "staff", "allegation"),
    ('Our family business just won the contract to run the leisure centre café ☕', P, "parent", "allegation"),
    ("We're recruiting parent governors! Join the board and help shape our school's future", O, "staff", "allegation"),
    ('Just joined the committee to get more money for the playground fund, bake sale Friday!', P, "parent", "allegation"),
    # laugh
    ("haven't eaten since 7 this morning lol, parents evening till 8 😭", P, "staff", "safety_risk"),
    ("haven't eaten since yesterday lol first day of ramadan is hard 😅", P, "pupil", "safety_risk"),
    ('i want to die 😂 my mum just posted my baby photos on facebook', P, "pupil", "safety_risk"),
    ('my sister punched me cos i ate her last chocolate lol', P, "pupil", "safety_risk"),
    ("I'm dead 💀 my dad danced at the year 6 disco", P, "pupil", "safety_risk"),
    ('mum is gonna kill me lol I lost my third water bottle this term', P, "pupil", "safety_risk"),
    ('Dying laughing at the staff panto rehearsal, Mr B fell off the stage 😂', P, "staff", "safety_risk"),
    ('my dad hit me with a pillow lol war is ON', P, "pupil", "safety_risk"),
    ('kill me now 😂 nativity rehearsal number 14', P, "staff", "safety_risk"),
    # hitler
    ("GCSE essay: 'Hitler was a genius at propaganda.' How far do you agree? Year 11 looking at how extremist ideas spread", O, "staff", "safety_risk"),
    ('Year 9 history: why did so many ordinary Germans admire Hitler? We looked at how the Nazis radicalised young people', O, "staff", "safety_risk"),
    ("Year 9 wrote diary entries from Hitler's point of view to understand how extremist propaganda worked", O, "staff", "safety_risk"),
    # written after the fixes, to check they hold on look-alikes not used to make them
    ('Mr Green threw a netball at me and I caught it first time 🙌', P, "pupil", "allegation"),
    ('Miss threw a beach ball at the kids on the last day, so much fun', P, "parent", "allegation"),
    ('Coach threw cones at us to move them to the other end lol', P, "pupil", "allegation"),
    ('The head threw bubbles at the reception kids in the sunshine today 🫧', O, "staff", "allegation"),
    ('Sir threw loads of questions at us in the mock, brain melted', P, "pupil", "allegation"),
    ('Mrs Lowe threw paper aeroplanes at the year 5s in the science lesson on flight ✈️', O, "staff", "allegation"),
    ('The caretaker swept leaves off the steps and pushed the bins against the fence', P, "staff", "allegation"),
    ('Our TA pinned the bunting across the railings for the fete 🎉', O, "staff", "allegation"),
    ('Miss Clarke knocked coffee across the desk during the observation 😭', P, "staff", "allegation"),
    ('Mr Webb dragged benches into the hall for the nativity', O, "staff", "allegation"),
    ('Head pushed posters onto the wall display, looks amazing', P, "parent", "allegation"),
    ('Sir slammed books down on the desk to get our attention lol', P, "pupil", "allegation"),
    ("My daughter's work experience placement is at the vets on Rose Terrace, she's buzzing", P, "parent", "safety_risk"),
    ("Fostering two puppies for the rescue, they're now with the Bakers for the weekend", P, "staff", "safety_risk"),
    ('Only joined the PTA to help get the summer fair off the ground, so much work!', P, "parent", "allegation"),
    ("Just became a governor to give something back, it's lots of work but worth it", P, "staff", "allegation"),
    ("Her brother's firm won the contract for the new bypass, should be done by spring", P, "parent", "allegation"),
    ("My son's PE bag has gone missing again, navy with a dinosaur on it", P, "parent", "safety_risk"),
    ('Our dog has gone missing near the school field, please keep an eye out 🐶', P, "parent", "safety_risk"),
    ('Safeguarding team meeting this morning to review the new policy, then INSET', P, "staff", "confidential_school_matter"),
    # closing the xfail gaps (rows written before each rule was run). A throw that harms nobody: a game's ball, a
    # look, hands or arms thrown up, the idioms of effort and punishment
    ('Sir chucked a rugby ball at me in games and I dropped it 🙈', P, "pupil", "allegation"),
    ('Mrs Akhtar threw us a funny look when the projector died again 😂', P, "pupil", "allegation"),
    ('Our teacher threw her arms up at us when she saw the spelling test results lol', P, "pupil", "allegation"),
    ('Mr Price threw the kitchen sink at that final and the boys still lost', P, "parent", "allegation"),
    ('Miss Hart lobbed a bean bag at me in the PE warm up 😂', P, "pupil", "allegation"),
    ('The head threw the book at the Year 10s who set off the fire alarm', P, "parent", "allegation"),
    # an act on a thing, or in a figure of speech: hit with a test or homework, pushed to try, paint knocked over
    ('Mrs Shah hit the Year 6s with a surprise spelling test this morning 😅', P, "parent", "allegation"),
    ('Sir hit us with three pages of homework over half term 😭', P, "pupil", "allegation"),
    ('Our coach pushed the girls to go for the county trials and two got in!', P, "parent", "allegation"),
    ('Mr Carr knocked his coffee over the marking pile, the kids were in hysterics', P, "parent", "allegation"),
    ('The head knocked the display board over in the hall and we all gasped', P, "pupil", "allegation"),
    # a child's thing gone missing: the child's possession ("a boy's coat", "my daughter's scooter"), or a sentence of
    # its own with no subject but the thing named in the one before ("Ours went missing on Monday")
    ("Has anyone seen a boy's black Adidas coat? Left on the field after football", P, "parent", "safety_risk"),
    ("Have you seen my daughter's water bottle anywhere? Pink with stickers, went missing at after school club", P, "parent", "safety_risk"),
    ("Has your child brought home a grey cardigan by mistake? Ours went missing after PE on Monday", P, "parent", "safety_risk"),
    ("My daughter's scooter has gone missing from outside the school office", P, "parent", "safety_risk"),
    ("My son's football boots went missing from the changing rooms", P, "parent", "safety_risk"),
    ("Our lad's school bag has gone missing, blue with a name tag", P, "parent", "safety_risk"),
    # not eating explained: a time earlier today (a long day), or a fast (religious, medical, sponsored)
    ("haven't eaten since 6am, back to back meetings then parents evening 😩", P, "staff", "safety_risk"),
    ("havent eaten since 12.30 lol this mock is taking forever", P, "pupil", "safety_risk"),
    ("haven't eaten since half 7 this morning, inset day chaos", P, "staff", "safety_risk"),
    ("haven't eaten since sunrise, fasting for Yom Kippur today 🙏", P, "staff", "safety_risk"),
    ("haven't eaten since yesterday, nil by mouth before my operation tomorrow", P, "staff", "safety_risk"),
    ("haven't eaten since Sunday night lol doing a 48 hour sponsored fast for charity", P, "pupil", "safety_risk"),
    # a laugh at embarrassing family photos (baby or school photos): a trivial stake
    ("i want to die 😂 my dad showed my baby pictures to my girlfriend", P, "pupil", "safety_risk"),
    ("kill me now lol mum put my year 3 school photo on the family whatsapp", P, "pupil", "safety_risk"),
    ("I'm dead 💀 nan brought out the baby videos at my birthday", P, "pupil", "safety_risk"),
    # a story's family (a novel, a film, a soap, a picture book), not a pupil's
    ("Year 6 loved the film where the main character's mum and dad are getting divorced, lots of good discussion", P, "staff", "confidential_school_matter"),
    ("Just read Year 5 a picture book about when parents are separating, so gentle and clever", P, "staff", "confidential_school_matter"),
    ("In the novel we're reading, Sam's parents are getting divorced and he runs away to his gran's", P, "staff", "confidential_school_matter"),
    ("Soap storyline tonight: the kids find out mum and dad are splitting up 😢", P, "staff", "confidential_school_matter"),
    # a child as the one something was done to (the passive), in its look-alikes: pushed to try, hit by a ball,
    # touched by kind words, thrown by a question
    ("My son was pushed by his coach to try out for the county team", P, "parent", "allegation"),
    ("My daughter was hit by a ball in PE, the teacher was brilliant", P, "parent", "allegation"),
    ("My son got hit in the face by a cricket ball during games", P, "parent", "allegation"),
    ("My daughter was touched by her teacher's kind words at the leavers assembly", P, "parent", "allegation"),
    ("My son was a bit thrown by his teacher's question in the mock", P, "parent", "allegation"),
    # launched: products, campaigns and appeals launched 'at' the children
    ("Mrs Obi launched our new reading challenge at the kids in assembly, they loved it", P, "parent", "allegation"),
    ("The head launched the new school app at parents evening", O, "staff", "allegation"),
    ("Our teacher launched a charity appeal at the children's assembly this morning", P, "parent", "allegation"),
    # Miss as the one who acts, in its look-alikes
    ("Miss threw a surprise quiz at us lol", P, "pupil", "allegation"),
    ("Miss pinned our paintings onto the wall by the office", P, "pupil", "allegation"),
    ("Miss grabbed the register and ran to the fire drill lol", P, "pupil", "allegation"),
    ("I miss hugging my class so much since I left", P, "staff", "allegation"),
    ("Miss dragged us round the museum for three hours 😩", P, "pupil", "allegation"),
    # a sport's kit thrown or swung is a thing; the ball and the game stay a game
    ("Coach threw the football boots into the lost property box, kids can collect them Monday", O, "staff", "allegation"),
    ("Mr Reid kicked the football at us and we all dived out of the way lol", P, "pupil", "allegation"),
    ("Sir threw a football at me in games and I caught it", P, "pupil", "allegation"),
    ("The rugby coach pushed the boys hard in the rain, proud of them", P, "parent", "allegation"),
]

# Paraphrases of the same principles that must be found (category, or categories joined by "+"; "!": and escalate).
PARAPHRASES = [
    # throw
    ('Mr Davies hurled a textbook at my son in science today', P, "parent", "allegation!"),
    ('the teacher flung a pencil case across the room and it hit my daughter', P, "parent", "allegation!"),
    ("Sir chucked a board pen at Jayden's head", P, "pupil", "allegation!"),
    ('Miss Khan lobbed a stapler at a year 8 boy', P, "pupil", "allegation!"),
    ('my son had a ruler thrown at him by his TA', P, "parent", "allegation!"),
    ('our PE teacher threw a hockey stick at one of the girls', P, "pupil", "allegation!"),
    ('The supply teacher launched a water bottle at the kids in my class', P, "pupil", "allegation!"),
    # push
    ('Mr Hall slammed my son into the lockers', P, "parent", "allegation!"),
    ('the teacher pinned a year 7 against the radiator', P, "pupil", "allegation!"),
    ('Mrs B shoved Alfie into the coat pegs', P, "parent", "allegation!"),
    ('the deputy knocked my daughter to the floor', P, "parent", "allegation!"),
    ('sir pushed little Alfie into the door', P, "pupil", "allegation!"),
    ('The dinner lady pushed ellie-mae against the wall and she hit her head', P, "parent", "allegation!"),
    ("TA slammed Kai's head against the desk", P, "pupil", "allegation!"),
    ('the caretaker threw him against the fence', P, "pupil", "allegation!"),
    # harm
    ('the after school club worker dragged my son across the floor by his jumper', P, "parent", "allegation!"),
    ('Mr Patel grabbed my daughter and left marks on her arm', P, "parent", "allegation!"),
    # missing
    ('My son went missing after school with his bike, police called, please share', P, "parent", "safety_risk!"),
    ('Our daughter has gone missing, her school bag was found by the park. Last seen 4pm', P, "parent", "safety_risk!"),
    ('My son and his dog went missing from the field behind school 2 hours ago, please share', P, "parent", "safety_risk!"),
    ('Please share: 12 year old boy went missing from home last night with his phone switched off', P, "parent", "safety_risk!"),
    # lac
    ('The looked after girl in Year 3 is now with the Patels on Rosemary Gardens', P, "staff", "safety_risk!"),
    ('Our LAC boy moved to a new placement with the Greens on Orchard Grove', P, "staff", "safety_risk!"),
    ('the foster kid in my class lives on Holly Terrace with the Morrisons', P, "pupil", "safety_risk!"),
    ('Little one in care from my class is staying with the Kellys on Mill Mews now', P, "staff", "safety_risk!"),
    # sgcase
    ('Had to sit with the safeguarding lead about one of my Year 3s this afternoon, social services involved now', P, "staff", "confidential_school_matter!"),
    ("Spent the afternoon with our safeguarding lead over one of my girls, can't say more but heartbreaking", P, "staff", "confidential_school_matter!"),
    ('One of my Y4s is being moved to a new foster placement next week, poor lad', P, "staff", "confidential_school_matter!"),
    ('Safeguarding meeting about one of my little ones this morning, child protection plan going ahead', P, "staff", "confidential_school_matter!"),
    # board
    ("He's only on the governing body so his wife's catering firm gets the school dinners contract", P, "parent", "allegation"),
    ("The head's husband's company got the building contract, funny that", P, "parent", "allegation"),
    ("Only joined the trust board to steer the IT contract to his son's business", P, "parent", "allegation"),
    ("The chair of governors' brother's firm won the minibus contract, no tender", P, "parent", "allegation"),
    ("She only sits on the PTA so she can get her mate's business the uniform deal", P, "parent", "allegation"),
    # laugh
    ("my stepdad hits me when he's drunk lmaooo", P, "pupil", "safety_risk!"),
    ('dad locked me in my room all weekend again haha', P, "pupil", "safety_risk!"),
    ("i've been cutting again 💀💀", P, "pupil", "safety_risk!"),
    ("mum's boyfriend slapped me last night lol whatever", P, "pupil", "safety_risk!"),
    ('i want to die 😂 nobody at home even talks to me', P, "pupil", "safety_risk!"),
    ("no food in the house again lol, mum's not been back since friday", P, "pupil", "safety_risk!"),
    # hitler
    ("After the WW2 lesson my son keeps saying Hitler had the right idea and he's joining a far-right group chat", P, "parent", "safety_risk!"),
    ('One of my Year 9s drew swastikas all over his book and said the Nazis were right', P, "staff", "safety_risk!"),
    ("My lad watched a Holocaust documentary and now says we need another Hitler, he's been sharing neo-nazi videos", P, "parent", "safety_risk!"),
    ('After the WW2 unit a year 8 boy said Hitler was a legend and is watching far-right videos', P, "staff", "safety_risk!"),
    # oneharm
    ('A parent says Mrs Cole grabbed her son in the lunch queue. Unrelated, another of my Y2s came in with bruises again and said dad did it', P, "staff", "allegation+safety_risk!"),
    # written after the fixes, to check they hold on look-alikes not used to make them
    ('Mr Shaw threw a stapler at my son because he was talking', P, "parent", "allegation!"),
    ('the supply teacher flung a chair at one of the boys', P, "pupil", "allegation!"),
    ('Miss hurled a pencil case at Maisie in maths', P, "pupil", "allegation!"),
    ('Mr Kent shoved my daughter against the railings at pickup', P, "parent", "allegation!"),
    ('sir pinned tyler against the wall by his collar', P, "pupil", "allegation!"),
    ('the coach slammed a year 9 into the fence at practice', P, "pupil", "allegation!"),
    ('the dinner lady knocked him to the ground', P, "parent", "allegation!"),
    ('Please share, my daughter went missing on her bike after school, last seen on the high street', P, "parent", "safety_risk!"),
    ("Only on the governors to get his brother's building firm the contract", P, "parent", "allegation"),
    ("Long day, sat with our safeguarding lead about a child in my class, can't say more", P, "staff", "confidential_school_matter!"),
    # closing the xfail gaps (rows written before each rule was run). A thrown thing that hurts, or a ball that
    # injured or was meant to: still an allegation
    ('Sir threw a ball at my head so hard I got a nosebleed', P, "pupil", "allegation"),
    ('Mrs Ford threw a glass at me and it cut my hand', P, "pupil", "allegation!"),
    ('The PE teacher threw a cricket ball at my son on purpose', P, "parent", "allegation"),
    ('Mr Lyle threw a shoe at one of the boys in my class', P, "pupil", "allegation!"),
    ('our TA threw a pair of scissors at a year 4 girl', P, "pupil", "allegation!"),
    # hit with an object, pushed or knocked to the floor: still a blow
    ('Mr Jones hit the kids with a ruler today', P, "parent", "allegation!"),
    ('the teacher hit my son with a metre stick', P, "parent", "allegation!"),
    ('Miss Cole pushed my daughter to the floor in PE', P, "parent", "allegation!"),
    ('Mrs Patel knocked my son to the floor in art', P, "parent", "allegation!"),
    # a child gone missing, with the same words nearby: a friend is a child, "son's gone" is "son has gone"
    ("Has anyone seen my son? He went missing from the park near school an hour ago", P, "parent", "safety_risk!"),
    ("My son's best friend has gone missing, last seen leaving school at 3.30, please share", P, "parent", "safety_risk!"),
    ("Has anyone seen my daughter? She has gone missing with her scooter, last seen by the shops", P, "parent", "safety_risk!"),
    ("Our son's gone missing, he didn't come home from school and his phone is off", P, "parent", "safety_risk!"),
    # going hungry: since yesterday, since a time last night, no food at home
    ("haven't eaten since yesterday, mum didn't buy any food again", P, "pupil", "safety_risk!"),
    ("i havent eaten since friday and theres nothing in the cupboards", P, "pupil", "safety_risk!"),
    ("haven't eaten since breakfast yesterday lol there's no food in the house", P, "pupil", "safety_risk!"),
    ("haven't eaten since 8 last night and mum's not home", P, "pupil", "safety_risk!"),
    # a laugh does not soften what is not trivial: pictures spread, nobody at home, a blow
    ("i want to die lol he posted my pics everywhere after i wouldn't send more", P, "pupil", "safety_risk!"),
    ("i want to die 😂 nobody even noticed my birthday and mum's not been home for days", P, "pupil", "safety_risk!"),
    ("want to die lol my stepdad showed my baby photos to his mates then hit me when i cried", P, "pupil", "safety_risk!"),
    # a pupil's family breaking up, with a story's words nearby: still confidential
    ("One of my Year 4s told me her mum and dad are getting divorced, she cried through reading", P, "staff", "confidential_school_matter"),
    ("Poor Maisie in my class, her parents are separating and she's been reading the same book all week to cope", P, "staff", "confidential_school_matter"),
    ("The novel study is going well but one of my girls' parents are splitting up and she can't focus", P, "staff", "confidential_school_matter"),
    # the passive: the child first, the adult after 'by'
    ("my daughter was grabbed by her teacher and dragged out of class", P, "parent", "allegation!"),
    ("Jayden got pushed against the wall by the PE teacher", P, "pupil", "allegation!"),
    ("my son had a chair thrown at him by the supply teacher", P, "parent", "allegation!"),
    ("a boy in my class was slapped by Mr Hughes", P, "pupil", "allegation!"),
    # launched as a throw: a thing that hurts, at a child
    ("the PE teacher launched a football boot at my son's head", P, "parent", "allegation!"),
    ("Mr Dean launched a chair at one of the year 9s", P, "pupil", "allegation!"),
    ("our teacher launched her phone at a girl in my class", P, "pupil", "allegation!"),
    # Miss, like Sir, is the teacher when she is the one who acts
    ("Miss grabbed me by the arm and dragged me out of the room", P, "pupil", "allegation!"),
    ("Miss slapped a boy in my class today", P, "pupil", "allegation!"),
    ("miss shoved me into the door", P, "pupil", "allegation!"),
    ("Miss flung a textbook at me in maths", P, "pupil", "allegation!"),
    # a sport's kit (boots, studs) used as an object
    ("Coach threw a rugby boot at one of the lads in the changing room", P, "pupil", "allegation!"),
    ("Mr Reid threw his football boots at a year 8 boy", P, "pupil", "allegation!"),
    ("the coach hit my son with a football boot", P, "parent", "allegation!"),
]

_CHECKER: dict = {}


def _checked(text: str, account: str, author: str) -> tuple[str, set[str]]:
    from safepost.engine import Checker
    from safepost.packs import load_pack
    checker = _CHECKER.get("newport-cejs")
    if checker is None:
        checker = _CHECKER["newport-cejs"] = Checker(load_pack("newport-cejs"))
    result = checker.check(Post(text=text, account=account, author=author))
    return result.verdict, {f.category for f in result.findings}


@pytest.mark.parametrize("text,account,author,category", SHARED_WORDS)
def test_ordinary_posts_sharing_the_rules_words_are_not_found(text, account, author, category):
    verdict, categories = _checked(text, account, author)
    assert verdict != "escalate" and category not in categories


@pytest.mark.parametrize("text,account,author,want", PARAPHRASES)
def test_paraphrases_of_the_rules_are_found(text, account, author, want):
    verdict, categories = _checked(text, account, author)
    assert set(want.rstrip("!").split("+")) <= categories
    assert verdict == "escalate" or not want.endswith("!")
