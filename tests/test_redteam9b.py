"""Red team (h-red9b) of the rules merged from h-mean9b (4ffe155..e56f309: meaning.py's SafetyRisk, SpeakingForSchool,
Reference, PupilContact, ParentContact, DirectMessageOfficial, ImageConsent detectors, and commercial.py, timing.py,
pupils.py, personal_info.py, connections.py), through the engine a user sees with the demo school and roster.

Both tables were written before any row was run:
- ORDINARY: posts staff, parents, pupils and the public really write that share those rules' words (the school's own
  lettings, fairs and clubs on its official page, career news, thanking a business the normal way, "here at home",
  a PTA raffle, prices in a trip letter, a meeting last week, a parent sharing the school's photo post, a grown-up
  niece, a DofE award evening, a neighbour minding the cat...) and break no policy: no finding of the category.
- PARAPHRASES: what those rules are meant to catch, in new words and situations.
Rows that fail and could not be fixed are strict xfail with a reason.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, policy_row as _p

SFS = ("speaking_for_school",)
SELL = ("commercial_content", "commercial_spam")
TIME = ("timing",)
PARENT = ("parent_contact_channel",)
PUPILC = ("pupil_contact",)
PHOTO = ("image_consent",)
PUPIL = ("pupil_identified",)
WHERE = ("safety_risk",)
INFO = ("personal_information",)
REF = ("professional_reference",)
DM = ("direct_message_official",)



OFF = ("staff", "official")

ORDINARY = [
    # the school's own official posts about its lettings, fairs, clubs, trips and prices
    _p("marshfields", "Our school hall is available to hire on weekday evenings and weekends, £25 an hour. Contact the office for bookings.", SELL, *OFF),
    _p("marshfields", "Brookfield Primary's Christmas Fair is on Saturday 6th, 12-3pm: tombola, raffle, Santa's grotto (£3 per child). All welcome!", SELL, *OFF),
    _p("marshfields", "Breakfast club places are still available for next term, £4 per session. Forms from the office.", SELL, *OFF),
    _p("marshfields", "Year 6 residential to Kingswood: the cost is £185 per pupil, payable in instalments via ParentPay.", SELL, *OFF),
    _p("marshfields", "Year 4's trip to the Roman museum costs £12.50 per child including the coach. Please pay by Friday.", SELL, *OFF),
    _p("marshfields", "Here at Brookfield Primary we believe every child can shine. Applications for Reception 2027 are now open!", SFS, *OFF),
    _p("marshfields", "On behalf of everyone at Brookfield Primary, thank you for your support this year. Have a lovely summer!", SFS, *OFF),
    _p("marshfields", "Our new after-school multi-sports club starts Monday, 3.15-4.15pm, £3 a session, book via ParentMail.", SELL, *OFF),
    _p("marshfields", "The PTA raffle tickets are £1 a strip, on sale at pick-up all week. First prize is a hamper!", SELL, *OFF),
    _p("marshfields", "A huge thank you to Ashworth Co-op for donating fruit for sports day. We really appreciate it!", SELL, *OFF),
    _p("marshfields", "Thank you to Hughes Builders for sponsoring our new football kits, the team look fantastic.", SELL, *OFF),
    _p("marshfields", "Our summer fete raised £1,240 for new playground equipment. Thank you to every family who came!", SELL, *OFF),
    _p("marshfields", "Reminder: the school is closed on Monday for staff training. See you on Tuesday!", TIME, *OFF),
    _p("marshfields", "📸 Photos from today's sports day are on the school website for parents (password in ParentMail).", PHOTO, *OFF),
    _p("rattlesden", "Lost property is going to charity on Friday, please check the box by the office before then.", SELL, *OFF),
    # a teacher's career news, training and meetings in the past or future
    _p("marshfields", "After 12 happy years I'm leaving Brookfield Primary in July to become a deputy head. I'll miss everyone!", SFS),
    _p("marshfields", "Passed my NPQH! Three years of evenings and weekends, so relieved", SFS),
    _p("marshfields", "Had a really useful staff meeting last week about reading for pleasure, lots of ideas to try", TIME),
    _p("rattlesden", "Governors' meeting went on till 9 on Tuesday, straight to bed when I got in", TIME),
    _p("rattlesden", "Parents' evening tonight, then a takeaway, then sleep", TIME),
    _p("marshfields", "Our head gave a lovely speech at the leaving do on Friday, she'll be missed", SFS),
    _p("marshfields", "Interview for a head of year post on Thursday, wish me luck!", SFS),
    _p("rattlesden", "INSET day done, back to the classroom tomorrow, can't wait to see my class", TIME),
    _p("marshfields", "Mentoring two trainee teachers this year, they're both going to be great", REF),
    # home, family, grown-ups
    _p("marshfields", "Here at home we think Sunday roasts are better with Yorkshire puddings, don't @ me", SFS),
    _p("marshfields", "In our house we believe there's no such thing as too many books", SFS),
    _p("marshfields", "My niece Grace just graduated from Leeds with a first in law, so proud of her 🎓", PUPIL),
    _p("marshfields", "My nephew Oliver passed his driving test first time today, the roads of Ashworth beware!", PUPIL),
    _p("marshfields", "Our Amelia got engaged at the weekend! Welcome to the family, Tom 💍", PUPIL, "parent"),
    _p("marshfields", "My daughter Rose starts her nursing degree in Manchester next week, emotional mum here", PUPIL, "parent"),
    _p("marshfields", "Big brother Harry has just started his apprenticeship as an electrician, proud dad", PUPIL, "parent"),
    _p("marshfields", "Away in Cornwall this week, our neighbour is minding the cat and the house 🐱", WHERE),
    _p("marshfields", "Back from two weeks in Spain, the neighbours kept the plants alive, what stars", WHERE),
    _p("marshfields", "Camping in the Lakes last weekend was the best, the kids slept like logs", WHERE, "parent"),
    _p("marshfields", "Our Duke of Edinburgh award evening was last night, so proud of the Year 11s who got their gold", WHERE),
    _p("marshfields", "DofE bronze certificates presented in assembly this morning, well done everyone", WHERE),
    # thanks and recommendations in the ordinary way, a friend's business, no deal or number
    _p("staff-declaration", "Lovely lunch at the Red Lion with my book club, the staff were so kind", SELL),
    _p("staff-declaration", "My brother's a plumber, he came round and fixed our leak in ten minutes, love him", SELL),
    _p("staff-declaration", "Bought a new coat in the sale, £20 down from £60, bargain!", SELL),
    _p("staff-declaration", "Selling my old bike if any friends want it, it's just gathering dust in the garage", SELL,
       xfail="'selling my' is a personal sale by the pack's letter (commercial_content:selling, allow); arguable "
             "whether a friend's bike is commerce, left alone (older rule, not h-mean9b's)"),
    _p("staff-declaration", "Did the Race for Life with my sister today, thank you to everyone who sponsored us!", SELL),
    _p("staff-declaration", "Our PTA raffle raised £400 for the library, thanks to everyone who bought tickets", SELL),
    _p("staff-declaration", "Uniform swap shop in the hall after school Wednesday, all free, just bring what's outgrown", SELL),
    _p("staff-declaration", "Jumble sale at the church hall Saturday, 10am, raising money for the roof", SELL,
       xfail="'raising money for' is the pack's donation kind (soliciting for another body on a personal page, "
             "allow); h-mean9b's table counts an outside club's raffle as commercial, so arguable, left alone"),
    _p("staff-declaration", "Tickets for the school disco are £2 on the door, glow sticks 50p", SELL),
    # parents, pupils and the public sharing and chatting
    _p("marshfields", "Shared Brookfield Primary's post: 'Well done to Year 5 on a fantastic class assembly!' 👏", PHOTO, "parent"),
    _p("marshfields", "Sharing the school's photos of the Christmas play, they did so well 😍", PHOTO, "parent"),
    _p("marshfields", "[photo] my son in his new uniform on his first day, so grown up!", PHOTO, "parent"),
    _p("marshfields", "Thank you Mrs Patel for a brilliant year, my daughter loved being in your class", PARENT, "parent"),
    _p("marshfields", "Does anyone know what time the Christmas fair starts on Saturday?", PARENT, "parent"),
    _p("marshfields", "Lovely to bump into Miss Hughes at the supermarket, the kids were so excited", PUPILC, "parent"),
    _p("marshfields", "Mr Singh's football club has been brilliant for my son's confidence this year", PUPILC, "parent"),
    _p("marshfields", "Neighbour kindly minding the cat while we're at my mum's for the weekend, back Sunday", WHERE, "public"),
    _p("marshfields", "Our street's having a litter pick on Saturday morning, meet at the corner shop at 10", WHERE, "public"),
    # staff talking to friends, colleagues and family
    _p("staff-declaration", "Hi Sarah, are we still on for coffee Saturday? x", PARENT),
    _p("staff-declaration", "Thanks Jo for the lift home after the staff do, you're a star x", PARENT),
    _p("staff-declaration", "Happy birthday to my gorgeous friend Karen, have a fab day x", PARENT),
    _p("staff-declaration", "Message me if you want to join our Tuesday night running group, all welcome", PARENT),
    _p("aycliffe-drive", "Its Mrs T here, could all the staff bring a plate for the Christmas lunch on Friday please", PUPILC),
    _p("aycliffe-drive", "hiya its me, your favourite sister, happy birthday old man 🎂", PUPILC),
    _p("aycliffe-drive", "well done to my niece on her GCSE results, she worked so hard!", PUPILC),
    _p("aycliffe-drive", "[photo] our staff team at the Christmas do, what a night!", PHOTO),
    _p("aycliffe-drive", "[photo] my new classroom all set up for September, fresh displays ready", PHOTO),
    _p("aycliffe-drive", "[photo] the Year 3 corridor display about the Stone Age, made by our brilliant TA", PHOTO),
    _p("aycliffe-drive", "Our reading corner before the children arrive tomorrow, fairy lights and all [photo]", PHOTO),
    # personal information and contact details that are public or the writer's own business
    _p("staff-declaration", "The school office number is 01632 960 418 if you need to report an absence", INFO, *OFF),
    _p("staff-declaration", "We've moved! New address for Christmas cards, message me for it", INFO),
    _p("staff-declaration", "Finally got a new phone after mine died, same number though", INFO),
    # timing: posts after school, at weekends, in holidays, or about lessons in general
    _p("marshfields", "Planning lessons on a Sunday night again, teacher life 🙃", TIME),
    _p("marshfields", "Period 5 on a Friday with Year 9 is always an adventure", TIME),
    _p("marshfields", "Half term! No alarms for a week, bliss", TIME),
    _p("marshfields", "Lunch duty in the rain today, at least the kids were happy", TIME),
    # (second round, written before it was run) more of the same brushes
    _p("marshfields", "Brookfield Primary's summer holiday club runs 28 July to 15 August, £20 a day, book through the office", SELL, *OFF),
    _p("marshfields", "Our pool is available for private swimming lessons on Saturdays, contact the school office", SELL, *OFF),
    _p("marshfields", "Thank you to Ashworth Rotary Club for the dictionaries for Year 3, they were thrilled!", SELL, *OFF),
    _p("marshfields", "We're proud to announce our Eco-Schools Green Flag! Well done to the eco council 🌱", SFS, *OFF),
    _p("marshfields", "Year 6 SATs results are in and we couldn't be prouder of every single child", SFS, *OFF),
    _p("marshfields", "Congratulations to Mrs Owen, our new deputy head, who starts in September", SFS, *OFF),
    _p("marshfields", "Just back from a brilliant course on maths mastery, can't wait to try it with my class", TIME),
    _p("rattlesden", "Staff meeting cancelled this week so I'm home by 4 for once!", TIME),
    _p("rattlesden", "Sitting in the car waiting for my son's swimming lesson to finish, scrolling as usual", TIME),
    _p("marshfields", "Happy retirement to my mum Daisy, 40 years as a nurse!", PUPIL),
    _p("marshfields", "My sister Amber and her husband have just bought their first house, so happy for them", PUPIL),
    _p("marshfields", "Off to Leeds tomorrow to see my daughter at uni, first visit since she left", WHERE, "parent"),
    _p("marshfields", "Our house is never empty, three teenagers and a dog, send help", WHERE, "parent"),
    _p("marshfields", "The Year 10 DofE group are back safe from their practice expedition, well done all", WHERE),
    _p("staff-declaration", "Massive thanks to my friend Lucy who made my birthday cake, she's so talented", SELL),
    _p("staff-declaration", "My cousin has just opened a café in Ashworth, so proud of her, the scones are amazing", SELL),
    _p("staff-declaration", "Spent £80 on a food shop and there's still nothing for tea", SELL),
    _p("staff-declaration", "Hey Claire, loved catching up at the weekend, let's do it again soon x", PARENT),
    _p("staff-declaration", "Morning all! Anyone fancy a walk up the hill on Sunday?", PARENT),
    _p("aycliffe-drive", "its miss k, my phone died so message me on the new number if you're coming to the hen do", PUPILC),
    _p("aycliffe-drive", "[photo] sunflowers in my garden are taller than me this year 🌻", PHOTO),
    _p("aycliffe-drive", "[photo] my classroom ready for the new Year 4s, name labels on the pegs", PHOTO),
    _p("aycliffe-drive", "[photo] my husband and the kids at the beach, best day", PHOTO),
    _p("marshfields", "[photo] the school's Christmas card design, drawn by our art club this year", PHOTO, "parent"),
    _p("staff-declaration", "Our PTA summer fair needs volunteers for the cake stall, message the PTA page if you can help", SELL),
    # (third round, written before it was run) references, contact, official replies, connections, whereabouts
    _p("staff-declaration", "Can anyone recommend a good plumber in Ashworth? Boiler's packed in again", REF),
    _p("staff-declaration", "Just finished my references for the Year 13s' UCAS forms, so proud of this lot", REF),
    _p("staff-declaration", "Highly recommend the new Julia Donaldson book, my class were hooked", REF),
    _p("staff-declaration", "My old mentor retired this week, she taught me everything I know about teaching", REF),
    _p("rattlesden", "Thank you all for the lovely messages about our Christmas concert, we're so proud of the children", DM, *OFF),
    _p("rattlesden", "Happy Friday everyone! Don't forget it's non-uniform on Monday for Children in Need", DM, *OFF),
    _p("rattlesden", "Welcome to our new Reception families, we can't wait to meet you all in September!", DM, *OFF),
    _p("staff-declaration", "Hi all, book club is at mine on Thursday, bring wine and opinions x", PARENT),
    _p("staff-declaration", "Thanks to all the parents who came to the Year 3 assembly, the children were thrilled", PARENT),
    _p("staff-declaration", "If you're a parent struggling with reading at home, the library runs free sessions on Saturdays", PARENT),
    _p("marshfields", "Just accepted a friend request from my old teacher from primary school, she remembered me!", PUPILC),
    _p("marshfields", "My old form tutor from 1998 just followed me on Instagram, feeling ancient", PUPILC),
    _p("marshfields", "Bumped into a former pupil at the garden centre, he's 32 now with kids of his own!", PUPILC),
    _p("marshfields", "We're home all week if anyone wants to pop round for a cuppa", WHERE),
    _p("marshfields", "Back at work tomorrow after two weeks in Greece, the tan won't last", WHERE),
    _p("marshfields", "Year 6 had a fantastic day at the Science Museum yesterday, back safe and sound", WHERE),
    _p("marshfields", "My daughter's at Brownie camp this weekend and the house is so quiet", WHERE, "parent"),
    _p("staff-declaration", "My mum's 70th party is at the Red Lion on Saturday, all family welcome", INFO),
    _p("staff-declaration", "Happy 10th birthday to my nephew Jack, you're growing up too fast", INFO),
    _p("aycliffe-drive", "Spent my lunchtime re-potting the classroom plants, living my best life", TIME),
    # (added after the narrowing, so not written blind) the narrowed rules' neighbours
    _p("staff-declaration", "Paid £12 for a sandwich and £4 for a coffee at the station, London prices", SELL),
    _p("aycliffe-drive", "[photo] the office team at the summer BBQ, we scrub up well", PHOTO),
    _p("marshfields", "Our Theo has just graduated from Leeds, so proud of him 🎓", PUPIL, "parent"),
    _p("marshfields", "Job interview with the head on Friday for the deputy post, nervous!", SFS),
    _p("marshfields", "My favourite primary teacher just added me on Facebook, she hasn't changed a bit", PUPILC),
]

PARAPHRASES = [
    # speaking for the school
    _p("marshfields", "Here at Brookfield Primary we reckon the new Ofsted grades are a total joke", SFS),
    _p("aycliffe-drive", "Just so everyone knows, speaking for Brookfield: we will not be taking part in the strike", SFS),
    _p("marshfields", "Changed my profile picture to the Brookfield Primary logo for the fun run, come and support", SFS),
    _p("aycliffe-drive", "A journalist from the Ashworth Echo messaged me about the flooding at school so I filled her in", SFS),
    # commercial
    _p("staff-declaration", "My partner does dog grooming from home, 10% off for school families, message me for her number", SELL),
    _p("staff-declaration", "Doing the London Marathon for the RNLI, every £ counts, sponsorship page link below 👇", SELL),
    _p("staff-declaration", "Brookfield book bags for sale, £2 each, collection from my porch", SELL),
    _p("staff-declaration", "Nail bar opening in my front room! Gels £20, 07700 900987, teachers welcome 💅", SELL,
       xfail="a business opening with no 'my business/shop' words: the price is kept weak alone and the number "
             "is personal information; no time to add a trade-opening rule"),
    # timing
    _p("marshfields", "Sneaking a look at Facebook while Year 5 do their reading test, shh", TIME),
    _p("rattlesden", "Stuck in a two-hour staff briefing right now, save me", TIME),
    _p("marshfields", "Scrolling my phone in the middle of maths, they're doing a worksheet so who cares", TIME),
    # parent contact
    _p("staff-declaration", "Mums and dads of my class, this is my personal mobile if you need anything over the holidays: 07700 900654", PARENT),
    # (an xfail until 2026-11-22: the greeted-reply rule does not know '<child> can stay'; found since by the context model)
    _p("staff-declaration", "Hi Leanne, yes Noah can stay for choir on Wednesday, I'll tell the office, see you at 3.15 x", PARENT),
    # pupil contact
    _p("aycliffe-drive", "hi its mrs b, u were amazing in the play tonight, so proud of u!!", PUPILC),
    # photos
    _p("rattlesden", "[photos] Year 2's trip to the zoo! Not all the consent forms are back but we couldn't resist", PHOTO, *OFF),
    _p("aycliffe-drive", "📸 my Year 6 class at the Science Museum today, what a day", PHOTO),
    _p("marshfields", "[photo] the whole netball team after the final, tag your daughters!", PHOTO, "parent"),
    # safety: home empty, trip place and days
    _p("marshfields", "Off to Tenerife for a fortnight tomorrow, house will be empty so if anyone's passing keep an eye", WHERE),
    _p("marshfields", "Our Year 9 DofE bronze group are camping in Dovedale from Friday night, fingers crossed for sun", WHERE),
    # references
    _p("staff-declaration", "Writing a glowing reference for my old TA Priya for her teacher training, she'll be brilliant", REF),
    _p("staff-declaration", "Happy to vouch for Mr Ellis, the best head of year I ever worked with, any school would be lucky", REF),
    # direct message from the official account
    _p("rattlesden", "Hi @SandraB82, sorry to hear about this, please call the office and we'll sort it", DM, *OFF),
    # (second round, written before it was run)
    _p("rattlesden", "In a whole-staff briefing as we speak, someone please text me something funny", TIME),
    _p("staff-declaration", "Hiya Gemma, course Poppy can stay for football on Thursday, I'll pop her name down x", PARENT),
    _p("aycliffe-drive", "Here at Brookfield we all think the new trust CEO is clueless", SFS),
    _p("staff-declaration", "Teacher friends! My wife's just started doing wedding cakes, 10% off if you mention me 🎂", SELL),
    _p("aycliffe-drive", "[photo] the Year 2s at the farm today, they loved the lambs", PHOTO),
    # (third round, written before it was run)
    _p("staff-declaration", "Proud to write the reference for my former TA Jess, she'll be an amazing teacher, hire her!", REF),
    _p("marshfields", "Heading to Center Parcs for the week from Monday, house empty, someone water the plants?", WHERE),
    _p("staff-declaration", "Year 5 mums, text me on 07700 900765 if you need anything about the trip", PARENT),
    _p("rattlesden", "@LisaM1985 so sorry you feel that way, please DM us your number and we'll call", DM, *OFF),
    # (added after the narrowing, so not written blind) what the narrowed rules must still find
    _p("staff-declaration", "Cupcakes £2, brownies £1.50, collection from mine Saturday", SELL),
    _p("aycliffe-drive", "[photo] our football team after the final, so proud of them", PHOTO),
    _p("aycliffe-drive", "I was interviewed for the local paper about the school closure today", SFS),
    _p("marshfields", "Off to Spain for two weeks from Saturday, the neighbour is minding the cat and the house is empty", WHERE),
    _p("marshfields", "One of my Year 9s followed me on Instagram so I followed back, she's lovely", PUPILC),
    _p("marshfields", "Messaging my old tutor group on WhatsApp to wish them luck in their GCSEs tomorrow", PUPILC),
]


@pytest.mark.parametrize("policy,text,cats,author,account", ORDINARY)
def test_ordinary_post_gets_no_finding(demo_checker_factory, policy, text, cats, author, account):
    assert_ordinary(demo_checker_factory(policy), text, cats, author, account)


@pytest.mark.parametrize("policy,text,cats,author,account", PARAPHRASES)
def test_paraphrase_is_found(demo_checker_factory, policy, text, cats, author, account):
    assert_found(demo_checker_factory(policy), text, cats, author, account)
