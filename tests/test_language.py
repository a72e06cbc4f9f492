"""offensive_language and abuse_or_hate: real school-page cases, disguises, true negatives, offsets, odd input."""
from __future__ import annotations

import re

import pytest

from safepost.detectors import language
from safepost.detectors.base import Registry
from safepost.engine import Checker
from safepost.packs import load_pack
from safepost.types import Post

CHECKER = Checker(load_pack("marshfields"), registry=Registry(language.DETECTORS))


def spans(text: str, category: str, account: str = "official", author: str = "parent") -> list:
    """Spans of one category scoring >= 0.5, as the engine sees them (after merging)."""
    ctx = CHECKER.context(Post(text=text, account=account, author=author))
    return [s for s in CHECKER.spans(text, ctx) if s.category == category and s.score >= 0.5]


# --- swearing ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, evidence, kind", [
    ("This is fucking ridiculous", "fucking", "profanity"),
    ("What a load of bollocks", "bollocks", "crude"),
    ("f*** this", "f***", "profanity"),
    ("F*cking hell, the car park again", "F*cking", "profanity"),
    ("Sh1t happens", "Sh1t", "profanity"),
    ("oh s h i t", "s h i t", "profanity"),
    ("$hit weather", "$hit", "profanity"),
    ("fvck off", "fvck", "profanity"),
    ("what the fuсk is this", "fuсk", "profanity"),             # Cyrillic es
    ("fuuuuuck me", "fuuuuuck", "profanity"),
    ("sh!te dinner today", "sh!te", "profanity"),
    ("Pure bullshit from the council", "bullshit", "profanity"),
    ("you absolute wanker", "wanker", "profanity"),
    ("He's a bellend", "bellend", "profanity"),
    ("stop acting the twat", "twat", "profanity"),
    ("she is a minger", "minger", "crude"),
    ("you pillock", "pillock", "crude"),
    ("you stupid git", "git", "crude"),
    ("oh sod off", "sod", "crude"),
    ("can't be arsed", "arsed", "crude"),
    ("total shitshow at drop-off", "shitshow", "profanity"),
    ("cba with marking tonight", "cba", "crude"),
])
def test_swearing_found_in_the_original_text(text: str, evidence: str, kind: str) -> None:
    found = spans(text, "offensive_language")
    assert any(text[s.start:s.end] == evidence and s.kind == kind for s in found), found


@pytest.mark.parametrize("text, low, high", [
    ("what a load of bollocks", 0.6, 0.9),
    ("what a fucking mess", 0.9, 1.0),      # strong: profanity
    ("cunt", 0.95, 1.0),
    ("that's crap", 0.55, 0.7),
])
def test_swearing_is_graded(text: str, low: float, high: float) -> None:
    found = spans(text, "offensive_language")
    assert found and all(low <= s.score <= high for s in found)


@pytest.mark.parametrize("text", [
    "Scunthorpe United won on Saturday",
    "Our class will assess the analysis of the experiment",
    "The therapist visits on Tuesdays",
    "We read Dickens in Year 6",
    "A trip to Sussex and Essex",
    "Mocktail and cocktail sausages at the summer fair",
    "hello everyone, shell collecting at the beach",
    "git clone the repository for the coding club",
    "Great passing in the match, well done",
    "Cocktail, Dickens, Hancock, Middlesex, assassin, bass, grasshopper, titmouse",
    "Please sign the homework diary",
    "The cock crowed on the farm trip" ,
    "Can Dick Whittington be our pantomime this year?",
    "Hello! Just checking the shellfish allergy list",
    "We won 3-1, what a day",
    # the mild intensifier "bloody" is not labelled offensive (corpus/README.md)
    "the bloody weather again",
    "Bloody hell, the boiler's gone",
])
def test_ordinary_words_are_not_swearing(text: str) -> None:
    assert spans(text, "offensive_language") == []


