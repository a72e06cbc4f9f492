"""Who wrote a comment (parent, pupil, public): the school's mark on an author first, then the comment's own words,
then the page's default; the queue shows the guess and why. Also: an author who changes display name keeps their
history, and a comment already removed on the platform shows as such. carol moderates Brookfield (marshfields pack:
a parent's complaint on the page is 'warn', the public's is allowed)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from safepost_web.audit.models import AuditEntry
from safepost_web.moderation.authors import guess_author
from safepost_web.moderation.models import Author, Comment, ModerationError, PageSettings, State

from .test_moderation import as_user, deliver, fb, mworld  # noqa: F401  (this module's world and helpers)


@pytest.mark.parametrize("text,default,kind,words", [
    # parents and carers
    ("Brilliant trip to the museum, my son loved it", "public", "parent", "my son"),
    ("Can someone tell me when my daughter's class goes swimming?", "public", "parent", "my daughter's"),
    ("As a parent I am disappointed with the new lunch menu", "public", "parent", "as a parent"),
    ("Our kids had a great time at the disco", "public", "parent", "our kids"),
    ("Proud mum of a year 2 star reader!", "public", "parent", "mum of a year 2"),
    ("My grandson can't stop talking about the nativity", "pupil", "parent", "my grandson"),
    ("I’m a parent here and nobody answers the phone", "public", "parent", "i'm a parent"),  # curly apostrophe
    # pupils
    ("I'm in year 9 and the homework is way too much", "public", "pupil", "i'm in year 9"),
    ("im in yr 10 and our form tutor is the best", "parent", "pupil", "im in yr 10"),
    ("My form tutor said the trip is cancelled??", "public", "pupil", "my form tutor"),
    ("I am a student here and the toilets are disgusting", "public", "pupil", "i am a student here"),
    # members of the public
    ("I live near the school and the parking at pick-up is dangerous", "parent", "public", "i live near the school"),
    ("Former pupil here, so glad to see the old library reopened", "parent", "public", "former pupil"),
    # nothing said: the page's default, whatever it is
    ("What time does the Christmas fair start?", "public", "public", ""),
    ("What time does the Christmas fair start?", "parent", "parent", ""),
    ("😡😡😡", "pupil", "pupil", ""),
    ("", "parent", "parent", ""),
    # true negatives: a word alone is not a sign
    ("The son et lumière show was lovely", "public", "public", ""),
    ("Year 9 did a brilliant concert", "public", "public", ""),
    ("Parents evening is on Tuesday", "public", "public", ""),
    ("Is the school open in year 2026?", "public", "public", ""),
    # both a parent's and a pupil's words: not taken as either
    ("My son is in my class and I'm in year 9", "public", "public", "both"),
])
def test_guess_from_the_words(text, default, kind, words):
    g = guess_author(text, None, default)
    assert g.kind == kind
    if words == "both":
        assert g.source == "page" and "both" in g.why
    elif words:
        assert g.source == "comment" and f'"{words}"' in g.why.lower()
    else:
        assert g.source == "page" and "default" in g.why


@pytest.mark.parametrize("marked,text,kind", [
    ("parent", "I'm in year 9 lol", "parent"),          # the school's mark beats the words
    ("pupil", "What time is the fair?", "pupil"),
    ("public", "My son loved it", "public"),
    ("", "My son loved it", "parent"),                 # not marked: the words decide
])
def test_the_schools_mark_comes_first(marked, text, kind):
    g = guess_author(text, SimpleNamespace(kind=marked), "public")
    assert g.kind == kind
    assert (g.source == "school") == bool(marked)
    if marked:
        assert g.why.startswith("The school marked this author as")


@pytest.mark.parametrize("text,state,kind", [
    # Checked as the public, a complaint is allowed; the words say a parent wrote it: a parent's complaint is 'warn'.
    ("My son says the teachers are rubbish and the school is a joke", State.PENDING, "parent"),
    ("Worst school in the county, total waste of time", State.CLEAN, "public"),
    ("I'm in year 9 and the school is rubbish", State.PENDING, "pupil"),
])
def test_the_guess_is_the_context_the_check_uses(mworld, client, text, state, kind):
    deliver(client, fb([{"id": "c1", "text": text}]))
    c = Comment.objects.get()
    assert (c.state, c.author_kind) == (state, kind) and c.author_kind_why


def test_the_queue_shows_the_guess_and_why(mworld, client, as_user):
    deliver(client, fb([{"id": "c1", "text": "My son says the teachers are rubbish and the school is a joke"}]))
    html = as_user("carol").get("/s/brookfield/moderation/queue/").content.decode()
    assert "Checked as written by: <strong>parent or carer</strong>" in html
    assert "The comment says &quot;my son&quot;." in html


def test_carol_marks_an_author_on_their_history_page(mworld, client, as_user):
    """carol knows 'Pat Smith' is a parent: she marks them; their waiting comment is checked again, it is logged,
    and their next comment is checked as a parent's without any sign in its words."""
    deliver(client, fb([{"id": "c1", "text": "Worst school in the county, total waste of time", "author": "u5"},
                        {"id": "c2", "text": "😡😡", "author": "u5"}]))
    a = Author.objects.get(platform_id="u5")
    assert Comment.objects.get(comment_id="c1").state == State.CLEAN  # as the public: allowed
    carol = as_user("carol")
    page = carol.get(f"/s/brookfield/moderation/authors/{a.pk}/").content.decode()
    assert "Who is this author?" in page and "Not marked" in page
    r = carol.post(f"/s/brookfield/moderation/authors/{a.pk}/kind/",
                   {"kind": "parent", "reason": "Her daughter is in year 4"}, follow=True)
    html = r.content.decode()
    assert "is a parent or carer" in html and "1 waiting comment was checked again" in html
    a.refresh_from_db()
    assert (a.kind, a.kind_set_by) == ("parent", mworld.carol)
    entry = AuditEntry.objects.get(action="moderation.author_kind_set")
    assert entry.actor == mworld.carol and entry.reason == "Her daughter is in year 4"
    assert entry.detail == "guessed from each comment → Parent or carer"
    emoji = Comment.objects.get(comment_id="c2")
    assert (emoji.state, emoji.author_kind) == (State.PENDING, "parent")
    assert "The school marked" in emoji.author_kind_why
    assert emoji.note.count("Only emoji") == 1 and "Checked again" in emoji.note
    assert Comment.objects.get(comment_id="c1").state == State.CLEAN  # decided comments are left as they were
    deliver(client, fb([{"id": "c3", "text": "Worst school in the county, total waste of time", "author": "u5"}]))
    c3 = Comment.objects.get(comment_id="c3")
    assert (c3.author_kind, c3.state) == ("parent", State.PENDING)
    # The same mark again changes nothing and says so; going back to guessing is logged too.
    with pytest.raises(ModerationError, match="already"):
        a.set_kind(mworld.carol, "parent")
    carol.post(f"/s/brookfield/moderation/authors/{a.pk}/kind/", {"kind": "", "reason": "Not sure after all"})
    a.refresh_from_db()
    assert a.kind == "" and AuditEntry.objects.filter(action="moderation.author_kind_set").count() == 2


