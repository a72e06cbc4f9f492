"""Realistic Meta Page 'feed' comment deliveries for the moderation load benchmark, signed as Meta signs them.

A fixed seed makes the same 10,000 deliveries every run: comments on the school's posts from a pool of parents
and members of the public (some write several times, some change their display name), in a mix of clean,
abusive, spam, personal information, threats and comments a person must read (emoji only, another language).
Redeliveries are byte-identical copies of earlier deliveries (Meta retries with the same body); a bad signature
is signed with the wrong secret, garbled or missing. No text here comes from the held-aside test corpus.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import random
from dataclasses import dataclass, field

FIRST = ["Sarah", "Dan", "Gary", "Priya", "Tom", "Aisha", "Kelly", "Mark", "Joanne", "Wes", "Nadia", "Chris",
         "Leanne", "Imran", "Becky", "Paul", "Zoe", "Craig", "Fatima", "Hannah", "Lee", "Megan", "Owen", "Ruth"]
LAST = ["Ahmed", "Price", "Hollis", "Shah", "Walker", "Khan", "Evans", "Jones", "Lloyd", "Morgan", "Patel", "Hughes",
        "Roberts", "Davies", "Thomas", "Clarke", "Begum", "Wright", "Edwards", "Bennett"]
EVENTS = ["assembly", "sports day", "nativity", "Christmas fair", "reading morning", "museum trip", "cake sale",
          "netball match", "science week", "harvest festival", "book week", "summer concert"]
CLASSES = ["Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6", "Reception", "the choir", "the football team"]
STAFF = ["Mrs Hughes", "Mr Patel", "Miss Lloyd", "Mrs Begum", "Mr Jones", "the office staff", "the PTA"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

CLEAN = [
    "Lovely to see {cls} at the {ev} this morning, well done everyone!",
    "Well done to {cls} for the {ev}, really proud of them all.",
    "Thank you {staff} for all your help this term.",
    "Is the school open on {day} for the training day or not?",
    "What time does the {ev} start on {day}?",
    "Great photos from the {ev}, thank you for sharing.",
    "Can parents still sign up for the {ev}?",
    "Brilliant {ev}, my son loved it.",
    "Thank you to {staff} for organising the {ev}, raised loads!",
    "Does anyone know if {cls} need PE kit on {day}?",
    "Such a lovely school, thank you {staff}.",
    "Fantastic effort from {cls} at the {ev} yesterday.",
]
ABUSIVE = [
    "Absolute morons running this place, bunch of idiots",
    "The teachers here are lazy and useless, total waste of space",
    "You're a fucking disgrace, the lot of you",
    "This school is a joke, the head is a useless fat cow and a fraud",
    "{staff} is a pathetic excuse for a teacher, shut up and resign",
    "What a shit {ev}, whoever organised it is a complete idiot",
    "Useless bunch of clowns, my dog could run this school better",
]
SPAM = [
    "Earn £{n}00 a day from home, DM me for the link",
    "BUY CHEAP FOLLOWERS now at www.cheapfollowers{n}.biz click here",
    "Crypto investment doubling your money in {n} days!!! message me",
    "Win a free iPhone, just click www.prizes-{n}.example and enter your card details",
    "Selling cheap designer trainers, inbox me for prices, {n} pairs left",
]
PERSONAL = [
    "Ring me on 07700 900{n3} if you want my old uniform for free",
    "Struggling with maths? Call me on 07700 900{n3} for cheap tutoring",
    "My address is {n} Station Road if anyone wants to drop the costumes round",
    "Email me at {first}.{last}{n}@example.com about the lift share",
    "Text 07700 900{n3}, I'm selling raffle tickets for the {ev}",
]
THREATS = [
    "I know where that teacher lives and I'm going to hurt her",
    "I will kill you all at the school gate tomorrow",
    "Someone should burn this school down with {staff} inside it",
    "I'm going to come in on {day} and smash {staff}'s face in",
]
PERSON = [  # the check cannot read these, so a person must
    "😡😡😡",
    "👏👏👏🎉",
    "Dziękujemy bardzo za wspaniały koncert, dzieci były cudowne",
    "Très bien fait les enfants, bravo à toute l'équipe pour le spectacle",
    "Diolch yn fawr i'r athrawon am ddiwrnod chwaraeon gwych",
]
MIX = [("clean", 0.62, CLEAN), ("abusive", 0.13, ABUSIVE), ("spam", 0.09, SPAM), ("personal", 0.07, PERSONAL),
       ("threat", 0.02, THREATS), ("person", 0.07, PERSON)]


@dataclass
class Delivery:
    body: bytes
    signature: str | None  # the X-Hub-Signature-256 header (None: no header)
    kind: str  # valid | duplicate | bad
    comment_id: str
    category: str
    extra: dict = field(default_factory=dict)


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _text(rng: random.Random, templates: list[str], first: str, last: str) -> str:
    return rng.choice(templates).format(cls=rng.choice(CLASSES), ev=rng.choice(EVENTS), staff=rng.choice(STAFF),
                                        day=rng.choice(DAYS), n=rng.randint(2, 99), n3=f"{rng.randint(0, 999):03d}",
                                        first=first.lower(), last=last.lower())


def _body(page: str, cid: str, post: str, author: tuple[str, str], text: str, t: int) -> bytes:
    value = {"from": {"id": author[0], "name": author[1]},
             "post": {"id": post, "status_type": "added_photos", "is_published": True},
             "message": text, "post_id": post, "comment_id": cid, "created_time": t, "item": "comment",
             "parent_id": post, "verb": "add"}
    doc = {"object": "page", "entry": [{"id": page, "time": t + 2, "changes": [{"field": "feed", "value": value}]}]}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def make(n: int, page: str, secret: str, dup: float = 0.05, bad: float = 0.02, seed: int = 2026) -> list[Delivery]:
    """`n` deliveries in sending order: round(n*dup) redeliveries, round(n*bad) with a bad signature, the rest new."""
    rng = random.Random(seed)
    n_dup, n_bad = round(n * dup), round(n * bad)
    n_new = n - n_dup - n_bad
    authors = []
    for i in range(1500):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        authors.append((f"lb{100000 + i}", f"{first} {last}"))
    weights = [p for _, p, _ in MIX]
    posts = [f"{page}_lbp{i}" for i in range(40)]
    t0 = 1795161600
    out: list[Delivery] = []
    for i in range(n_new):
        a = authors[min(int(rng.paretovariate(1.2)) - 1, len(authors) - 1)] if rng.random() < 0.3 else rng.choice(authors)
        if rng.random() < 0.02:  # the same person under another display name: still one author
            a = (a[0], a[1].split()[0][0] + " " + a[1].split()[-1])
        cat, _, templates = rng.choices(MIX, weights)[0]
        first, last = a[1].split()[0], a[1].split()[-1]
        post = rng.choice(posts)
        cid = f"{post.split('_', 1)[1]}_lbc{i:06d}"  # Graph's comment ids are '<post>_<comment>'
        body = _body(page, cid, post, a, _text(rng, templates, first, last), t0 + i)
        out.append(Delivery(body, sign(secret, body), "valid", cid, cat))
    # Redeliveries: copies of earlier deliveries, sent later (Meta retries when an answer is slow or lost).
    for _ in range(n_dup):
        j = rng.randrange(len(out))
        while out[j].kind != "valid":
            j = rng.randrange(len(out))
        k = rng.randint(j + 1, len(out))
        d = out[j]
        out.insert(k, Delivery(d.body, d.signature, "duplicate", d.comment_id, d.category))
    # Bad signatures: never stored, never processed.
    for i in range(n_bad):
        body = _body(page, f"lbbad{i:05d}", posts[0], authors[i % len(authors)],
                     _text(rng, ABUSIVE if i % 2 else CLEAN, "Mal", "Lory"), t0 + i)
        how = i % 4
        sig = (sign("not-the-app-secret", body) if how == 0 else
               sign(secret, body + b" ") if how == 1 else  # signed over other bytes
               "sha256=" + "0" * 64 if how == 2 else None)  # garbage, or no header at all
        out.insert(rng.randint(0, len(out)), Delivery(body, sig, "bad", f"lbbad{i:05d}", "bad"))
    return out