# --- abuse, threats, hate ------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("You're a useless idiot", "insult"),
    ("that teacher is a waste of space", "insult"),
    ("Mr Hughes is a complete moron", "insult"),
    ("The head is thick as mince", "insult"),
    ("you wanker", "insult"),
    ("fuck you", "insult"),
    ("I'll be waiting for you at the gate", "threat"),
    ("someone should sort her out", "threat"),
    ("Watch your back", "threat"),
    ("I know where you live", "threat"),
    ("I'm going to smash your face in", "threat"),
    ("they should all be shot", "threat"),
    ("I'm going to hurt every one of you", "threat"),
    ("I will murder those immigrants", "threat"),
    ("You are absolute trash", "insult"),
    ("kill yourself", "harassment"),
    ("nobody likes you, go away", "harassment"),
    ("I hate Muslims", "religious"),
    ("Immigrants are vermin", "racist"),
    ("Gay people are disgusting", "homophobic"),
    ("Trans people are not welcome here", "transphobic"),
    ("Disabled people are a burden on society", "disability"),
    ("Women are inferior", "sexist"),
    ("Jews can't be trusted", "religious"),
    ("I h4te bl4ck p3ople", "racist"),
    ("I hate w o m e n", "sexist"),
    ("You faggot", "homophobic"),
    ("stop being such a retard", "disability"),
    ("go back to where you came from", "racist"),
    ("That's so gay", "homophobic"),
    ("Immigrants belong in a zoo", "racist"),
])
def test_abuse_is_found_with_its_kind(text: str, kind: str) -> None:
    found = spans(text, "abuse_or_hate")
    assert any(s.kind == kind for s in found), [(s.kind, s.score) for s in found]


@pytest.mark.parametrize("text", [
    # swearing is not abuse
    "Fucking hell, what a day",
    "I'm so fucking tired of this rain",
    "Shit, I forgot the PE kit again",
    "We fucked off home right after the concert",
    "He was so pissed off about the parking",
    "Bloody brilliant performance from Year 4!",
    # counter-speech, quotation, reclaiming
    "Calling someone a faggot is never OK",
    "He called me a 'paki' and I reported it",
    "The word 'retard' is never acceptable in our school",
    "Saying that immigrants are vermin is racist and wrong",
    "I'm gay and proud",
    "I'm a proud dyke and a mum of two",
    # positive and neutral identity statements
    "I love Muslims",
    "Gay people deserve respect",
    "I don't hate anyone, least of all immigrants",
    "Women are not inferior",
    "Eid Mubarak to all our Muslim families!",
    "As a disabled parent I loved the accessible fair",
    "Black History Month assembly was brilliant",
    "Half the girls are off sick today",
    # British homonyms
    "Faggots and peas for tea tonight",
    "Popped out for a fag break",
    # ordinary school posts
    "Well done girls, you were brilliant",
    "I will get the bus home after the match",
    "We killed it at the quiz night!",
    "Thank you so much, you are a star",
    "We will teach you how to make pancakes",
    "You'll pay £5 on the door",
    "The football team battled hard but lost 2-1",
    "Can someone sort out the car park please?",
    "I will kill the lights when I leave the hall",
    "We will beat all the other teams on Saturday!",
    "Shut the front door, we won the league!",
])
def test_not_abuse(text: str) -> None:
    assert spans(text, "abuse_or_hate") == [], [(s.kind, s.score, s.evidence) for s in spans(text, "abuse_or_hate")]


# --- the families seen on school pages (fresh examples, not corpus text) ----------------------------

@pytest.mark.parametrize("text, kind", [
    # aimed insult: a target plus an insult word, masked swearing allowed
    ("Whoever answers the school phone is a f*cking moron", "insult"),
    ("That office is staffed by a pack of f***ing muppets and clowns", "insult"),
    ("Some of the dads on the PTA are absolute cretins", "insult"),
    ("those f**king dinner ladies again", "insult"),
    ("Shitting lollipop man nearly let a car hit us", "insult"),
    # bullying of a child: a name plus a mocking predicate or emoji, exclusion
    ("Kayden Price stinks 🤮 dont sit near him", "harassment"),
    ("Lola Briggs has no friends and is so weird lol", "harassment"),
    ("nobody plays with her cos shes a freak", "harassment"),
    ("everyone should stay away from that kid", "harassment"),
    # mockery of looks or age
    ("Did you see the deputy at the disco, face like a slapped arse 😂", "insult"),
    ("Year 5's new teacher is sooo gay", "homophobic"),
    # identity generalisation said politely
    ("Men shouldn't be teaching in nurseries", "sexist"),
    ("The Romanian families need to learn English if they want to live here", "racist"),
    ("Muslim parents are taking over the PTA", "religious"),
    ("Lesbian teachers always push their agenda in PSHE", "homophobic"),
    ("Send them all back and the school would have room for our kids", "racist"),
    # threats with the body or property named
    ("I'm going to drive round there and smash every window in her house", "threat"),
    ("Touch my daughter again and I'll snap your fingers", "threat"),
    ("Carry on and you'll be leaving in an ambulance", "threat"),
    ("Mr Dean should be hanged for what he did", "threat"),
])
def test_school_page_families_are_abuse(text: str, kind: str) -> None:
    found = spans(text, "abuse_or_hate")
    assert any(s.kind == kind for s in found), [(s.kind, s.score, s.evidence) for s in found]


