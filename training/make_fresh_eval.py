"""Build training/data/fresh_eval.jsonl: an independent check set for the meaning categories.

    .venv/bin/python training/make_fresh_eval.py

Written by hand on 2026-11-21, before the meaning detector was changed or its output on these
texts was looked at, from the contract's category definitions and the five policies. It is a
NEVER-TRAINED-ON check: train_meaning.py does not read it. The weak categories of the held-aside
split (disparaging, parent contact, politics, and to a lesser degree confidential matters, safety,
allegations, commercial content, pupil contact) each get realistic positives written the way
teachers and parents write (sarcasm, rhetorical questions, slang, typos, emoji) and clean
look-alikes.

Verdicts are derived from the gold categories through the pack's own rules (the most severe rule
whose context fits, as the engine does; `kind` given per case where a rule depends on it), so the
verdict figure measures detection, not the reading of the packs; escalate cases are set by hand.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from safepost.packs import load_pack  # noqa: E402

OUT = ROOT / "training" / "data" / "fresh_eval.jsonl"

DS, NP, AD, MF, RT = "staff-declaration", "newport-cejs", "aycliffe-drive", "marshfields", "rattlesden"
SP = ("personal", "staff")   # a staff member's own account
OP = ("official", "parent")  # a parent's comment on the school page
PP = ("personal", "parent")  # a parent's own post
OS = ("official", "staff")   # the school's own post
OU = ("official", "public")
PU = ("personal", "public")

DIS, PCC, POL, CONF = ("disparaging_school_community", "parent_contact_channel", "political_statement",
                       "confidential_school_matter")
SAF, ALL, COM, PUC = "safety_risk", "allegation", "commercial_content", "pupil_contact"
OFF, SFS, DMO = "offensive_language", "speaking_for_school", "direct_message_official"

# (policy, (account, author), channel, categories, text, note[, {kind/verdict overrides}])
CASES: list[tuple] = [
    # ---------------------------------------------------------------- disparaging, positives
    (MF, OP, "facebook", [DIS], "Oh brilliant, ANOTHER non uniform day announced at 9pm the night before. Typical of this place 🙄",
     "Parent's sarcastic complaint about the school's organisation."),
    (NP, OP, "facebook", [DIS], "Is anyone actually in charge over there or do they just make it up as they go along?",
     "Rhetorical question running down the leadership."),
    (MF, PP, "facebook", [DIS], "3 weeks and still no reply to my email. Love how this school 'values communication' 😂😂",
     "Parent's own post mocking the school."),
    (DS, SP, "facebook", [DIS], "Another day another 'brilliant idea' from upstairs that we get to make work with zero time. Cant wait for the next one",
     "Staff sarcasm at the senior leadership."),
    (AD, SP, "x", [DIS], "when the people who haven't taught a lesson in 10 years tell you how to teach phonics 🙃🙃",
     "Staff mocking the leadership team."),
    (MF, OP, "facebook", [DIS], "Mrs Kerr shouts at the kids all day long and then wonders why they're scared of her. Some people shouldnt be teaching",
     "Parent running down a named teacher."),
    (NP, OP, "facebook", [DIS], "What exactly do the governors DO? genuine question", "Rhetorical swipe at the governors."),
    (MF, PP, "facebook", [DIS], "Dont get me started on the school run. those reception parents park like they own the road and wonder why nobody talks to them",
     "Parent running down other parents."),
    (RT, SP, "facebook", [DIS], "Year 5 parents this year are something else. Nothing is ever good enough for them",
     "Staff complaining about parents."),
    (DS, SP, "instagram", [DIS], "Glad to see the new behaviour policy lasted a whole 4 days before everyone gave up on it 👏",
     "Staff sarcasm about the school's policy."),
    (MF, OP, "facebook", [DIS], "so we pay for the trip, the kids get 20 mins at the farm and 2 hours on a coach. well organised as usual",
     "Parent's sarcastic complaint about a school trip."),
    (NP, OP, "facebook", [DIS], "Funny how the 'listening school' never listens to a word parents say",
     "Parent mocking the school."),
    (AD, SP, "facebook", [DIS], "Love being told at 4pm on a friday that the whole display has to come down because the exec head doesnt like the colour. Living the dream",
     "Staff sarcasm at a leader."),
    (MF, OP, "facebook", [DIS], "Honestly the office staff couldnt be less helpful if they tried",
     "Parent running down office staff."),
    (MF, PP, "x", [DIS], "Kids in that school run riot and nobody does a thing about it. Wouldn't send my dog there",
     "Parent's own post running down the school and pupils."),
    (RT, SP, "facebook", [DIS], "Another twilight about 'wellbeing' that could have been an email. Says it all about how much they value our time",
     "Staff complaint about the school."),
    (NP, OU, "facebook", [DIS], "Used to be a lovely school. Shame what its turned into since the academy took over",
     "Member of the public running the school down."),
    (MF, OP, "facebook", [DIS], "maybe if the teachers spent less time on tiktok dances and more time teaching my son could actually read by now",
     "Parent complaint about teachers."),
    (DS, SP, "facebook", [DIS], "Shout out to the LA for cutting our SEN funding again and then asking why we cant meet need. Genius.",
     "Staff sarcasm about the local authority."),
    (MF, OP, "facebook", [DIS], "How is it that every single year the Christmas play tickets sell out in 10 mins and the same families get them? Jobs for the boys",
     "Parent insinuating unfairness by the school."),
    (AD, SP, "x", [DIS], "Our head would sell her own granny for a good Ofsted grade tbh",
     "Staff running down the head."),
    (MF, OP, "facebook", [DIS], "Anyone else's kid come home starving? 2 fish fingers and a spoon of peas for £2.60 is taking the mick",
     "Parent complaint about school meals."),
    (NP, OP, "facebook", [DIS], "lol the 'anti bullying ambassadors' are the biggest bullies in the school. makes you laugh",
     "Parent running down pupils and the school's scheme."),
    (RT, SP, "facebook", [DIS], "Not one thank you from SLT all term. not one. Says everything really",
     "Staff complaint about leadership."),
    (MF, PP, "facebook", [DIS], "Parents evening was 5 minutes of her reading off a laptop and not knowing which one was my child. Absolutely useless",
     "Parent venting about a teacher."),
    # ---------------------------------------------------------------- disparaging, clean look-alikes
    (MF, OP, "facebook", [], "Typical Brookfield, always going the extra mile for the kids 😍 thank you all",
     "Praise using 'typical'."),
    (NP, OP, "facebook", [], "Is the Christmas fair still on if it snows? genuine question x", "A parent's practical question."),
    (DS, SP, "facebook", [], "Another day another 30 books marked. Cant wait for half term 😴", "A tired teacher, nobody run down."),
    (MF, OP, "facebook", [], "Anyone else's kid come home absolutely buzzing about the science week rocket? mine hasnt stopped talking about it",
     "Enthusiastic parent, not a complaint."),
    (RT, SP, "facebook", [], "Living the dream: 3 loads of washing, a dog that ate a sock and a toddler with chicken pox 🙃",
     "Sarcasm about home life."),
    (MF, OP, "facebook", [], "Please could the office let us know what time the coach is back on friday? thanks", "Polite question."),
    (NP, OP, "facebook", [], "The kids in that school are so lucky to have Mr Dale, best teacher my daughter has ever had",
     "Praise of a teacher."),
    (AD, SP, "x", [], "When your Year 3s explain photosynthesis better than you can 😂 love this job", "Teacher's joy."),
    (MF, PP, "facebook", [], "Not one complaint from my son all term, he loves it there. Says everything really",
     "Praise that borrows a complaint's phrasing."),
    (MF, OP, "facebook", [], "shame the weather ruined sports day, well done to the staff for moving it all indoors so fast",
     "Weather complaint with praise."),
    # ---------------------------------------------------------------- parent contact on personal channels
    (DS, SP, "facebook", [PCC], "Hi Lauren, just drop me a WhatsApp later and we can chat about how Jake's settling in x",
     "Teacher moving a parent to WhatsApp about a pupil."),
    (NP, SP, "facebook", [PCC], "I'll message you on Facebook about Jake later x",
     "Teacher contacting a parent on Facebook about a pupil."),
    (RT, SP, "facebook", [PCC], "Text me on my own phone if you're worried about the spellings, I don't mind at all",
     "Offering a personal phone to a parent."),
    (DS, SP, "whatsapp", [PCC], "Evening Mrs Lowe, sorry to bother you on here but Ellie was a bit upset at lunch today, all sorted now but wanted you to know",
     "Teacher contacting a parent on WhatsApp about her child."),
    (RT, SP, "facebook", [PCC], "Saw your comment hun, Tyler did really well in his phonics check today, dont tell anyone I told you 😉",
     "Telling a parent about her child on Facebook."),
    (NP, SP, "facebook", [PCC], "@Gemma inbox me and I'll explain what happened in class with Mason, don't want to put it on here",
     "Moving a parent to Facebook messages about an incident."),
    (MF, SP, "instagram", [PCC], "Just DM me about the costume for the nativity, Chloe's mum, I'll sort it x",
     "Teacher talking to a parent about school via Instagram."),
    (DS, SP, "facebook", [PCC], "Of course, ring me on my mobile after 6 and we'll go through his targets for next term",
     "Personal mobile for a parent about school targets."),
    (RT, SP, "whatsapp", [PCC], "Hiya! Sophie forgot her PE kit again, can you pop it in tomorrow? Thanks x",
     "Teacher messaging a parent on WhatsApp about school."),
    (AD, SP, "facebook", [PCC], "I've added you to my class mums chat on WhatsApp so you get the homework reminders quicker",
     "A teacher's own WhatsApp group with parents for school matters."),
    (NP, SP, "facebook", [PCC], "Message me on messenger and I'll send you the sheet he missed, no need to go through the office",
     "Bypassing school channels via Messenger."),
    (DS, SP, "facebook", [PCC], "Yes Kelly he's been much better this week, I'll give you a bell on my number and fill you in properly",
     "Staff replying to a parent on Facebook about her son."),
    (RT, SP, "facebook", [PCC], "Don't worry about filling in the form, just snap me a pic of it on my snapchat and I'll log it",
     "Snapchat for a school form with a parent."),
    (MF, SP, "facebook", [PCC], "Mums of year 2, I've made a facebook group for our class so we can all keep in touch about trips and homework 😊",
     "Teacher's own Facebook group with parents."),
    (NP, SP, "whatsapp", [PCC], "Hi its Miss Hill from school, this is my personal number so save it, message me if Riley has any more trouble with the other boys",
     "Giving a parent a personal number about a pupil."),
    (DS, SP, "facebook", [PCC], "Sorry Dawn, I can't say much on here, pop me a private message and I'll tell you what happened with Kayden at break",
     "Moving a parent to private messages about an incident."),
    (RT, SP, "facebook", [PCC], "Thanks for the lovely card! Connor was a star this year, keep me posted on how he gets on in juniors, you've got my number xx",
     "Teacher keeping contact with a parent on a personal phone about her class child."),
    (AD, SP, "whatsapp", [PCC], "Lexi's mum – the speech therapy referral went in today, I'll let you know on here when I hear back",
     "Teacher updating a parent by WhatsApp on a school matter."),
    (MF, SP, "facebook", [PCC], "if any parents in my class want updates on the residential just follow my insta, I'll post there each night",
     "Teacher directing parents to personal Instagram for school updates."),
    (NP, SP, "facebook", [PCC], "Hi Sarah, yes Megan can stay for booster club on thursday, I'll text you when they finish 👍",
     "Teacher arranging a school club with a parent on Facebook and personal text."),
    # ---------------------------------------------------------------- parent contact, clean look-alikes
    (MF, PP, "facebook", [], "Is there a whatsapp group for year 3 parents? just moved here and dont know anyone",
     "A parent asking about a parents' group: not staff."),
    (MF, SP, "facebook", [], "Reminder to my class parents: any questions about the trip, please post them on the school's Official Parents and Carers Group, not here 😊",
     "Staff pointing parents to Marshfields' approved official group."),
    (RT, SP, "facebook", [], "Parents, please use Tapestry or the school office email for anything about your child, I won't reply to messages on here",
     "Redirect to approved channels."),
    (DS, SP, "whatsapp", [], "Mum, can you pick Millie up from your house at 6? I'm stuck at the garage with the car again",
     "A teacher messaging their own mother about family."),
    (NP, SP, "facebook", [], "Anyone fancy a drink friday? text me on my number, it's been a long week",
     "Social plans, no parents or school matters."),
    (DS, SP, "facebook", [], "My own daughter's teacher just messaged me on dojo about her reading, so nice to hear from the other side!",
     "A teacher as a parent receiving an approved-channel message."),
    (NP, PP, "facebook", [], "Does anyone have Miss Hill's email? I want to thank her for this year",
     "A parent asking for a teacher's school contact."),
    (RT, SP, "facebook", [], "Lovely to bump into so many of our families at the summer fair today, thanks for coming",
     "Staff thanking families, no personal channel conversation."),
    (AD, SP, "whatsapp", [], "Can whoever's on gate duty tomorrow cover mine? my mum's hospital appointment moved",
     "Staff colleagues' WhatsApp."),
    (MF, PP, "whatsapp", [], "Hi all, does anyone know if the costumes for the nativity need to be in on monday or tuesday?",
     "Parents' own WhatsApp chatter."),
    # ---------------------------------------------------------------- politics, positives
    (MF, OP, "facebook", [POL], "Funny how there's always money for MPs' second homes but our kids share one textbook between three. Vote them out",
     "Parent attacking the government's funding."),
    (NP, SP, "x", [POL], "Polling day tomorrow. Remember who cut your kids' school budgets when you're in that booth 😉",
     "Staff campaigning against a party."),
    (DS, SP, "facebook", [POL], "Cant believe anyone with kids could vote Reform. Honestly.", "Political opinion."),
    (AD, SP, "facebook", [POL], "VAT on school fees is the best thing this lot have done, about time private schools paid their way",
     "Political opinion on a policy."),
    (MF, OP, "facebook", [POL], "Our councillor couldnt care less about this town, hes getting my vote over my dead body",
     "Opinion against a councillor at election time."),
    (RT, SP, "x", [POL], "Teachers! Sign the NEU petition to scrap Ofsted grades and share with your friends ✊",
     "Campaigning."),
    (NP, SP, "facebook", [POL], "The two child cap is pushing kids in my class into poverty and every MP who voted for it should be ashamed",
     "Political opinion on a policy."),
    (MF, OU, "facebook", [POL], "Stop letting the boats in and there'd be school places for local kids", "Inflammatory political statement."),
    (DS, SP, "instagram", [POL], "Out on the doorstep for our Labour candidate this weekend, come and help us win Ashworth South 🌹",
     "Campaigning for a party."),
    (AD, SP, "x", [POL], "14 years of cuts and they wonder why the roof leaks. Never again.", "Political opinion."),
    (MF, OP, "facebook", [POL], "Free school meals for every child. Its not hard. Write to your MP people!!", "Campaigning."),
    (RT, SP, "facebook", [POL], "Whoever thought academisation was a good idea should spend a week in our school",
     "Opinion against a government policy."),
    (NP, OP, "facebook", [POL], "Starmer promised us more teachers. Where are they?", "Political attack on the PM."),
    (DS, SP, "x", [POL], "Proud to be marching in London on saturday for fair funding for our schools. Bring a placard!",
     "Campaigning, political march."),
    (MF, PP, "facebook", [POL], "Green party all the way this time, the others have had their chance", "Party support."),
    # ---------------------------------------------------------------- politics, clean look-alikes
    (NP, OS, "facebook", [], "Year 6 had a brilliant citizenship lesson on how general elections work, then ran their own hustings for school council 🗳️",
     "Citizenship lesson, policy-neutral."),
    (MF, OS, "facebook", [], "Heads up families: no school for children on Thursday 7th May, the hall is needed for voting 🗳️",
     "Closure notice."),
    (RT, OS, "x", [], "Thank you to our local MP for visiting Year 5 today to answer their questions about Parliament",
     "Neutral visit."),
    (AD, SP, "facebook", [], "My Year 4s voted for the class book this week, The Wild Robot won by a landslide 📚", "Class vote."),
    (DS, SP, "facebook", [], "My mum has gone into labour with my little sister's baby 😱 auntie again!", "'labour' as childbirth."),
    (MF, OP, "facebook", [], "Who do we contact about the council's school bus changes? my son has no way of getting in now",
     "Practical question about a council service."),
    (NP, OS, "facebook", [], "Our eco council have written to the council asking for a new crossing outside school. Fingers crossed!",
     "Pupils' local civic project."),
    (MF, PP, "facebook", [], "Anyone know if the polling station at the church hall opens at 7? want to vote before work",
     "Neutral question about voting logistics."),
    # ---------------------------------------------------------------- confidential
    (DS, SP, "facebook", [CONF], "Cant say much but lets just say a certain someone won't be leading the school next year 👀",
     "Hinted unreleased staffing news."),
    (AD, SP, "x", [CONF], "Inspection letter came in today. Long week ahead for us all 🤞", "Hinted inspection, not public."),
    (RT, SP, "facebook", [CONF], "Our SATs results are in and theyre not pretty. dont think the head will be sharing these ones",
     "Unpublished results, badly."),
    (NP, SP, "facebook", [CONF], "Two of the TAs have been told their hours are going in September. Nobody's told the parents yet",
     "Unreleased staffing decision."),
    (MF, SP, "facebook", [CONF, SAF], "Had to clear my classroom twice this week because of one child, looked after kid from the home on Mill Road",
     "Behaviour incident and a looked-after child's whereabouts.", {"kind": {SAF: "looked_after_whereabouts"}}),
    (AD, SP, "facebook", [CONF], "Staff room atmosphere is toxic since the deputy and the SENCo had that massive row in front of everyone",
     "Internal dispute between staff."),
    # ---------------------------------------------------------------- confidential, clean
    (NP, OS, "facebook", [], "We are delighted to share our Ofsted report, published today, with all our families 💙",
     "Published inspection report."),
    (RT, SP, "facebook", [], "Safeguarding training refresher done ✅ always good to go over it again", "Training."),
    (AD, SP, "facebook", [], "Last day before I go on maternity leave! Going to miss my class so much", "Own news."),
    # ---------------------------------------------------------------- safety risk
    (NP, SP, "facebook", [SAF], "Taking 28 year 2s to the beach at Skegness on thursday, coach leaves at 8.30, pray for me 😂",
     "Trip place and time, future."),
    (MF, OS, "facebook", [SAF], "Year 6 are at Kingswood Activity Centre all week, back Friday at 3pm. Follow along here!",
     "Official post with pupils' current whereabouts."),
    (DS, SP, "facebook", [SAF], "Whole family jetting off to Lanzarote for a fortnight from saturday, house sitter let us down so the cats are getting fed by the neighbours",
     "Empty home for two weeks.", {"kind": {SAF: "empty_home"}}),
    (AD, SP, "instagram", [SAF], "Cinema trip with my tutor group tomorrow night, Vue at 6 if any parents want to come along",
     "Pupils' future whereabouts."),
    (RT, SP, "facebook", [SAF], "Swimming lessons start monday for class 4, we walk down to the leisure centre every week at 1.15",
     "Regular off-site whereabouts."),
    (NP, SP, "x", [SAF], "We're the school minibus in the services car park on the M5 right now, Y5 football team singing their heads off",
     "Pupils' present whereabouts."),
    # ---------------------------------------------------------------- safety, clean
    (MF, OS, "facebook", [], "What a day Year 4 had at the zoo yesterday! Thank you to all our parent helpers 🦒",
     "Finished trip."),
    (NP, SP, "facebook", [], "Sports day on the school field this friday, fingers crossed for sun ☀️", "On-site event."),
    (DS, SP, "facebook", [], "Doing my first half marathon in Leeds on sunday, legs already hurt 😅", "An adult's own plans."),
    # ---------------------------------------------------------------- allegation
    (MF, OP, "facebook", [ALL, DIS], "Everyone knows the PE teacher only picks his mates' kids for the team. Disgraceful",
     "Allegation of favouritism about a teacher, running him down."),
    (NP, OP, "facebook", [ALL], "Funny how the PTA treasurer got a new car the same month the fundraising money went missing 🤔",
     "Insinuated theft."),
    (DS, SP, "facebook", [ALL], "Pretty sure someone in the office has been helping themselves to the dinner money tin",
     "Staff alleging theft by a colleague."),
    (MF, PP, "facebook", [ALL], "The TA in my son's class grabbed him by the arm so hard he had marks. Nobody at that school cares",
     "Allegation an adult harmed a child.", {"kind": {ALL: "adult_harmed_child"}, "verdict": "escalate", "cats_extra": [DIS]}),
    (AD, SP, "x", [ALL], "Our business manager's 'consultancy' firm just happens to win every contract. Nothing to see here",
     "Insinuated corruption."),
    (RT, SP, "facebook", [ALL], "Not saying who but one of our governors was definitely over the limit at the summer fair and then drove home",
     "Allegation about a governor."),
    # ---------------------------------------------------------------- allegation, clean
    (NP, OS, "facebook", [], "Our Year 6s stole the show at the Ashworth music festival, so proud!", "Idiom."),
    (MF, OP, "facebook", [], "Has anyone seen a blue water bottle? think someone picked up the wrong one at pick up",
     "Lost property, no accusation."),
    # ---------------------------------------------------------------- commercial
    (MF, OP, "facebook", [COM], "Lovely photos! If any mums need lashes doing for the Christmas do, message me, £25 for a full set 💅",
     "Advert in a comment."),
    (NP, OU, "facebook", [COM], "Earn £500 a week from home!! click the link in my bio, limited places", "Spam."),
    (RT, SP, "facebook", [COM], "Selling my old teacher planners and laminated phonics cards, £10 the lot, collection only",
     "Selling."),
    (MF, OP, "facebook", [COM], "Please share my JustGiving for my son's operation, every pound helps ❤️", "Asking for donations."),
    (AD, SP, "instagram", [COM], "Tutoring spaces available for KS2 maths and english, £30/hr, DM for details", "Advertising tutoring."),
    # ---------------------------------------------------------------- commercial, clean
    (MF, OS, "facebook", [], "Our PTA summer fair raised £1,240 for new playground equipment, thank you all!",
     "The school's own fundraising."),
    (NP, OP, "facebook", [], "Where did you get the world book day costumes from? they're fab", "Question, not selling."),
    # ---------------------------------------------------------------- pupil contact
    (DS, SP, "snapchat", [PUC], "add me on snap if you're stuck on the homework tonight, year 9s",
     "Teacher inviting pupils to Snapchat."),
    (AD, SP, "instagram", [PUC], "Congrats on your results Tyler!! always knew you'd smash it, keep in touch on here 🙌",
     "Teacher messaging a pupil on Instagram."),
    (MF, SP, "facebook", [PUC], "accepted a few friend requests from my old year 6 class, they're all grown up in year 9 now 😭",
     "Befriending former pupils."),
    (RT, SP, "whatsapp", [PUC], "Liam, its Mr Grant. put your number in my phone so I can let you know about football practice",
     "Staff asking a pupil for a personal number."),
    (NP, SP, "tiktok", [PUC], "Which of you lot in 10B did the duet with my video?? I see you 👀 follow back",
     "Teacher engaging with pupils on TikTok."),
    # ---------------------------------------------------------------- pupil contact, clean
    (MF, SP, "facebook", [], "So proud of my old class, saw on the school page they won the county quiz!", "No contact."),
    (DS, SP, "facebook", [], "Declined three friend requests from pupils today. No, Year 8, I will not be accepting 😂",
     "Declining requests, the right thing."),
    # ---------------------------------------------------------------- more, written after the first pass
    (NP, SP, "facebook", [CONF], "Ofsted phoned this morning 😬 everyone in tomorrow by 7, no pressure then",
     "Inspection not yet public."),
    (DS, SP, "whatsapp", [CONF], "Between us, the head won't be back before Easter, doctor's note says anxiety",
     "Confidential fact about a colleague."),
    (RT, SP, "facebook", [CONF], "Year 6 lad got sent home today for throwing a chair at the supply teacher. Some days man",
     "Behaviour incident and exclusion."),
    (AD, SP, "facebook", [CONF], "Interviews for the new deputy next week and I already know who's getting it 🙄 stitched up",
     "Unreleased staffing process.", {"cats_extra": [DIS]}),
    (MF, OP, "facebook", [CONF, DIS], "Heard the SATs results were the worst in the county, explains why they've gone quiet about them",
     "Parent revealing unpublished results and running the school down."),
    (NP, SP, "facebook", [SAF], "Taking the choir to sing at Asda in Ashworth town centre saturday 10-12, come and see us!",
     "Pupils' future off-site whereabouts."),
    (RT, OS, "x", [SAF], "Reception are on their way to Hollybush Farm now! Back for 2.45 pick up 🚌",
     "Official post: pupils' present whereabouts."),
    (DS, SP, "facebook", [SAF], "House is empty till the 28th, anyone got a spare key holder they'd recommend? off to see my sister in Perth",
     "Empty home.", {"kind": {SAF: "empty_home"}}),
    (MF, OS, "facebook", [], "Residential photos are up on the website now, what a week they had!", "Finished trip."),
    (AD, SP, "facebook", [], "Going to Spain with the girls in the summer hols, cannot WAIT 🌞", "Adult plans, no dates, home not said empty."),
    (NP, OP, "facebook", [ALL], "That lollipop lady is always on her phone and one day a kid is going to get run over",
     "Accusation about an identifiable school worker.", {"cats_extra": [DIS]}),
    (MF, OP, "facebook", [ALL, DIS], "The head knew about the bullying for months and covered it up to protect the school's reputation",
     "Allegation of a cover-up."),
    (DS, SP, "facebook", [ALL], "Funny how the new deputy's wife got the office job without even an interview",
     "Insinuated nepotism."),
    (RT, SP, "facebook", [], "Who else has a colleague who ALWAYS steals the last biscuit? 😂", "Joke, not an allegation."),
    (MF, OU, "facebook", [COM], "Hi admin, we are a local roofing firm, 10% off for all school families this month, call 01632 960 777",
     "Advert in a comment.", {"cats_extra": ["personal_information"], "evidence": {"personal_information": ["01632 960 777"]}}),
    (NP, SP, "facebook", [COM], "My Avon brochure is out, all the Christmas gift sets are in, message me to order x",
     "Selling."),
    (MF, OP, "facebook", [COM], "Sponsor me please!! running the Great North Run for the hospice, link below", "Asking for money."),
    (RT, OS, "x", [], "Pyjama day on Friday! Bring £1 for our hospice appeal 🛌", "The school's own fundraising."),
    (DS, SP, "instagram", [PUC], "Hey Chloe saw your dance video, you're so talented! DM me when you're free xx",
     "Staff messaging a pupil on Instagram."),
    (MF, SP, "snapchat", [PUC], "who's still got a streak going with sir 😂 year 8 don't let me down",
     "Teacher keeping Snapchat streaks with pupils."),
    (RT, SP, "facebook", [PUC], "Message me on here if you need any help with your revision before the test guys",
     "Inviting pupils to message a personal account."),
    (AD, SP, "facebook", [], "Loved seeing my old pupils' leavers assembly on the school page, proud teacher moment", "No contact."),
    (NP, SP, "whatsapp", [PCC], "Hi Nicola, Harvey's been a bit quiet this week, anything going on at home? Just between us x",
     "Teacher asking a parent about her child on WhatsApp."),
    (MF, SP, "facebook", [PCC], "Ladies from year 4 pickup, I'll stick the spelling list in our group chat tonight as the letter didn't go home",
     "Teacher using a personal group chat with parents for school matters."),
    (RT, SP, "instagram", [PCC], "@jodie_p yes he's fine, I'll message you the details about his reading book later",
     "Teacher replying to a parent on Instagram about her child."),
    (DS, SP, "facebook", [DIS], "Some of the parents at pick up need to look in the mirror before they criticise the staff. Just saying",
     "Staff running down parents."),
    (MF, OP, "facebook", [DIS], "Ah yes because what the kids REALLY need is another fundraiser for the head's pet project 🙄",
     "Sarcastic parent complaint."),
    (NP, OP, "facebook", [DIS], "Why is it always the same kids getting the certificates? Do the rest not count?",
     "Rhetorical complaint about the school's fairness."),
    (MF, PP, "facebook", [DIS], "Genuinely don't know what we pay our taxes for when the school can't even keep the toilets working",
     "Parent complaint about the school."),
    (AD, SP, "x", [POL], "If you think scrapping the arts curriculum is 'raising standards' you've never met a child. Shame on this government",
     "Political criticism."),
    (MF, OP, "facebook", [POL], "Mock exams? the tories destroyed our schools and you want to talk about mock exams", "Political opinion."),
    (NP, OS, "facebook", [], "Huge congratulations to our new school councillors, elected by their classmates this week!",
     "School council election."),
]

DEFAULT_KIND = {SAF: "trip", CONF: "staffing", ALL: "allegation", PUC: "message", SFS: "school_view",
                DIS: "complaint", POL: "political", PCC: "parent_contact", COM: "advert",
                OFF: "swearing", DMO: "addressed"}
RANK = {"info": 0, "warn": 1, "review": 2, "block": 3, "escalate": 4}
PACKS: dict[str, object] = {}


def verdict(policy: str, account: str, author: str, channel: str, cats: list[str], kinds: dict[str, str]) -> str:
    """The most severe pack rule that fits each gold category, as the engine maps a finding."""
    pack = PACKS.setdefault(policy, load_pack(policy))
    best = 0
    for cat in cats:
        kind = kinds.get(cat, DEFAULT_KIND.get(cat, ""))
        for rule in pack.rules:  # type: ignore[attr-defined]
            w = rule.when
            if rule.category != cat:
                continue
            if w.account is not None and account not in w.account:
                continue
            if w.author is not None and author not in w.author:
                continue
            if w.channel is not None and channel not in w.channel:
                continue
            if w.kind is not None and kind not in w.kind:
                continue
            if w.not_kind is not None and kind in w.not_kind:
                continue
            if w.personal_use is not None and pack.settings.personal_use.chosen not in w.personal_use:  # type: ignore[attr-defined]
                continue
            if w.attrs:
                continue
            best = max(best, RANK[rule.severity])
    return "allow" if best == 0 else [k for k, v in RANK.items() if v == best][0]


def main() -> int:
    rows = []
    for n, case in enumerate(CASES, 1):
        policy, (account, author), channel, cats, text, note = case[:6]
        over = case[6] if len(case) > 6 else {}
        cats = list(cats) + [c for c in over.get("cats_extra", []) if c not in cats]
        v = over.get("verdict") or verdict(policy, account, author, channel, cats, over.get("kind", {}))
        rows.append({"id": f"fresh-{n:04d}", "text": text, "policy": policy, "account": account, "author": author,
                     "channel": channel, "categories": cats, "verdict": v, "evidence": over.get("evidence", {}),
                     "note": note})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} cases)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
