"""Languages: the detectors read English; a comment probably in another language (or only emoji) is queued for a
person, never passed as clean; an English comment with a few foreign words is still checked. The settings page
and docs/connectors.md say so in plain English."""
from __future__ import annotations

import pytest

from safepost_web.moderation.models import Comment, State

from .conftest import ROOT
from .test_moderation import as_user, deliver, fb, mworld  # noqa: F401  (this module's world and helpers)

NOT_ENGLISH = "Probably not in English"
EMOJI = "Only emoji or symbols"


@pytest.mark.parametrize("language,text,state,note", [
    # Not English: waits for a person whatever the check says, with the reason.
    ("Welsh", "Diolch yn fawr i'r athrawon am y cyngerdd hyfryd neithiwr", State.PENDING, NOT_ENGLISH),
    ("Welsh", "Da iawn i bawb yn y tîm pêl-droed heddiw", State.PENDING, NOT_ENGLISH),
    ("Welsh", "Llongyfarchiadau i flwyddyn 6 ar eu gwaith", State.PENDING, NOT_ENGLISH),
    ("Polish", "Dziękujemy bardzo za wspaniały koncert, dzieci były cudowne", State.PENDING, NOT_ENGLISH),
    ("Polish", "Szkoła jest beznadziejna, nauczyciele są leniwi", State.PENDING, NOT_ENGLISH),
    ("Urdu", "بچوں کا کنسرٹ بہت اچھا تھا، شکریہ", State.PENDING, NOT_ENGLISH),
    ("Urdu", "یہ اسکول بہت برا ہے", State.PENDING, NOT_ENGLISH),
    ("French", "Très bien fait les enfants, bravo à toute l'équipe pour le spectacle", State.PENDING, NOT_ENGLISH),
    # Emoji only: the check cannot read them.
    ("emoji", "😡😡😡", State.PENDING, EMOJI),
    ("emoji", "👏👏 ❤️", State.PENDING, EMOJI),
    # English with a few words of another language: checked as English, like any other comment.
    ("mixed", "Lovely concert, merci beaucoup to all the teachers and the children", State.CLEAN, ""),
    ("mixed", "Well done to the netball team, diolch yn fawr!", State.CLEAN, ""),
    ("mixed", "Great trip, the kids loved the museum, gracias amigos", State.CLEAN, ""),
    ("mixed", "You're a fucking disgrace, the lot of you, dziękuję", State.PENDING, ""),
    ("English", "Lovely assembly today, well done everyone!", State.CLEAN, ""),
])
def test_languages_the_check_cannot_read_wait_for_a_person(mworld, client, language, text, state, note):
    deliver(client, fb([{"id": "c1", "text": text}]))
    c = Comment.objects.get()
    assert c.state == state, (language, c.verdict, c.note)
    if note:
        assert note in c.note
    else:
        assert NOT_ENGLISH not in c.note and EMOJI not in c.note
    if language == "mixed" and state == State.PENDING:
        assert c.verdict == "block" and c.findings  # the English words were checked


def test_the_queue_says_why_a_person_must_read_it(mworld, client, as_user):
    deliver(client, fb([{"id": "c1", "text": "Szkoła jest beznadziejna, nauczyciele są leniwi"}]))
    html = as_user("carol").get("/s/brookfield/moderation/queue/").content.decode()
    assert "Needs a person:" in html and "use a translator" in html


def test_the_settings_page_says_which_languages_are_covered(mworld, as_user):
    html = as_user("alice").get("/s/brookfield/moderation/settings/facebook/").content.decode()
    assert "The automatic checks read English only" in html
    assert "never passed as clean" in html and "waits in the queue for a person" in html


def test_the_docs_say_which_languages_are_covered():
    text = (ROOT / "docs" / "connectors.md").read_text(encoding="utf-8")
    assert "English only" in text and "queue" in text and "Welsh" in text