@pytest.mark.parametrize("text", [
    # complaints about how people do their job: disparaging, not abuse
    "The head is a disgrace, three supply teachers in a month",
    "Our new SENCo is useless and never answers emails",
    "Shambolic leadership, this trust should be ashamed",
    "The maths teacher is rubbish, my son has learnt nothing",
    "Close this school down, the standards are appalling",
    # reporting or condemning abuse by others
    "Someone sprayed racist abuse on the mosque wall. Reported to police. Hate has no home here.",
    "A man shouted homophobic comments at our Year 6 teacher. We have reported it.",
    "People saying refugees should go back are wrong. Shame on them.",
    # worries and safeguarding
    "Someone will get hurt if drivers keep speeding past the gates",
    "A Year 2 girl came in very upset today, DSL informed",
    # politics
    "The Greens are a disgrace on housing and I'll be voting against them",
    # praise and plain posts
    "Tea and toast before the inset day ☕",
    "Hi Sam, we've answered your message, please check your inbox",
    "Women in STEM day was brilliant, thank you to our visiting engineers",
    "Polish the trophies before the parents arrive please",
    "Leo Grant smells the flowers in our science garden 🌸",
    "Maisie has no homework this week",
    "Women shouldn't be paid less than men, full stop",
    "It's wrong to say girls shouldn't be engineers",
    "Women should be heads more often",
    "The Romanian kids have settled in brilliantly",
    "Why is it always raining on sports day",
    # swearing in praise, ordinary uses of the family's words
    "Our f***ing kids were amazing tonight, so proud",
    "Tia Moss is so weird and wonderful, love her",
    "Ollie has no mates coming to his party because of covid",
    "I'm going to smash every record on sports day",
    "We'll sort him out a new coat from lost property",
    "They'll be leaving in a minibus at 9",
    "Mutton curry at the international food evening",
    "Whoever runs this page is doing a brilliant job",
    "Year 6 went back home early",
])
def test_school_page_true_negatives(text: str) -> None:
    assert spans(text, "abuse_or_hate") == [], [(s.kind, s.score, s.evidence) for s in spans(text, "abuse_or_hate")]


@pytest.mark.parametrize("text, evidence", [
    ("Honestly, you're a useless idiot.", "you're a useless idiot"),
    ("Oi. Watch your back", "Watch your back"),
    ("I hate Muslims!!", "hate Muslims"),
    ("Ｙｏｕ ｗａｎｋｅｒ", "Ｙｏｕ ｗａｎｋｅｒ"),
])
def test_abuse_span_offsets_are_in_the_original_text(text: str, evidence: str) -> None:
    found = spans(text, "abuse_or_hate")
    assert any(text[s.start:s.end] == evidence for s in found if s.start is not None), \
        [(text[s.start:s.end] if s.start is not None else None) for s in found]


def test_threat_escalates_through_the_pack() -> None:
    res = CHECKER.check(Post(text="I'll be waiting for you at the gate", account="official", author="parent"))
    assert res.verdict == "escalate"
    assert any(f.category == "abuse_or_hate" and f.severity == "escalate" for f in res.findings)


