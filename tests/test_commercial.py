"""commercial_content: adverts, selling, donations and spam found; the school's own fundraising left alone."""
from __future__ import annotations

import pytest

from safepost.context import School
from safepost.detectors import commercial
from safepost.detectors.base import Registry
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


def test_spam_model_ships_and_was_not_trained_on_the_held_out_videos() -> None:
    model = commercial.DETECTORS[0].model
    assert model is not None
    assert model.meta["held_out"] == ["Youtube04-Eminem.csv", "Youtube05-Shakira.csv"]
