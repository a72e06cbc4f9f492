"""commercial_content: adverts, selling, donations and spam found; the school's own fundraising left alone."""
from __future__ import annotations

import pytest

from safepost.context import School
from safepost.detectors import commercial
from safepost.detectors.base import Registry
from safepost.detectors.language import LinearTextModel
from safepost.engine import Checker
from safepost.packs import load_pack
from safepost.types import Post


@pytest.fixture(scope="module")
def checker(school_path: str) -> Checker:
    return Checker(load_pack("marshfields"), school=School.from_yaml(school_path),
                   registry=Registry(commercial.DETECTORS))


def found(checker: Checker, text: str, account: str = "official", author: str = "parent") -> list:
    ctx = checker.context(Post(text=text, account=account, author=author))
    return [s for s in checker.spans(text, ctx) if s.category == "commercial_content" and s.score >= 0.5]


@pytest.mark.parametrize("text, kind", [
    ("Check out my channel for more videos!", "spam"),
    ("Please subscribe to my YouTube channel", "spam"),
    ("Follow me on Instagram for daily giveaways", "spam"),
    ("Crypto investment opportunity, double your bitcoin in 7 days", "spam"),
    ("Earn £500 a week working from home, link in bio", "spam"),
    ("I'm selling my son's old bike, £40 ono, collection only", "selling"),
    ("Private maths tutor available, £30 per hour, message me for details", "advert"),
    ("New beauty salon opening on the high street, 20% off your first visit!", "advert"),
    ("Avon brochure out now, message me to order", "advert"),
    ("Please donate to my GoFundMe for my holiday", "donation"),
    ("Sponsor me for my marathon, link on my page", "donation"),
    ("Visit my Etsy shop for handmade cards", "advert"),
    ("Use code SUMMER50 for 50% off everything in my online shop", "advert"),
])
def test_commercial_content_is_found(checker: Checker, text: str, kind: str) -> None:
    spans = found(checker, text)
    assert any(s.kind == kind for s in spans), [(s.kind, s.score) for s in spans]


@pytest.mark.parametrize("text, account, author", [
    # the school's own events, fundraising and thanks (CONTRACT.md)
    ("Thank you to everyone who came to the cake sale, we raised £320 for the PTA!", "official", "staff"),
    ("Non-uniform day on Friday: please bring £1 for Children in Need.", "official", "staff"),
    ("The summer fair is on Saturday, raffle tickets £1 from the office.", "official", "staff"),
    ("Please pay for the Year 5 trip on ParentPay by Friday.", "official", "staff"),
    ("Please donate tins for our harvest food bank collection.", "official", "staff"),
    ("Tickets for the nativity are £2 each, on sale at the office.", "official", "staff"),
    ("Brookfield Primary School's Christmas jumper day raises money for Save the Children.", "personal", "staff"),
    ("How do I pay for the cake sale, is it cash only?", "official", "parent"),
    ("Is the PTA disco £3 or £4 this year?", "official", "parent"),
    # ordinary posts
    ("Lovely video, made my day", "official", "public"),
    ("Well done to the football team!", "official", "parent"),
    ("Who is watching this in 2015?", "official", "public"),
    ("Can anyone recommend a good book for a Year 3 reader?", "official", "parent"),
    ("The class followed the recipe and made bread.", "official", "staff"),
])
def test_not_commercial(checker: Checker, text: str, account: str, author: str) -> None:
    assert found(checker, text, account, author) == []


def test_selling_on_a_personal_account_is_commercial_even_beside_school_words(checker: Checker) -> None:
    text = "Selling my Avon at the school gates, DM me for prices"
    assert found(checker, text, "personal", "parent")


def test_official_staff_advert_for_someone_else_is_still_commercial(checker: Checker) -> None:
    assert found(checker, "Check out my channel and subscribe!", "official", "staff")


@pytest.mark.parametrize("text, evidence", [
    ("Bargain! I'm selling my pram, £40 ono", "£40 ono"),
    ("Ｃｈｅｃｋ ｏｕｔ ｍｙ ｃｈａｎｎｅｌ please", "Ｃｈｅｃｋ ｏｕｔ ｍｙ ｃｈａｎｎｅｌ"),
    ("Straße party! Please donate to my GoFundMe", "GoFundMe"),
])
def test_span_offsets_are_in_the_original_text(checker: Checker, text: str, evidence: str) -> None:
    spans = found(checker, text, "personal", "parent")
    assert any(s.start is not None and text[s.start:s.end] == evidence for s in spans), \
        [(text[s.start:s.end] if s.start is not None else None) for s in spans]


@pytest.mark.parametrize("text", ["", " ", "\x00", "£" * 10_000, "http://" * 3000, "\ud800 buy now", "🙂 subscribe 🙂",
                                  "a\x00£5\x00ono", "x" * 100_000])