@pytest.mark.parametrize("text,escalates", [
    ("I'll kill you when I see you at the gates", True),
    ("im gonna batter him after school", True),
    # banter (a laughing emoji in the sentence) and exasperation ("I could strangle her") are not threats
    ("I'll kill him if he's eaten my last Jaffa cake again 😂", False),
    # a light-hearted threat (playful.py): a trivial stake and a playful cue, no weapon or injury named
    ("You'll pay for this when I beat you at Monopoly tonight haha", False),
    ("Whoever nicked my lunch … I will find you", False),
    ("im gonna batter you at fifa tonight lol", False),
    ("Gonna batter you all at the staff quiz on Friday 🏆", False),  # a violent verb of the contest itself
    # a laugh alone softens nothing: a weapon, an injury, or no trivial stake
    ("gonna stab u lol", True),
    ("gonna stab u 😂", True),
    ("i'll stab you if you eat my chips again lol", True),
    ("ur dead after school lol", True),
    ("someone nicked my lunch again, im going to batter them", True),
    ("i could literally strangle her, she used all my makeup", False),
    ("Honestly I could murder my brother sometimes", False),
    # going somewhere to hurt someone; arson against a school
    ("if any kid lays a finger on my daughter again I'll come up that school and batter them", True),
    ("Someone should burn that school down with the teachers in it", True),
    ("They should burn the old leaves in the garden", False),
    ("I'll pop round and hit you up about the rota", False),
])
def test_banter_and_exasperation_are_not_escalated(text: str, escalates: bool) -> None:
    res = CHECKER.check(Post(text=text, account="personal", author="pupil"))
    assert (res.verdict == "escalate") == escalates, res.findings


@pytest.mark.parametrize("text,found_", [
    ("lol my sunday league team was a total clusterf**k today", True),
    ("what a dipsh*t", True),
    ("batshit crazy week", True),
    ("he is a bit of a mishit", False),
    ("Shitake mushrooms in the soup", False),
    ("Scunthorpe won again", False),
])
def test_compound_swear_words_masked_or_not(text: str, found_: bool) -> None:
    assert bool(spans(text, "offensive_language")) == found_


def test_swearing_alone_is_not_escalated() -> None:
    res = CHECKER.check(Post(text="shit, the rain", account="official", author="parent"))
    assert res.verdict != "escalate"
    assert all(f.category == "offensive_language" for f in res.findings)


@pytest.mark.parametrize("text", ["", " ", "\x00", "a\x00b fuck\x00", "x" * 100_000, "fuck " * 5000, "\ud800 idiot",
                                  "\u202eyou idiot", "🙂" * 1000, "f" + "\u0301" * 500 + "uck", "*** *** ***", "'\"'\"'",
                                  "you you you you", "I hate", "Muslims", "@USER @USER URL"])
def test_odd_input_never_raises(text: str) -> None:
    for det in language.DETECTORS:
        for s in det.detect(text, CHECKER.context(Post(text=text))):
            assert 0.0 <= s.score <= 1.0
            assert s.start is None or 0 <= s.start < s.end <= len(text)
    CHECKER.check(Post(text=text))


def test_model_and_word_lists_ship_in_the_package() -> None:
    assert language.lexicon().swear["fuck"][0] >= 0.9
    model = language.LinearTextModel.load("language_offensive")
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "OLID" in " ".join(model.meta["trained_on"])


# --- offensive tone: the sequence model, where the word lists know no word ----------------------

@pytest.mark.parametrize("text", [
    "@USER Go home you're drunk!!!",
    "@USER you have the brains of a goldfish",
    "Your opinion is worthless and so are you",
])
def test_rude_posts_without_a_listed_word_are_offensive_language(text: str) -> None:
    found = spans(text, "offensive_language", author="public")
    assert any(s.kind == "offensive" and s.detector == "offensive_tone" for s in found), found
    # the model reports inappropriate language, never abuse or hate on its own
    assert not any(s.detector == "offensive_tone" for s in spans(text, "abuse_or_hate", author="public"))