@pytest.mark.parametrize("who,status", [("carol", 302), ("erin", 302), ("bob", 403), ("dave", 403), ("mallory", 403)])
def test_who_may_mark_an_author(mworld, client, as_user, who, status):
    deliver(client, fb([{"id": "c1", "author": "u5"}]))
    a = Author.objects.get()
    r = as_user(who).post(f"/s/brookfield/moderation/authors/{a.pk}/kind/", {"kind": "pupil"})
    assert r.status_code == status
    a.refresh_from_db()
    assert (a.kind == "pupil") == (status == 302)


def test_a_bad_mark_is_refused_plainly(mworld, client, as_user):
    deliver(client, fb([{"id": "c1", "author": "u5"}]))
    a = Author.objects.get()
    r = as_user("carol").post(f"/s/brookfield/moderation/authors/{a.pk}/kind/", {"kind": "headteacher"}, follow=True)
    assert r.status_code == 200 and b"Choose parent or carer" in r.content
    a.refresh_from_db()
    assert a.kind == "" and not AuditEntry.objects.filter(action="moderation.author_kind_set").exists()


def test_the_page_default_is_used_when_nothing_else_says(mworld, client):
    PageSettings.objects.filter(pk=mworld.page.pk).update(default_author="parent")
    deliver(client, fb([{"id": "c1", "text": "Worst school in the county, total waste of time"}]))
    c = Comment.objects.get()
    assert (c.author_kind, c.state) == ("parent", State.PENDING) and "default" in c.author_kind_why


# -- display names and removed comments --------------------------------------------------------------------------------
def test_an_author_who_changes_display_name_keeps_their_history(mworld, client, as_user):
    """Gary Hollis comments, then comes back as 'G Hollis' and 'Gaz': one author, three names, three strikes."""
    abuse = "Absolute morons running this place, bunch of idiots"
    for i, name in enumerate(["Gary Hollis", "G Hollis", "Gaz"]):
        deliver(client, fb([{"id": f"c{i}", "text": abuse, "author": "m102", "name": name}]))
    a = Author.objects.get()
    assert a.name == "Gaz" and a.comments.count() == 3
    assert a.names_seen() == ["Gaz", "G Hollis", "Gary Hollis"]
    for c in a.comments.all():
        c.hide(mworld.carol)
    page = as_user("carol").get(f"/s/brookfield/moderation/authors/{a.pk}/").content.decode()
    assert "Gaz, G Hollis, Gary Hollis" in page and "the same author" in page
    assert "3 in the last 90 days" in page and "At the strike limit" in page
    # In the queue and on a comment, the name at the time is shown with the name now.
    c0 = Comment.objects.get(comment_id="c0")
    assert "now called Gaz" in as_user("carol").get(f"/s/brookfield/moderation/comments/{c0.pk}/").content.decode()


def test_a_comment_removed_on_the_platform_shows_as_such_in_the_queue(mworld, client, as_user):
    """The writer deletes their own comment before carol gets to it: Meta sends verb 'remove'."""
    abuse = "You're a fucking disgrace, the lot of you"
    deliver(client, fb([{"id": "c1", "text": abuse}]))
    deliver(client, fb([{"id": "c1", "text": abuse, "verb": "remove"}]))
    c = Comment.objects.get()
    assert c.removed_on_platform and c.state == State.PENDING and c.text == abuse  # the record is kept
    html = as_user("carol").get("/s/brookfield/moderation/queue/").content.decode()
    assert "Already removed on Facebook." in html
    # No delete button for what is gone already; hiding still records the strike.
    assert '<button name="action" value="delete">' not in html and '<button name="action" value="hide">' in html
    # Deleting it again is refused plainly; hiding it still counts a strike and calls nothing.
    with pytest.raises(ModerationError, match="gone from the platform"):
        c.delete_on_platform(mworld.carol)
    c.hide(mworld.carol)
    assert c.state == State.HIDDEN and not mworld.fake.calls and c.author.removed_in_window(90) == 1