def test_odd_input_never_raises(checker: Checker, text: str) -> None:
    for s in checker.detectors[0].detect(text, checker.context(Post(text=text))):
        assert 0.0 <= s.score <= 1.0
        assert s.start is None or 0 <= s.start < s.end <= len(text)
    checker.check(Post(text=text))


# Fresh examples (written for these tests, not taken from the corpus) for the mechanisms below.
@pytest.mark.parametrize("text, account, author, kind", [
    # a service offered with a way to get it: phone, DM, price per unit
    ("Text 07700 900 123 for ironing services, collection and delivery", "official", "parent", "advert"),
    ("Ring me on 0113 496 0111 for gardening quotes", "official", "parent", "advert"),
    ("Offering piano lessons for beginners, all ages welcome", "official", "public", "advert"),
    ("Doing gel nails from home now, £20 a set, message me to book", "personal", "staff", "selling"),
    ("Free boiler quotes this month, call Dave on 0161 496 0999", "official", "public", "advert"),
    ("New barbers opening on Station Road Monday, first cut half price!", "official", "public", "advert"),
    ("Car boot sale Sunday on the green, lots of toys going cheap", "personal", "staff", "selling"),
    ("Cleaning business just launched, DM me for prices", "personal", "staff", "selling"),
    # a personal sale beside school words is still a sale
    ("Selling a Brookfield book bag and two polo shirts, £4 the lot", "personal", "parent", "selling"),
    ("Selling Year 3 reading scheme books, hardly used", "personal", "staff", "selling"),
    # an advert for another business on the school's own page
    ("15% off at Greenway Garden Centre this week, just show this post!", "official", "staff", "advert"),
    ("Call in at Bright Spark Electrics for all your wiring needs, a Year 2 grandad!", "official", "staff", "advert"),
    # personal fundraising for an outside cause, even a charity schools also support
    ("Help me reach my target for the Macmillan bike ride, every penny counts", "personal", "staff", "donation"),
    ("Raffle tickets for my rugby club's draw, £1 a strip, message me", "personal", "staff", "selling"),
    # "follow" with self-promotion
    ("Pop over to my new page and follow for daily bakes and special offers", "personal", "staff", "advert"),
    ("Follow me on insta for free giveaways every week!!", "official", "public", "spam"),
    # a trader's words: rates, insurance, spaces to fill, "I sell", a relative's trade, codes, cheapest + a link
    ("Window cleaner covering Ashworth, competitive rates, DBS checked, text Mo", "official", "public", "advert"),
    ("Need a babysitter? Fully insured, message me", "official", "parent", "advert"),
    ("I have 3 places left at my holiday club from July, call me for details", "official", "parent", "advert"),
    ("Great assembly! I also sell Phoenix cards if anyone's after birthday cards", "official", "parent", "selling"),
    ("Can't recommend my sister enough for cakes, ring her on 07700 900 311", "official", "parent", "advert"),
    ("Trampoline park: 10% off for Brookfield families this half term with code JUMP10", "official", "staff", "advert"),
    ("Best prices on school shoes in town, visit www.shoes4kids.example", "official", "public", "advert"),
    ("My nephew's running the marathon for Cancer Research, link in comments if you can spare a quid", "personal", "staff", "donation"),
    # a family member's outside club or group raising money is not the school's own fundraising, whatever its words
    # (raffle, tombola, sponsored walk): written before the rule, round 8
    ("Selling raffle tickets for my daughter's netball club, £1 a strip, DM me", "official", "parent", "selling"),
    ("Tickets £3 each for my nephew's scout group tombola, text me if you want some", "personal", "staff", "selling"),
    ("Raffle for my husband's cricket club, tickets £2 each, message me", "official", "parent", "selling"),
    ("My lad's boxing club quiz night, £5 a ticket, inbox me for some", "personal", "parent", "selling"),
    # "can post" offers to send goods (round 8, written before the rule; the look-alikes are in the negatives)
    ("Kids' wellies size 10, £5, can post", "official", "parent", "selling"),
    ("Brand new school shoes size 2, £10, can post if needed", "personal", "parent", "selling"),
])
def test_adverts_sales_and_appeals_are_found(checker: Checker, text: str, account: str, author: str, kind: str) -> None:
    spans = found(checker, text, account, author)
    assert any(s.kind == kind for s in spans), [(s.kind, s.score) for s in spans]
    # every finding points at its evidence
    assert all(s.start is not None for s in spans)