@pytest.mark.parametrize("text", [
    # parents' complaints, plain posts and praise on a school page
    "Why is my son STILL being bullied and nobody is doing anything??",
    "The head is a disgrace, three supply teachers in a month",
    "Well done Olly love you loads xxx 😘",
    "@USER Thank you so much, this made my day",
    "Can anyone tell me what time the Christmas fair starts?",
    "Reminder: non-uniform day on Friday, please bring £1",
    # reporting or condemning what someone else said
    "Someone called my son a loser at the gate today. Not OK. Reported to the school.",
    # swearing is reported by the word lists, once
    "This is fucking ridiculous",
])
def test_offensive_tone_stays_silent(text: str) -> None:
    assert not any(s.detector == "offensive_tone" for s in spans(text, "offensive_language", author="public"))


def test_offensive_tone_never_acts_alone_on_a_complaint() -> None:
    # a whole-post model finding is at most "noted" when the model is unsure: no verdict change
    res = CHECKER.check(Post(text="@USER Typical lefty nonsense, you lot never learn", account="official", author="public"))
    assert all(f.severity == "info" for f in res.findings if f.detector == "offensive_tone")


def test_sequence_model_ships_and_runs_in_numpy() -> None:
    from safepost import seqmodel
    model = seqmodel.SeqModel.load("language_seq")
    assert model is not None and "OLID" in " ".join(model.meta["trained_on"])
    ids = seqmodel.text_ids("@USER Go home you're drunk!!!")
    assert 0 < len(ids) <= seqmodel.MAX_PIECES
    p = model.prob(ids)
    assert 0.0 <= p <= 1.0 and p == model.prob(list(ids))
    for odd in ([], [0], ids * 10):  # empty, shorter than the widest filter, longer than the cap
        assert 0.0 <= model.prob(odd[:seqmodel.MAX_PIECES]) <= 1.0
    # identity words are read as a neutral word: the model cannot learn that a group name is offensive
    assert seqmodel.text_ids("I love Muslims") == seqmodel.text_ids("I love people")


def test_sequence_tokens_are_shared_within_one_check() -> None:
    from safepost import seqmodel
    text = "@USER you have the brains of a goldfish"
    ctx = CHECKER.context(Post(text=text))
    first = seqmodel.token_ids(text, ctx)
    assert seqmodel.token_ids(text, ctx) is first


# --- long posts: the abuse detector's work grows with the text only as far as it must ---------------

def _abuse(text: str) -> list[tuple]:
    ctx = CHECKER.context(Post(text=text, account="personal", author="parent"))
    return [(s.start, s.end, s.kind, s.score) for s in language.AbuseOrHateDetector().detect(text, ctx)]


def test_counter_speech_before_a_threat_in_a_long_sentence() -> None:
    """In one long unpunctuated sentence, only the threats after the counter-speech are defused."""
    text = "i will kill you " * 40 + "people who say that are wrong " + "i will kill you " * 40
    found = _abuse(text)
    cut = text.index("people")
    assert len(found) == 80 and all(kind == "threat" for _s, _e, kind, _sc in found)
    assert all(score >= 0.9 for s, _e, _k, score in found if s < cut)
    assert all(score < 0.5 for s, _e, _k, score in found if s > cut)


@pytest.mark.parametrize("text", [
    "i will kill you " * 40 + "people who say that are wrong " + "i will kill you " * 40,
    "saying i will kill you " * 30 + "and i will batter him " * 30,
    "i will kill you " * 100,
    "im gonna batter him " * 50 + "no excuse " + "i will hurt them all " * 50,
])
def test_long_sentences_are_judged_as_short_ones_are(text: str, monkeypatch) -> None:
    """The bisection that long sentences use finds exactly what reading every prefix finds."""
    fast = _abuse(text)
    monkeypatch.setattr(language, "_SHORT_SENTENCE", 10 ** 9)
    assert _abuse(text) == fast


def _quoted(text: str, s: int, e: int) -> bool:
    """Is text[s:e] inside quotation marks ("...", “...”, or '...')? The plain reading: text[:s] and text[e:]."""
    before, after = text[:s], text[e:]
    dq = sum(before.count(q) for q in '"“”«»')
    if dq % 2 == 1 and any(q in after for q in '"“”«»'):
        return True
    sq_open = len(re.findall(r"(?:^|[\s(\[:])'", before)) - len(re.findall(r"(?<![\s(\[:])'(?=[\s.,!?;:)\]])", before))
    return sq_open > 0 and re.search(r"'(?=[\s.,!?;:)\]]|$)", after) is not None


