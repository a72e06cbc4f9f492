"""A price offered to the reader is commercial content (lead, 2026-11-22).

The principle (CONTRACT.md: "adverts for others, selling, prices, asking for money, and spam"): a price is commerce when
the post also offers something to the reader: a way to buy, book or get in touch ("ring Dave", "book via my page"), a
seller's word (a stall, handmade, "this week only", "from £999", "£10 a basket"), or a service named as one. A price on
its own stays weak evidence, and the school's own fundraising, asking to buy, a price paid or complained about are not
commercial. Every row was written before the rule was run (a trader's advert on the school page was missed: "Cheap
driveways!! Block paving from £999, ring Dave …").
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

COMM = ("commercial_content",)

PARAPHRASES = [
    row('Cheap driveways!! Block paving from £999, ring Dave 07700 900388', COMM, author='public', account='official'),
    row('Ironing service, £10 a basket, collection from the school gates, message me', COMM, author='parent', account='personal'),
    row('Cake stall tomorrow 9-2 at the market, brownies £2', COMM, author='staff', account='personal'),
    row('Nails by Jade 💅 gel sets £20 this week only, book via my page', COMM, author='staff', account='personal'),
    row('Tutoring available for KS2 SATs, £25 an hour, DM for details', COMM, author='staff', account='personal'),
    row('Selling Year 6 leavers hoodie, size 12, worn once, £8', COMM, author='parent', account='personal'),
    row('Handmade Christmas wreaths £15 each, order by Friday!', COMM, author='staff', account='personal'),
    row('Oven cleaning from £45, fully insured, free quotes, call 07700 900111', COMM, author='public', account='official'),
    row('New Avon brochure is out! Message me to order 😘', COMM, author='staff', account='personal'),
    row('Local window cleaner, reliable, £12 a house, ring Steve', COMM, author='public', account='official'),
    row("Book your child's birthday party with Bouncy Bob's castles, from £60 a day!", COMM, author='public', account='official'),
    row("Two tickets for Disney on Ice, £30 each, can't go anymore", COMM, author='parent', account='personal'),
    row('Dog walking £8 a walk, fully insured, covering the Brookfield area', COMM, author='staff', account='personal'),
    row('Sold out of Victoria sponges by 11 at the market today! Next Saturday same spot, £3 a slice', COMM, author='staff', account='personal'),
    row('Please sponsor me for the Great North Run, link in bio, every £1 helps', COMM, author='staff', account='personal'),
]

ORDINARY = [
    row("Rose's mum here, anyone got a spare Year 2 jumper, age 7? Happy to pay", COMM, author='parent', account='personal'),
    row('PTA cake sale on Friday after school, cakes 50p, all money to the school', COMM, author='staff', account='official'),
    row('School dinners go up to £2.60 from January', COMM, author='staff', account='official'),
    row('Trip costs £12, please pay on ParentPay by Friday', COMM, author='staff', account='official'),
    row('Non-uniform day Friday, £1 donation for Children in Need', COMM, author='staff', account='official'),
    row('Our plumber was brilliant, fixed the boiler in an hour', COMM, author='staff', account='personal'),
    row('Bought a new coat for £40 in the sale, bargain', COMM, author='staff', account='personal'),
    row('Parking at the leisure centre has gone up to £5, ridiculous', COMM, author='parent', account='personal'),
    row('Dave the caretaker fixed the gate today, thanks Dave!', COMM, author='staff', account='official'),
    row('Took the kids to the market on Saturday, lovely cakes', COMM, author='staff', account='personal'),
    row('Book fair in the library this week, books from £2', COMM, author='staff', account='official'),
    row('£999 for a school trip to Paris? No chance, far too expensive', COMM, author='parent', account='official'),
    row('Cheap as chips, that new head, and twice as greasy', COMM, author='parent', account='personal'),
    row('Ring the office on 01632 960418 if your child is absent', COMM, author='staff', account='official'),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("newport-cejs")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_are_not_flagged(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_offers_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