@pytest.mark.parametrize("text, account, author", [
    # "follow" without self-promotion: a pupil's request, a link, the school's own accounts
    ("Can you follow me back please miss", "official", "pupil"),
    ("Follow the link in the newsletter for the consent form", "official", "staff"),
    ("Follow us on X for snow closure updates", "official", "staff"),
    ("Our spring concert is now on our YouTube channel", "official", "staff"),
    ("I followed the recipe exactly and the cake still sank", "personal", "staff"),
    # asking to buy is not selling
    ("Does anyone know anyone selling a second hand school blazer, age 7?", "personal", "parent"),
    ("Anybody got a cheap spare PE bag? Ours has vanished", "personal", "parent"),
    # contact details are personal information, not adverts
    ("My new personal email is jo.bell@example.com, old one is dead", "personal", "staff"),
    ("Please message me if you find a blue lunchbox with a dinosaur on it", "official", "parent"),
    ("Here's my number 07700 900 222 if the office needs me about pick-up", "official", "parent"),
    ("Got a new phone, please send me your numbers again", "personal", "staff"),
    # ordinary words that adverts also use
    ("Doing lessons outside today because of the heat", "personal", "staff"),
    ("Left the wellies in the car boot again", "personal", "staff"),
    ("Had my hair cut today, feel like a new woman", "personal", "staff"),
    ("I can't believe how much the shopping costs these days, £90 for one week!", "personal", "staff"),
    ("Anyone know a good plumber? Our boiler's packed in", "personal", "staff"),
    ("Great views from the top of Snowdon today", "personal", "staff"),
    # the school's own events, fundraising, thanks and suppliers
    ("Lovely to see our new library opening this morning, thank you PTA!", "personal", "staff"),
    ("Year 4 bake sale on Thursday, 50p a cake, all money to the school garden", "official", "staff"),
    ("Thank you to the Co-op for donating fruit for sports day!", "official", "staff"),
    ("Please vote for the new school council reps by Friday", "official", "staff"),
    ("Check out these amazing rainforest models from Year 3!", "official", "staff"),
    ("Free school meals applications are open, ask the office for a form", "official", "staff"),
    ("Brookfield Primary's sponsored read raised £450 for the school library", "personal", "staff"),
    ("School photos: order online by Friday using the code on your child's proof card", "official", "staff"),
    ("Our rates of reading have gone up this year, well done everyone", "official", "staff"),
    # a family member's club without money asked, or the school's own raffle (round 8, written before the rule)
    ("My son's football club won the cup today, so proud of them!", "personal", "parent"),
    ("Raffle tickets for the PTA summer fair are £1 each from the school office", "official", "parent"),
    ("Won a hamper in the raffle at my daughter's dance club, never win anything!", "personal", "staff"),
    ("Year 5's sponsored walk for the school garden is on Friday, forms in book bags", "official", "parent"),
    # "can post" about a letter, a certificate or posting on a page is not an offer to send goods (round 8)
    ("Send me your home address so I can post your certificate", "official", "parent"),
    ("Finally I can post on here again after my phone broke!", "personal", "staff"),
    ("Only the admins can post in this group, please message them instead", "official", "parent"),
    ("Not sure what I can post about the trip yet, waiting for the consent list", "personal", "staff"),
    # money offered to children in private is an approach to children (safety_risk), not commerce
    ("Any girls from the juniors want to earn £20 for helping me? dm me", "official", "public"),
])
def test_true_negatives_on_school_posts(checker: Checker, text: str, account: str, author: str) -> None:
    assert found(checker, text, account, author) == []


@pytest.mark.parametrize("text, cue", [
    ("Cheap followers and likes!!! www.boost-example.net", "Cheap"),
    ("Search my name on youtube, trust me", "Search"),
    ("This video got me through exams, a million views soon", "video"),
])
def test_a_model_finding_points_at_a_sign_of_commerce(checker: Checker, text: str, cue: str) -> None:
    det = checker.detectors[0]
    always = LinearTextModel(det.model.weights, det.model.bias, 0.0, {})
    spans = [s for s in _with_model(det, always).detect(text, checker.context(Post(text=text))) if s.attrs.get("model")]
    assert [text[s.start:s.end] for s in spans] == [cue]


@pytest.mark.parametrize("text", [
    "Hi Sam, can you DM me please? Need a word about tomorrow",
    "My mobile's new, the number is 07700 900 111",
    "Email for the reading group list: ann.reads@example.org",
    "Anyone selling a cheap kids' bike?",
    "Lost dog near the park, brown and white, please message if seen",
])
def test_the_model_alone_never_makes_a_finding(checker: Checker, text: str) -> None:
    det = checker.detectors[0]
    always = LinearTextModel(det.model.weights, det.model.bias, 0.0, {})
    assert _with_model(det, always).detect(text, checker.context(Post(text=text, account="personal", author="staff"))) == []


def _with_model(det: commercial.CommercialDetector, model: LinearTextModel) -> commercial.CommercialDetector:
    copy = commercial.CommercialDetector()
    copy._model = model
    copy._school_rx = det._school_rx
    return copy


def test_spam_model_ships_and_was_not_trained_on_the_held_out_videos() -> None:
    model = commercial.DETECTORS[0].model
    assert model is not None
    assert model.meta["held_out"] == ["Youtube04-Eminem.csv", "Youtube05-Shakira.csv"]