def test_quote_marks_found_once_answer_as_the_text_is_read() -> None:
    """`_QuoteMarks` (quote positions found once per text) agrees with `_quoted` (reading the text each time)."""
    import random

    rnd = random.Random(5)
    alphabet = "ab '\"“”«»:([.,!?)]\n"
    for _ in range(400):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        marks = language._QuoteMarks(text)
        for s in range(len(text) + 1):
            for e in range(s, len(text) + 1):
                assert marks.inside(s, e) == _quoted(text, s, e), (text, s, e)


def test_a_megabyte_of_insults_is_read_as_far_as_the_detectors_read() -> None:
    """A huge post of insults: the insults are found in the part the word lists read (normalize.MAX_CHARS)."""
    from safepost.normalize import MAX_CHARS

    text = ("you idiot, 'you stupid cow' I will kill you \"moron\" " * 25_000)[:1_000_000]
    found = _abuse(text)
    assert {"insult", "threat"} <= {kind for _s, _e, kind, _sc in found}
    assert all(e <= MAX_CHARS for _s, e, _k, _sc in found)


# A typo of an identity word counts ("Musims", "imigrants"), but not when the "typo" is itself an ordinary English
# word: "backs" and "lacks" are not "blacks", "others" is not "mothers", "the Indus" is not "Hindus" (an outside
# writer's "the school fully backs the new phone ban" read as racist). Written before the change.
@pytest.mark.parametrize("text, kind", [
    ("I hate Musims", "religious"),
    ("imigrants are vermin", "racist"),
    ("Romanains should go back where they came from", "racist"),
    ("I hate blakcs", "racist"),
])
def test_a_typo_of_an_identity_word_still_counts(text: str, kind: str) -> None:
    assert any(s.kind == kind for s in spans(text, "abuse_or_hate", "personal", "staff"))


@pytest.mark.parametrize("text", [
    "As a teacher at Brookfield I can tell you the school fully backs the new phone ban. About time.",
    "The head backs the ban on energy drinks, about time",
    "Our PTA fully backs the ban on single-use plastic at the summer fair",
    "Year 6 lacks the stamina to ban anything, they just want a longer break",
    "Others want to ban homework altogether, I'm not so sure",
    "Year 5 learned about the Indus valley today and want to ban plastic straws",
])
def test_an_ordinary_word_one_letter_from_an_identity_word_is_not_one(text: str) -> None:
    assert spans(text, "abuse_or_hate", "personal", "staff") == [], \
        [(s.kind, s.evidence) for s in spans(text, "abuse_or_hate", "personal", "staff")]


# Expelling a group, named by a pointing word rather than "them": "send that lot back where they came from" (an
# outside writer's racist comment on a school's page). Written before the change, with look-alikes.
@pytest.mark.parametrize("text", [
    "Why are they celebrating that here? Send that lot back where they came from",
    "Ship those people back where they came from",
    "Should deport the lot of 'em back home",
])
def test_sending_a_group_back_is_racist(text: str) -> None:
    assert any(s.kind == "racist" for s in spans(text, "abuse_or_hate"))


@pytest.mark.parametrize("text", [
    "Send that lot back to class please, break's over",
    "Can you send those books back to the library by Friday",
    "Send that lot back in when the bell goes",
])
def test_sending_things_or_a_class_back_is_not_racist(text: str) -> None:
    assert not any(s.kind == "racist" for s in spans(text, "abuse_or_hate"))


# An animal's owner is not the animal: "my neighbour's dog is the best dog ever" describes the dog (the subject right
# before "is"), not the neighbour further back; a person called an animal still is one. Written before the rule.
@pytest.mark.parametrize("text, insult", [
    ("my neighbour's dog is the best dog ever", False),
    ("Grandad's old dog is a proper softie, the kids love him", False),
    ("Mrs Patel's pigs were the biggest pigs at the county show", False),
    ("Our teacher's cat is a right little monkey, she stole my sandwich", False),
    ("The farm's cows are such gentle cows, Year 1 loved them", False),
    ("my neighbour is a dog", True),
    ("the parents here are pigs", True),
    ("whoever runs this page is a clown", True),
    ("That teacher's husband is a pig", True),
])
def test_an_animal_described_is_not_its_owner_insulted(text: str, insult: bool) -> None:
    got = [s for s in spans(text, "abuse_or_hate") if s.kind == "insult"]
    assert bool(got) is insult, [(s.kind, s.score, s.evidence) for s in got]


