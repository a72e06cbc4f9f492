"""Red team for h-mean9b's area (speaking for the school, commercial content, timing, parent contact, pupil contact,
photos, pupils named, safety), through the engine a user sees with the demo school and roster.

Written before the rules were run, one table per principle found in the errors on outsider6_dev/outsider7_dev and the
older readable sets: PARAPHRASES (new words, new situations) should be found; ORDINARY posts share the words but not
the meaning and should get no finding of the category. Rows that fail are kept as strict xfail with a reason.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, policy_row as _p

SFS = ("speaking_for_school",)
SELL = ("commercial_content",)
TIME = ("timing",)
LESSON = ("timing:text_says_lessons",)
PARENT = ("parent_contact_channel",)
PUPILC = ("pupil_contact",)
PHOTO = ("image_consent",)
PUPIL = ("pupil_identified",)
WHERE = ("safety_risk",)



PARAPHRASES = [
    # speaking for the school: its logo on a personal page, "here at <school> we think", a reference given on behalf
    # of the school by its name, answering the press
    _p("marshfields", "Marshfields logo on my banner now for the charity bike ride 💙", SFS),
    _p("marshfields", "Stuck the Brookfield Primary crest on my profile frame for the sponsored walk", SFS),
    _p("aycliffe-drive", "Added the Brookfield badge to my cover photo, proud to work there", SFS),
    _p("marshfields", "Here at Marshfields we believe homework should be scrapped for under-11s.", SFS),
    _p("marshfields", "At Brookfield we think the new phonics scheme is a mistake, simple as that.", SFS),
    _p("aycliffe-drive", "Here at Aycliffe Drive we feel the academy plans are wrong for our community.", SFS),
    _p("aycliffe-drive", "Happy to give a reference on behalf of Brookfield Primary for our former cook, Mrs Dale.", SFS),
    _p("marshfields", "On behalf of Marshfields I can say he was the best coach we've had, recommend him to anyone", SFS),
    _p("aycliffe-drive", "Speaking on behalf of Aycliffe Drive: Sam was a superb TA and we recommend her warmly.", SFS),
    _p("aycliffe-drive", "The local paper phoned asking about the fire alarm rumour, I told them nobody was hurt", SFS),
    _p("aycliffe-drive", "A reporter from the Gazette rang about the staffing rumours so I gave them a quote", SFS),
    _p("aycliffe-drive", "The Echo called me about the boiler story and I told them it's all fixed now", SFS),
    # commercial: sponsoring me, prices per person, a relative's trade with a number, a thank-you that passes on a
    # business's number, a personal sale of uniform
    _p("staff-declaration", "Running the Great North Run for Mind in May - if anyone wants to sponsor me, link's in my bio", SELL),
    _p("staff-declaration", "Shaving my head for the children's hospice next week, sponsorship link is in my bio 💇", SELL),
    _p("staff-declaration", "Cycling coast to coast for the air ambulance, would love it if you'd sponsor me 🚴", SELL),
    _p("staff-declaration", "My sister runs pottery workshops, 3 hours, all materials included, £45pp, message me", SELL),
    _p("staff-declaration", "Wine tasting night at my mate's deli, £25 per person, DM me for a ticket", SELL),
    _p("staff-declaration", "Glamping pods at my brother's farm, £60pppn, ping me for dates", SELL),
    _p("staff-declaration", "My husband's an electrician, mates' rates for teachers, 07700 900123", SELL),
    _p("staff-declaration", "My brother is a mechanic, does cheap MOTs for anyone from school, ring him on 07700 900456", SELL),
    _p("staff-declaration", "Wife's a hairdresser, discount for school staff, text her on 07700 900789", SELL),
    _p("marshfields", "Huge thanks to Smith's Landscaping for the new planters - if you need any garden work, they're on 07700 900111!", SELL, "staff", "official"),
    _p("marshfields", "Thanks to Dave at DK Plumbing for fixing the boiler - need a plumber? Give him a ring on 07700 900222", SELL, "staff", "official"),
    _p("marshfields", "Thank you Kwik Cabs for the trip transport, and if you ever need a taxi, call them on 07700 900333", SELL, "staff", "official"),
    _p("staff-declaration", "Anyone need school uniform? Got age 5-6 cardigans, £2 each, collect from mine", SELL),
    _p("staff-declaration", "Brookfield PE tops age 9-10, £4 each or 3 for a tenner, collect from my house", SELL),
    _p("staff-declaration", "School jumpers age 7-8 going for £3 each, pick up from mine on Saturday", SELL),
    # timing: the post says it is written in a lesson, a staff meeting or hiding from duty at work
    _p("marshfields", "Replied to my sister's texts mid-lesson while the kids did a quiz 🙈", LESSON),
    _p("marshfields", "Checked my phone during period 2, bad teacher award goes to me", LESSON),
    _p("marshfields", "Texting the football group during period 5, don't tell the head 🙈", LESSON),
    _p("rattlesden", "Sat in another staff meeting, bored stiff, someone send snacks 😴", TIME),
    _p("rattlesden", "At work and stuck in a twilight training session, send help lol", TIME),
    _p("rattlesden", "Hiding in the staff toilets on my phone, Year 4 are in assembly so I've got 5 minutes", TIME),
    # parent contact: a personal number offered to a class's parents; a reply to a parent about their child
    _p("staff-declaration", "If any of the breakfast club parents need me over half term my mobile is 07700 900333, happy to chat about the kids", PARENT),
    _p("staff-declaration", "Parents of my Year 3s, here's my number for the summer if you need me: 07700 900444", PARENT),
    _p("staff-declaration", "my number for any of the football club mums and dads over Easter is 07700 900555, text me anytime", PARENT),
    _p("staff-declaration", "Hey Sarah! Yes Jack's fine to stay for netball on Tuesday, I'll tell the office. See you at pick up x", PARENT),
    _p("staff-declaration", "Hiya Dawn, Poppy can do the swimming gala Friday, I'll sort it with the office x", PARENT),
    # pupil contact: a teacher naming themselves to a pupil in text-speak
    _p("aycliffe-drive", "hiya its mr p, great running today!! u smashed it keep going 👊", PUPILC),
    _p("aycliffe-drive", "its miss j here, well done in ur spelling test today superstar ⭐", PUPILC),
    _p("aycliffe-drive", "hey it's sir, ur goal today was unreal, proud of u", PUPILC),
    # (fifth round, the work-photo rule's reach) children in a place, or at work on a thing, are in the photo
    _p("aycliffe-drive", "📸 Reception in the garden this morning, planting bulbs 🌷", PHOTO),
    _p("aycliffe-drive", "📸 Year 5 making their Viking longboats, such concentration", PHOTO),
    _p("aycliffe-drive", "[photo] my class by the display they made, so proud", PHOTO),
    # photos: a team photo on a staff member's own account
    _p("aycliffe-drive", "📸 Team photo from the cross country, our boys came 3rd!!", PHOTO),
    _p("aycliffe-drive", "[photo] the under-11 girls with their medals after the tournament 🏅", PHOTO),
    _p("aycliffe-drive", "Group shot from the Year 6 netball festival today, so proud of them", PHOTO),
    # safety: an expedition's place and days
    _p("staff-declaration", "Flying to Portugal for two weeks from Friday, our house sitter cancelled so fingers crossed", WHERE),
    # (second round) a reply to a named parent about their child's club place; consent said to be missing; a parent
    # posting a whole club's photo; a pupil contact through a parent's friend request is not pupil contact (ordinary)
    _p("marshfields", "Hey Karen! Yes Alfie's fine to come to football after school Thursday, I'll let the office know x", PARENT),
    _p("marshfields", "Hiya Jo, Ruby's booked on the netball trip, I'll sort the form with the office tomorrow", PARENT),
    _p("marshfields", "Morning Sam! Leo's welcome at chess club from Monday, see you at pick up", PARENT),
    _p("rattlesden", "[video] Sports day highlights! (filmed before the consent forms came back)", PHOTO, "staff", "official"),
    _p("rattlesden", "[photos] Year 3's trip to the farm - we didn't get photo consent for everyone but they're too cute", PHOTO, "staff", "official"),
    _p("rattlesden", "📸 Nativity dress rehearsal, posting these without permission from the parents, shh", PHOTO, "staff", "official"),
    _p("marshfields", "[photo] the whole gymnastics club after the display!! Tag yourselves girls", PHOTO, "parent"),
    _p("marshfields", "[photo] the entire under-9s squad at the tournament, tag your kids!", PHOTO, "parent"),
    _p("marshfields", "📸 the whole cast of the school play after the last show, tag yourselves!", PHOTO, "parent"),
    # (third round) photo forms as the consent; the phone in the staff loo at a time; a reply to one follower
    _p("rattlesden", "[video] Whole-school sports day highlights! (filmed before the photo forms came back)", PHOTO, "staff", "official"),
    _p("rattlesden", "📸 Reception's first PE lesson, posted before the media slips were returned oops", PHOTO, "staff", "official"),
    _p("aycliffe-drive", "Sitting in the staff loo at 11.05 on my phone, Year 3 are in assembly so I'm hiding", TIME),
    _p("aycliffe-drive", "In the staff toilets at 9.40 scrolling insta, don't judge me", TIME),
    _p("rattlesden", "Dear @MumOfTwins, please ring the office about this, we can't discuss it here", ("direct_message_official",), "staff", "official"),
    _p("rattlesden", "Hi @JoeBloggs77, thanks for your message, the office will call you back", ("direct_message_official",), "staff", "official"),
    _p("staff-declaration", "The bowls club is selling raffle tickets £1 a strip for their new roof - message me", SELL),
    _p("staff-declaration", "Our running club is doing a tombola at the gala, £2 a go, DM me for tickets", SELL),
    # (fourth round) a named business praised to readers; a reference written for a named colleague
    _p("staff-declaration", "Jess's Bakes does the best celebration cakes in Newport, ordered one for my mum's 70th, highly recommend!", SELL),
    _p("staff-declaration", "Tony's Garage sorted my MOT in an hour, best mechanics in town, go to them!", SELL),
    _p("staff-declaration", "Shout out to Bloom's Florist for the anniversary flowers, can't recommend them enough", SELL),
    _p("staff-declaration", "Writing this recommendation for my former NQT Imran - hard-working and brilliant with behaviour", ("professional_reference",)),
    _p("staff-declaration", "Just written my reference for our old TA Sam, reliable and kind, any school would be glad of her", ("professional_reference",)),
    _p("staff-declaration", "Writing this testimonial for Mrs Dale, our cook for ten years, the best there is", ("professional_reference",)),
    # (fifth round, the minded-home rule's reach) a child left alone, a pet minded but the house empty
    _p("marshfields", "Off to Spain for a week from Saturday, my son is staying at home on his own, he's 15", WHERE),
    _p("marshfields", "Away for two weeks from Friday, the neighbour is looking after the cat but the house is empty", WHERE),
    # (added after the model gates were widened on the training seeds' evidence, so not written blind) a parent
    # spoken to with no channel word, a backing for a headship, children at work in the photo
    _p("marshfields", "Sara hun, don't worry about his spellings, we'll catch up on Monday x", PARENT),
    _p("marshfields", "Proud to give my backing to Tom Reid for the headship at St Anne's, he's ready", ("professional_reference",)),
    _p("aycliffe-drive", "Snaps from the hall today, the children made a giant volcano [photos]", PHOTO),
    _p("marshfields", "Our DofE silver group set off on their expedition in the Peak District on Friday, camping near Edale.", WHERE),
    _p("marshfields", "The Year 10 Duke of Edinburgh lot are out on the moors from Tuesday, wild camping above Haworth.", WHERE,
       xfail="the trip rule wants the place right after 'at/to/in' within 40 characters of the group; 'out on the moors' and 'walking the Dales ..., camping at Malham' are missed (recall, left alone)"),
    _p("marshfields", "Bronze DofE group walking the Dales this weekend, camping at Malham on Saturday night", WHERE,
       xfail="the trip rule wants the place right after 'at/to/in' within 40 characters of the group; 'out on the moors' and 'walking the Dales ..., camping at Malham' are missed (recall, left alone)"),
]

ORDINARY = [
    # school named with need, logos that are not the school's, "here at" about home
    _p("rattlesden", "Pleased to share that I've been promoted to Deputy Head at Brookfield Primary School 🎉", SFS),
    _p("rattlesden", "Delighted to say I start my new job at Brookfield Primary in September!", SFS),
    _p("marshfields", "Love the new logo on the supermarket's delivery vans, very smart", SFS),
    _p("marshfields", "Here at home we think pineapple belongs on pizza, fight me", SFS),
    _p("marshfields", "[image: my new running club logo] Come and join us on Tuesdays!", SFS),
    _p("aycliffe-drive", "Happy to give a reference for my neighbour's lad if he needs one for his first job", SFS),
    _p("aycliffe-drive", "Reading the local paper over coffee, lovely piece on the allotments", SFS),
    # commercial words with no sale, or the school's own fundraising
    _p("staff-declaration", "Sports Direct was heaving today, never again on a Saturday", SELL),
    _p("marshfields", "Thank you to Smith's Landscaping for the new planters, the children love them!", SELL, "staff", "official"),
    _p("staff-declaration", "My husband's an electrician so at least the lights finally work in our kitchen", SELL),
    _p("staff-declaration", "Second-hand uniform sale in the school hall on Friday, all money to the PTA", SELL),
    _p("staff-declaration", "Tickets for the Year 6 show are £3 each from the office", SELL),
    _p("staff-declaration", "Just ran my first 10k, no sponsors, no medal, just pride 🏃", SELL),
    _p("staff-declaration", "Need a dog walker Weds & Fri while I'm at work, must love spaniels", SELL),
    # timing words outside work or about the past
    _p("marshfields", "Staff meeting ran over again last night, home at 7", TIME),
    _p("aycliffe-drive", "Read The Boy at the Back of the Class with Year 6 this term, they loved it", TIME),
    _p("marshfields", "Quick scroll during my PPA while the class are in music lol", LESSON),
    _p("marshfields", "Period 3 tomorrow is the mock exam, revise hard!", TIME),
    # contact words among adults, or a general rant to parents
    _p("staff-declaration", "My number's changed, new one is 07700 900555, let me know who you are when you text", PARENT),
    _p("staff-declaration", "Hey Sarah! Yes I'm fine to come to yours Thursday for book club, see you then x", PARENT),
    _p("staff-declaration", "Some parents honestly need to read the newsletter before asking", PARENT),
    _p("staff-declaration", "Nobody's supposed to know yet but the staff panto is Shrek this year", PARENT),
    # "its miss k" not to a pupil
    _p("aycliffe-drive", "It's Miss K's birthday today and the staffroom had cake 🎂", PUPILC),
    _p("aycliffe-drive", "hiya its me, finally back on facebook after a break, missed you all", PUPILC),
    # an image that is not of pupils
    _p("aycliffe-drive", "[image: school crest] Proud to be part of this team!", PHOTO),
    _p("aycliffe-drive", "[image: Brookfield logo] Open evening Thursday 6pm, all welcome", PHOTO),
    _p("aycliffe-drive", "📸 the school badge on my new lanyard, very official", PHOTO),
    # adult relatives with adult milestones
    _p("newport-cejs", "So proud of my niece Freya, she's just passed her driving test first time!", PUPIL),
    _p("newport-cejs", "My nephew Jack has just qualified as an electrician, so chuffed for him", PUPIL),
    _p("newport-cejs", "Cousin Ivy graduated from Leeds today, so proud of her 🎓", PUPIL),
    # (second round) parents talked about, not to; an ex-pupil is not a parent; photos of work, not children; shows
    _p("rattlesden", "It's not rocket science. If your child is ill don't keep sending them in. Some parents honestly 🙄", PARENT),
    _p("staff-declaration", "Some of the parents in my class need a reality check. Your child is NOT a genius, he just shouts loudest", PARENT),
    _p("marshfields", "Ex pupil just messaged me on Insta, she's 17 and off to uni. Replied to say well done 😊", PARENT),
    _p("aycliffe-drive", "📸 Year 5's Viking longboats - the cardboard and glue budget is gone 😂", PHOTO),
    _p("aycliffe-drive", "[photo] my classroom display before the kids arrive - so proud of these autumn leaves 🍂", PHOTO),
    _p("aycliffe-drive", "📸 Reception's sunflower garden is finally blooming!", PHOTO),
    _p("newport-cejs", "Just watched the Matilda musical with my niece, Miss Trunchbull gave me ideas 😂", PUPIL),
    _p("newport-cejs", "Went to see Oliver! at the Palace Theatre, absolutely brilliant 🎭", PUPIL),
    _p("newport-cejs", "Year 6 are performing Oliver! next week in the school hall, tickets from the office 🎭", PUPIL),
    _p("rattlesden", "Accepted a friend request from one of my Year 3 parents, we go to the same spin class anyway 🚴", PUPILC),
    _p("rattlesden", "Got added to a parents' WhatsApp for the Y6 leavers' do. Felt rude to leave", PUPILC),
    _p("rattlesden", "Text me on 07700 900742 if you're running late for pick up, I'll keep them in class", PUPILC),
    # (third round) a model's guesses with no sign of the category: no parent talked to, no reference given
    _p("staff-declaration", "📸 Our kitchen table this morning - my two made pancakes for Mother's Day 🥞", PARENT),
    _p("staff-declaration", "Breakfast in bed for Father's Day, the kitchen is a war zone", PARENT, "staff", "personal"),
    _p("staff-declaration", "Just heard the dinner ladies are getting new aprons, nobody's supposed to know yet 🤫", PARENT),
    _p("aycliffe-drive", "Just been on a brilliant course about attachment and trauma. Highly recommend to any TA.", ("professional_reference",)),
    _p("aycliffe-drive", "Recommend my brother for any electrics! Ring him on 07700 900218, tell him you sent him", ("professional_reference",)),
    _p("aycliffe-drive", "Looking for recommendations for a good safeguarding course for governors - any suggestions?", ("professional_reference",)),
    _p("marshfields", "Hi Mrs Kaur, I've checked and Archie's trip money is paid. No need to ring the office", ("professional_reference",)),
    _p("rattlesden", "Brookfield Primary are recruiting a Year 3 teacher! Fab school, fab kids, apply by 12th Jan 🍎", SFS),
    _p("staff-declaration", "Need a dog walker Weds & Fri while I'm at work. Reasonable rates, must love spaniels", SELL),
    _p("staff-declaration", "Looking for a cleaner for 3 hours a week near Ashworth, competitive rates, message me", SELL),
    _p("marshfields", "Ex pupil just messaged me on Insta, she's 17 and doing her A levels. Replied to say well done 😊", PARENT),
    _p("rattlesden", "We never post videos without the consent forms back, so some children are missing from this [video]", PHOTO, "staff", "official"),
    # (fourth round) family cooking and films; a model's guess of lesson time with no sign of work
    _p("staff-declaration", "My mum's cakes are still the best in the world, sorry Bake Off", SELL),
    _p("staff-declaration", "Highly recommend the new Pixar film, cried three times", SELL),
    _p("staff-declaration", "Writing this recommendation list of books for the summer holidays, send me yours", ("professional_reference",)),
    _p("rattlesden", "My nephew just told me I look like his nan 😂", TIME),
    _p("rattlesden", "Someone just told me I look like Mrs Doubtfire, cheers", TIME),
    # (fifth round, checking the new commercial rules' reach) a number for a friend's need, a relative's trade with no
    # custom, a child's cooking praised
    _p("staff-declaration", "If you need me over the weekend, call me on 07700 900123", SELL),
    _p("staff-declaration", "If you need me, call me on 07700 900125", SELL),
    _p("staff-declaration", "If anyone needs a lift to the match on Sunday, ring me on 07700 900124", SELL),
    _p("staff-declaration", "My husband's a plumber and even he says to call it a day with this boiler", SELL),
    _p("staff-declaration", "Leo's cakes for the class party were the best, proud mum moment", SELL, "parent"),
    # (fifth round, the named-school frames' reach) a logo talked about, not used on a personal page; a school's
    # practice described with no view
    _p("marshfields", "Our Year 6 are designing the new Brookfield logo for the anniversary, such talent", ("speaking_for_school:logo",)),
    _p("marshfields", "The Brookfield badge is being redesigned by the school council this term", ("speaking_for_school:logo",)),
    _p("marshfields", "Here at Brookfield we had the best sports day ever, so proud of everyone", ("speaking_for_school:school_view",)),
    # (fifth round, the meeting rule's reach) a meeting tomorrow or last week, someone else's work
    _p("rattlesden", "I'm in a staff training day tomorrow so no gym for me", TIME),
    _p("rattlesden", "Stuck in a staff meeting till 5 tomorrow, so no pub quiz", TIME),
    _p("rattlesden", "Bored stiff in a department meeting last Tuesday, never again", TIME),
    _p("rattlesden", "Sat in a team meeting at my husband's work do, zzz", TIME),
    # (fifth round, the title-opening rule's reach) a teacher's title said to colleagues or parents
    _p("aycliffe-drive", "Its Mr P here, well done to the staff quiz team, you smashed it", PUPILC),
    _p("aycliffe-drive", "hi its miss k, thank you to all the parents who came to the fair, you were amazing", PUPILC),
    # a house looked after, a trip that is over
    _p("marshfields", "Off to Crete tomorrow for two weeks, house sitter staying so the cat's happy", WHERE),
    _p("marshfields", "Away for the weekend but my mum's staying at ours with the dog", WHERE),
    _p("marshfields", "The DofE group got back from the Lakes last night, soaked but smiling", WHERE),
]


@pytest.mark.parametrize("policy,text,cats,author,account", PARAPHRASES)
def test_paraphrase_is_found(demo_checker_factory, policy, text, cats, author, account):
    assert_found(demo_checker_factory(policy), text, cats, author, account)


@pytest.mark.parametrize("policy,text,cats,author,account", ORDINARY)
def test_ordinary_post_gets_no_finding(demo_checker_factory, policy, text, cats, author, account):
    assert_ordinary(demo_checker_factory(policy), text, cats, author, account)