# Pinning a failing on a protected group by habit: "it's always the [group] who...", "only ever the [group] that..."
# (round 8, found from an outside writer's stereotyping remark; written before the rule). Praise said the same way
# ("always the [group] who bring the best food") is not hate, nor is the group named as the one wronged.
@pytest.mark.parametrize("text, hate", [
    ("Funny how it's always the Romanian parents who forget to pay for trips. Every time.", True),
    ("Why is it only ever the Pakistani families who take holidays in term time?", True),
    ("It's always the traveller kids who end up in the head's office, no surprise there", True),
    ("Always the Polish lot who can't read a simple letter", True),
    ("Of course it's always the Muslim dads who kick off at parents' evening", True),
    ("It's always the Polish families who bring the best food to our international evening!", False),
    ("Always the Year 6 parents who volunteer first, thank you all", False),
    ("Funny how it's always the quiet kids who surprise you on sports day", False),
    ("It's always the Ukrainian mums who organise the coffee morning, they're amazing", False),
    # the group as the one wronged: a complaint on its behalf, not hate (found by grepping the seeds for the rule)
    ("Funny how it's only ever the Black kids who get sent out of her lessons", False),
    ("Why is it always the Muslim girls who get picked on by that teacher?", False),
    ("It's always the Polish families who are left off the invite list, it's not fair", False),
])
def test_a_failing_pinned_on_a_group_by_habit_is_hate(text: str, hate: bool) -> None:
    got = spans(text, "abuse_or_hate")
    assert bool(got) is hate, [(s.kind, s.score, s.evidence) for s in got]


# Urging or promising damage to someone's car or home ("someone should let her tyres down", "I'll key his car") is
# harassment aimed at the person (round 8, found from an outside writer's row; written before the rule). Damage
# reported, or one's own tyres, is not.
@pytest.mark.parametrize("text, threat", [
    ("Someone should slash that teacher's tyres, see how she likes it", True),
    ("Somebody needs to key the head's car, he deserves it", True),
    ("Someone should put a brick through his window after what he did to my son", True),
    ("I'll let her tyres down in the staff car park if she does it again", True),
    ("Someone wants to egg that governor's house", True),
    ("Someone let my tyres down in the Tesco car park, gutted", False),
    ("Need to get my tyres checked before the school trip on Monday", False),
    ("The caretaker found a brick through the staffroom window this morning, awful", False),
    ("Who keyed my car in the school car park?? Not impressed", False),
])
def test_urging_damage_to_someones_car_or_home_is_harassment(text: str, threat: bool) -> None:
    got = [s for s in spans(text, "abuse_or_hate") if s.kind in ("harassment", "threat")]
    assert bool(got) is threat, [(s.kind, s.score, s.evidence) for s in got]


# Mocking someone's looks with "imagine being/having..." ("imagine being bald at 30", "imagine having a nose that
# big") is an insult (round 8, found from an outside writer's pupil post; written before the rule). "Imagine being"
# something ordinary or good is not.
@pytest.mark.parametrize("text, insult", [
    ("imagine being that fat and still teaching PE 💀", True),
    ("imagine being bald at 25, mr p couldn't be me", True),
    ("imagine having a nose that big, sir honestly", True),
    ("Miss R imagine looking that ugly first thing in the morning lmao", True),
    ("imagine being on holiday right now instead of marking 😩", False),
    ("Imagine being 30 and still loving Lego as much as I do 😂", False),
    ("imagine being that good at maths, Year 6 smashed it", False),
    ("Imagine having a whole week off, bliss", False),
])
def test_mocking_looks_with_imagine_is_an_insult(text: str, insult: bool) -> None:
    got = [s for s in spans(text, "abuse_or_hate", account="personal", author="pupil") if s.kind == "insult"]
    assert bool(got) is insult, [(s.kind, s.score, s.evidence) for s in got]
