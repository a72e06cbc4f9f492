"""Commercial content: adverts, selling, asking for money or donations, and spam.

One detector, `commercial_content` (kinds `advert`, `selling`, `donation`, `spam`):

* Patterns (this file): "check out my channel", "subscribe", "follow me", giveaways,
  crypto, "£40 ono", "for sale", "DM me to order", party-plan brands, online shops and
  link shorteners, "GoFundMe", "sponsor me", "please donate"...
* A small model: `safepost/models/commercial_spam.npz`, a logistic regression over the
  hashed features of `safepost.detectors.language.featurize`, scored in numpy. Trained by
  `OMP_NUM_THREADS=1 .venv/bin/python training/train_commercial.py` on the YouTube Spam
  Collection videos 01-03 only (Alberto, Lochter and Almeida, "TubeSpam: Comment Spam
  Filtering on YouTube", ICMLA 2015; UCI, CC BY 4.0) plus safepost's own seed examples
  (`training/data/commercial_seed.tsv`, MIT). Videos 04-05 are kept for
  `bench/eval_public.py`; the script also reports leave-one-video-out scores.

The model never makes a finding alone: it speaks only where the text carries a lexical sign of
commerce or spam (`_CUE`: a price, a link, "subscribe", business words...; e-mail addresses and
"anyone selling…?" do not count), and its finding points at that sign. Its threshold is chosen by
the training script on YouTube 01-03 (leave-one-video-out) together with safepost's school posts.

The school's own events, fundraising and thanks are not commercial (CONTRACT.md): a post
on the school's official account by staff about its cake sale, PTA fair, non-uniform day, trip
payments or "our YouTube channel" gives no finding, and neither does anyone's post that is plainly
about the school's own fundraising, unless it also shows a third party (`_THIRD_PARTY`: a personal
sale such as "selling my…", "ono", "barely used"; someone's business, "% off at…", "for all your …
needs"; a personal appeal such as "sponsor me", "my target"). "Follow me/us" counts only beside a
promotional sign, never "follow me back"; asking to buy ("anyone selling…?") is not selling; money
offered to children with a private contact is left to the safety detectors.
English only: see `safepost.normalize.is_probably_english`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from safepost.detectors.base import Detector
from safepost.detectors.language import LinearTextModel, cached_features
from safepost.detectors.prefilter import PatternGroup, Prefiltered, split_hit
from safepost.normalize import fold_map
from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context

_MONEY = r"(?:£|\$|€|gbp|usd)\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*(?:\.\d\d)?\s?(?:p|quid|pounds|dollars|euros)\b"
_SELF = r"(?:my|our|me|mine)"
_CHANNEL = r"(?:channel|page|video|vids?|profile|music|songs?|playlist|youtube|insta(?:gram)?|tiktok|shop|store|website|site|blog|cover|remix|stream|twitch|account|twitter|facebook|soundcloud|spotify|ep|album|mixtape|app|game|group|band|podcast|art|artwork|photos|poetry|book)"

_KIN = (r"(?:hubby|husband|wife|partner|other half|fella|missus|boyfriend|girlfriend|bf|gf|brother|sister|son|"
        r"daughter|dad|mum|mate|friend|cousin|uncle|auntie|aunt|brother-in-law|sister-in-law|neighbour)")
_TRADES = (r"(?:plumber|electrician|sparky|mechanic|hairdresser|builder|decorator|painter|gardener|cleaner|roofer|"
           r"joiner|carpenter|tiler|plasterer|locksmith|barber|beautician|nail tech|photographer|dog groomer|groomer|"
           r"dog walker|tutor|childminder|personal trainer|caterer|baker|florist|window cleaner|landscaper|handyman|"
           r"tree surgeon|driving instructor|accountant|mortgage adviser|estate agent|gas engineer|boiler engineer|"
           r"taxi driver|dj|makeup artist|tattoo artist|seamstress|dressmaker)")
_TRADE = rf"\b(?:my |our )?{_KIN}(?:'s| is| does| works as)(?: an?| the)? (?:\w+ )?{_TRADES}\b"
_PASS_ON = (r"\b(?:if (?:you|anyone|any of you) (?:ever )?needs?|(?:anyone |you )?(?:ever )?need(?:ing)?|looking for) "
            r"(?!(?:me|us|anything|a lift|a hand|help|them|him|her)\b)(?:a |an |any |some )?(?:\w+ ){0,2}\w+\??,? (?:[-–] )?(?:they'?re|he'?s|she'?s|call|ring|phone|text|"
            r"contact|give (?:them|him|her|\w+) a (?:call|ring|bell|shout))\b(?=[^.!?\n]{0,30}(?:\d{5}|www\.|\.co\.uk|"
            r"\.com))")

# Someone else's club or society raising money, which the school's own words (raffle, tombola) must not hide: "the
# allotment society is selling raffle tickets", "our running club is doing a tombola" (not the school's clubs)
_OUTSIDE_CLUB = (r"(?<!school )(?<!after school )(?<!after-school )(?<!breakfast )\b(?:allotment|bowls|cricket|football|rugby|"
                 r"golf|tennis|gardening|running|cycling|rotary|lions|round table|village hall|parish|residents'?|darts|"
                 r"snooker|bridge|knitting|book|walking|swimming|rowing|sailing|hockey|netball|choral|amateur dramatics?|"
                 r"am ?dram|bell ?ringers'?) (?:society|club|committee|group|association)\b")
# Asking to hire someone ("Need a dog walker ... reasonable rates"): the rates are what the writer will pay.
_HIRING = Prefiltered(re.compile(r"^\W*(?:i |we )?(?:need|needed|wanted|looking for|seeking|after|anyone know) (?:a |an |some )?"
                                 r"(?:\w+ ){0,2}(?:walker|cleaner|babysitter|sitter|tutor|childminder|gardener|plumber|"
                                 r"electrician|builder|decorator|painter|nanny|carer|ironing|help)\b(?!\s*\?)"))  # "Need a babysitter?" offers one

# (h-prec) Selling an idea, not goods: "Selling the idea of silent reading to Year 9", "selling a dream", "selling my
# soul for a lie-in"
_NOT_GOODS = (r"(?! (?:(?:the|an?|my|our|this|that|your) )?(?:(?:whole|new|big) )?(?:idea|ideas|concept|notion|dream|"
              r"vision|message|point|story|benefits?|plan|soul|case|importance|value|joys?)\b)")

PATTERNS: list[tuple[str, float, str]] = [
    # spam and self-promotion
    ("spam", 0.9, rf"\bcheck(?:ing)? (?:out )?{_SELF} (?:new |latest |first |own |youtube |music )?{_CHANNEL}\b"),
    ("spam", 0.85, r"\b(?:check (?:it|this|them) out|check out (?:this|these|the) (?:new )?(?:channel|video|song|link|site|website|page))\b"),
    ("spam", 0.9, rf"\b(?:please |pls |plz )?sub(?:scribe)? (?:to |on )?(?:me|{_SELF} {_CHANNEL}|us|my)\b|\bsub(?:scribe)? ?(?:4|for) ?sub\b|\bsub ?4 ?sub\b|\bplease (?:subscribe|sub)\b|\bsubscribe\b|\blike (?:and|&|n) (?:subscribe|share|follow)\b|\b(?:please |pls |plz )?like {_SELF} {_CHANNEL}\b|\bgive (?:it|her|him|them|us|me|my \w+|our \w+) a (?:like|follow|share)\b"),
    # "follow me / follow my page" is self-promotion only beside a promotional sign (see _PROMO), never "follow me back"
    ("follow", 0.85, rf"\b(?:please |pls |plz |go |pop over and |come )?follow (?:me|us|{_SELF} (?:new |\w+ )?{_CHANNEL})\b(?! back)|\bpop over and follow\b"),
    ("spam", 0.8, rf"\b(?:visit|view|watch|listen to|go to|head over to|take a look at|give (?:a )?(?:listen|look) to) {_SELF} {_CHANNEL}\b|\b{_SELF} (?:youtube |new |music )?channel\b"),
    ("spam", 0.85, r"\b(?:free (?:iphone|ipad|gift ?cards?|robux|v-?bucks|vouchers?|money|followers|likes|subscribers|samples?)|giveaways?|give ?away(?! (?:our|my|his|her|their|the|some|all|them|it|old|spare|unwanted|to)\b)(?<!to give away)(?<!to giveaway)|win an? (?:free )?(?:iphone|ipad|£|\$|voucher|prize|holiday|car)|like (?:and|&) share to win|share to win)\b"),
    ("spam", 0.85, r"\b(?:make|earn|making|earning) (?:£|\$)?\d*[k]? ?(?:money|cash|a week|a day|an hour|per (?:week|day|hour)|£|\$|from home|online)|\bwork(?:ing)? from home\b(?=.*\b(?:earn|£|\$|join|opportunity|dm|message))|\bpassive income\b|\bbe your own boss\b|\bjoin my team\b|\bbusiness opportunity\b"),
    ("spam", 0.9, r"\b(?:crypto(?:currency)?|bitcoin|btc|ethereum|nfts?|forex|binary options|investment opportunit(?:y|ies)|double your (?:money|bitcoin|investment)|trading signals)\b"),
    ("spam", 0.75, r"\bclick (?:here|the link|this link|on (?:the|this|my) link)\b|\blink(?:'?s| is)? in (?:my |the )?bio\b|\bonlyfans\b"),
    ("spam", 0.7, r"(?:https?://)?(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|linktr\.ee|cutt\.ly|rebrand\.ly)/\S*"),
    # selling
    ("selling", 0.85, r"\bfor sale\b|\b(?:i'?m|i am|we'?re|we are|currently|now) selling\b|\bselling (?:my|a|an|our|these|this|some|off|brand new|pre-?loved)\b" + _NOT_GOODS + r"|\bup for grabs\b(?=.*(?:£|\$|\bono\b))"),
    ("selling", 0.8, rf"(?:{_MONEY})\s*(?:ono|ovno|or near(?:est)? offer|each|pp|pppn|pps|per person|per head|a head|per (?:hour|session|lesson|item|box|bag)|an hour|a session|a lesson|plus postage|\+ ?p&p|inc(?:luding)? postage|collection only)\b|\b(?:ono|ovno|collection only|cash on collection|postage available|"
                    # "can post" offers to send goods, not "so I can post your certificate", "can post on here"
                    r"can post(?! (?:your|my|his|her|their|our|on|in|here|there|about|anything|something|what|photos?|"
                    r"pictures?|videos?|updates?|stories|comments?|links?|this|that|again|now|"
                    # things written rather than goods, and anything put on a page: "can post questions below",
                    # "I can post them on the class page"
                    r"questions?|messages?|answers?|replies|notes?|reviews?|results|news|minutes|reminders?|notices?|"
                    r"suggestions?|pics?|(?:\w+ ){0,2}(?:on|in|onto) (?:the|this|our|my|your|a|their) (?:\w+ )?(?:page|"
                    r"group|chat|site|website|app|forum|comments|thread|blog|feed|story|wall|channel))\b))\b"),
    ("selling", 0.75, r"\b(?:dm|pm|message|inbox|text|whatsapp) (?:me|us) (?:to (?:order|book)|for (?:prices?|details|more info|info|orders?|a quote)|if (?:you'?re |you are )?interested)\b|\border (?:now|yours|today|online)\b|\bbuy (?:now|one get one)\b|\bin stock\b|\bpre-?orders?\b|\bdelivery available\b"),
    ("selling", 0.55, rf"(?:{_MONEY})"),
    # adverts for a business or service
    ("advert", 0.85, r"\b(?:avon|younique|herbalife|forever living|arbonne|tupperware|usborne books at home|scentsy|phoenix trader|body shop at home|partylite|jamberry|juice plus|utility warehouse|neal s yard|colour me beautiful|oriflame|nutrimetics|it works|monat|doterra|young living|tropic skincare)\b"),
    ("advert", 0.8, r"\b(?:my|our) (?:new |little |small |own )?(?:business|shop|salon|cafe|café|bakery|company|store|boutique|services|nail bar|studio|clinic|gym|online shop|etsy|ebay|depop|vinted|page)\b(?=.*\b(?:open|offer|book|order|prices?|£|\$|discount|visit|check|follow|like|dm|message|available|launch|now)\b)"),
    ("advert", 0.8, r"\b(?:etsy|ebay|depop|vinted|gumtree|amazon\.co\.uk/shop|shopify|facebook marketplace|marketplace)\b(?=.*\b(?:shop|store|listing|sale|selling|bargain|£)\b)|\b(?:etsy|depop|vinted)\.com\b"),
    ("advert", 0.75, r"\b(?:special offer|limited (?:time )?offer|offer ends|discount code|promo code|voucher code|use (?:my )?code|\d+ ?% off|half price|free (?:quote|delivery|consultation|trial|taster session)|now taking bookings|taking bookings|book (?:now|your (?:appointment|session|place|party|slot))|booking (?:now|link)|appointments? available|spaces? available|tutor(?:ing)? available|private (?:tuition|tutor(?:ing)?|lessons)|call (?:us|now) (?:on|for)|get in touch for|opening (?:soon|offer)|grand opening|new (?:salon|shop|cafe|business) open)\b"),
    # a trader's words: prices and rates, a link to visit, codes, spaces to fill, "I sell", a relative's trade
    ("advert", 0.8, r"\b(?:reasonable|competitive|affordable|cheap|great|low|best) (?:rates|prices)\b|\b(?:rates|prices) from\b|\bfully insured\b|\bdbs checked\b(?=.*\b(?:rates|call|ring|text|dm|message|book|available)\b)"),
    ("advert", 0.75, r"\b(?:cheapest|lowest prices?|unbeatable prices?)\b|\bvisit (?:us at |our (?:site|website|shop) at )?(?:https?://|www\.)|\b(?:with|use|using|enter) (?:the |my |our )?(?:code|voucher):? ?[a-z]*\d[a-z\d]*\b|\b\d+ ?% off\b"),
    ("advert", 0.75, r"\b(?:i'?ve|i have|we'?ve|we have) (?:got )?(?:\w+ )?\d+ (?:spaces?|places?|slots?)\b(?=.*\b(?:ring|call|text|message|dm|pm|inbox|contact|email|book|from)\b)"),
    ("advert", 0.75, r"\b(?:recommend|try|use|call|ring) (?:my|our) (?:brother|sister|husband|wife|partner|mate|friend|dad|mum|cousin|son|daughter|uncle|auntie|aunt)\b(?=.*\b(?:ring|call|text|message|dm|contact|on \d|for (?:any|all|your))\b)"),
    ("selling", 0.8, r"\b(?:i|we) (?:also )?sell\b|\bmessage (?:me|us) for (?:the |a |our )?(?:catalogue|brochure|price list|menu|prices)\b"),
    # asking for money or donations
    ("donation", 0.7, r"\blink in (?:the )?comments?\b(?=.*\b(?:spare|sponsor|donat\w*|support|raise|raising|charity|hospice|cause)\b)|\b(?:if you can|could you|can you) spare\b"),
    ("donation", 0.85, r"\b(?:gofundme|go fund me|justgiving|just giving|crowdfunder|crowd ?funding|fundly|kickstarter|patreon|ko-?fi|buy me a coffee|paypal\.me|paypal me|cash ?app|venmo|revolut me)\b"),
    ("donation", 0.75, r"\b(?:please )?(?:donate|donations?)\b|\bsponsor(?:ing)? (?:me|us|my|our)\b|\bsponsorship (?:link|page)\b|\b(?:any amount|every penny|every little|anything you can) (?:helps|counts|spare)\b|\b(?:spare|lend|send|give) (?:me|us) (?:some )?(?:money|cash|change|a tenner|a fiver|£|\$)|\b(?:sort code|account number|bank details)\b|\braising (?:money|funds) for\b|\bfundrais(?:er|ing) for (?:my|our)\b|\btext \w+ to \d{5}\b"),
    # a personal sale or a service offered, with a way to buy (the corpus's commonest advert shape)
    ("selling", 0.8, r"^\W*selling\b" + _NOT_GOODS + r"|\b(?:garage|yard|car ?boot|driveway) sale\b|\bcar ?boot (?:sale|this|on|tomorrow|today|at)\b|\btaking orders\b|\borders? (?:are |now )?open\b|\bdm (?:me )?for (?:prices?|details|orders?)\b|#small ?(?:business|biz)\b|\b(?:barely|hardly) used\b|\bnever worn\b|\b(?:pick ?up|collection) only\b"),
    ("selling", 0.75, rf"(?:{_MONEY})\s*(?:a|an|per) (?:walk|class|child|slice|dozen|box|bag|bunch|visit|treatment|cut|wash|clean|session|lesson|set|pair|bundle|ticket|strip|go|turn|try|entry|play|square|line)\b|(?:{_MONEY}) ?/ ?(?:hr|hour|session|lesson)\b"),
    ("advert", 0.75, r"\bfree (?:\w+ ){0,2}(?:consultations?|quotes?|trials?|taster(?: sessions?)?|(?:school|home) visits|estimates?)\b|\bfor all your (?:\w+ ){0,2}needs\b|\b\d+ ?% off at\b|\bmention (?:\w+ ){1,3}at the (?:till|counter|desk)\b|\bbrand new (?:\w+ ){0,2}(?:opening|now open|just opened|launched)\b|\bnew (?:\w+ )?(?:salon|shop|cafe|café|bakery|business|studio|gym|restaurant|takeaway|nail bar|dance school|boutique|clinic|store|barbers?) (?:opening|now open|open|just opened|launched)\b|\bjust launched (?:her|his|my|their|our) (?:\w+ )?(?:business|shop|salon|page|company)\b"),
    # a relative's or friend's trade with a way to hire them or a deal: "my hubby's a plumber, does discount for
    # school staff, 07700…", "My brother is a mechanic, cheap MOTs, ring him"
    ("advert", 0.75, rf"{_TRADE}(?=.*(?:\b(?:rates|discount|deals?|cheap\w*|mates'? rates|quotes?|prices?|book (?:him|her|them)|"
                     r"(?:ring|call|text|contact|message|dm|phone) (?:him|her|them|me|us)|% off)\b|\d{{5}}))"),
    # passing on a business's number in a thank-you or a tip: "if you need building work, they're on 07700…"
    ("advert", 0.75, _PASS_ON),
    # a named business praised to readers: "Jess's Bakes does the best cakes in Newport, highly recommend", "Tony's
    # Garage ... go to them" (a trade's name, not "my mum's cakes")
    ("advert", 0.6, rf"\b(?!(?:{_KIN}|my|our|your|his|her|their|nan|gran|grandma|grandad)'s\b)[a-z]+'s (?:bakes|cakes|bakery|"
                    r"cafe|café|kitchen|salon|garage|plumbing|builders|cleaning|nails|beauty|barbers?|deli|florists?|"
                    r"flowers|butchers?|motors|autos|tyres|pizza|chippy|catering|removals|landscaping|gardening|"
                    r"decorating|electrics|photography|fitness|dance school|boutique)\b(?=.*\b(?:recommend\w*|best "
                    r"(?:\w+ ){1,2}in (?:town|the area|[a-z]+)|go to (?:them|him|her)|check (?:them|him|her) out|shout ?out|give "
                    r"(?:them|him|her) a (?:try|call|ring)|can'?t fault)\b)"),
    # a deal at a shop: "trainers on sale at Sports Direct, £20"
    ("advert", 0.7, rf"\b(?:on sale|on offer|reduced|half price) (?:at|in|from) [a-z][\w&'-]+(?=.*(?:{_MONEY}))"),
    ("advert", 0.75, r"\b(?:call|text|ring|phone|whatsapp|dm|message|contact|email) (?:me |us |\w+ )?(?:or (?:call|text|ring|email) )?(?:on |at )?[\d ]{0,16}(?:for|re) (?:\w+ ){0,2}(?:cleaning|babysitting|tutoring|tuition|lessons|enquiries|inquiries|quotes?|bookings?|prices?|orders?|appointments?|repairs?|gardening|dog walking|childminding|treatments?|removals|deliver(?:y|ies)|services|ironing|grooming|plumbing|decorating|photography|nails|lashes)\b|\boffering (?:\w+ ){0,3}(?:cleaning|babysitting|tutoring|tuition|lessons|dog walking|gardening|childminding|repairs|school visits|parties|classes|treatments)\b|\bdoing (?:free|cheap|private) (?:\w+ ){0,2}(?:cleaning|babysitting|tutoring|tuition|lessons|dog walking|gardening|school visits|parties|classes|treatments)\b"),
]
# Each pattern is skipped at once when the folded text lacks every word it needs (see prefilter.py); the group
# finds the patterns worth running with one set operation per text.
_COMPILED = [(k, s, Prefiltered(p)) for k, s, p in PATTERNS]
_GROUP = PatternGroup(rx for _k, _s, rx in _COMPILED)

# The school's own events and fundraising (CONTRACT.md: not commercial content).
_SCHOOL_OWN = Prefiltered(re.compile(
    r"\b(?:ptas?|ptfa|pto|friends of|school (?:fair|fete|disco|fund|trip|photos?|play|show|uniform|library|council|lottery|shop|office)|"
    r"(?:summer|christmas|winter|spring|easter|autumn) (?:fair|fete|fayre|disco|show|concert)|fayre|cake sale|bake sale|non[- ]?uniform|"
    r"own clothes|dress down|mufti|children in need|comic relief|red nose|sport relief|jeans for genes|macmillan|save the children|"
    r"christmas jumper day|raffle|tombola|fun run|sponsored (?:walk|run|silence|read|bounce|swim|spell)|(?:second hand|pre-?loved|used) uniform|"
    r"uniform sale|parentpay|parent pay|scopay|school ?gateway|school ?money|parentmail|arbor|book fair|scholastic|nativity|quiz night|"
    r"bingo night|harvest|food ?bank|trip payment|breakfast club|after school club|wrap around|wraparound|our (?:school|pupils|children|families)|"
    r"year [1-9]\b|year 1[0-3]\b|reception class|enterprise (?:project|day|week)|class (?:assembly|trip)|sports day|the (?:school|office)|"
    r"thank you to (?:everyone|all)|thanks to (?:everyone|all)|we raised|you raised|has raised|have raised|raised (?:£|\$|over|a total))\b"))
# A link to a web address (the school's own site is allowed for in `_third_party`).
_URL = re.compile(r"(?:https?://|www\.)[^\s<>]+|\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|co\.uk|org\.uk|net|org|io|ly|ee|me|shop|store|biz|info|uk)(?:/[^\s<>]*)?")
# Signs that a post promotes someone else's business, a channel or a shop, or is a personal sale, even beside
# school words: the school's own fundraising never needs them.
# Services a person offers by name ("Ironing service, £10 a basket"): a third party's business, and an offer to readers.
_SERVICES = r"ironing|cleaning|dog walking|gardening|decorating|catering|tutoring|babysitting|childminding"
_THIRD_PARTY_WORDS = (r"my (?:\w+ )?(?:business|shop|salon|channel|page|company|etsy|store|team|club|charity)|dm me|message me to order|"
                          # a family member's outside club or group: "my son's football club", "my nephew's scout group"
                          # (not "my son's school football team", "my daughter's class")
                          r"my \w+'?s (?:(?!school\b|class\b|year\b)\w+ ){0,2}(?:club|team|group|squad|troop|pack|society|band|charity)|"
                          r"promo code|discount code|use code|crypto|bitcoin|giveaway|link in bio|onlyfans|check out my|"
                          r"sponsor(?:ing)? me|help me (?:reach|raise|hit|get to)|collect(?:ion)? from (?:mine|my house|my door|me)|pick ?up from (?:mine|my house|me)|\d for a (?:fiver|tenner)|my (?:\w+ )?(?:target|fundraiser|fundraising page|justgiving|gofundme)|"
                          r"(?:i'?m|i am) selling|(?:selling (?:my|a|an|two|\d)|^\W*selling)" + _NOT_GOODS + r"|ono|ovno|(?:barely|hardly) used|never worn|"
                          r"(?:pick ?up|collection) only|taking orders|small ?(?:business|biz)|\d+ ?% off at|for all your (?:\w+ ){0,2}needs|"
                          r"mention (?:\w+ ){1,3}at the (?:till|counter|desk)|brand new (?:\w+ ){0,2}(?:opening|now open|just opened)|new (?:\w+ )?(?:salon|shop|cafe|café|bakery|business|studio|gym|restaurant|takeaway|nail bar|dance school|boutique|clinic|store|barbers?) (?:opening|now open|open|just opened)|"
                          r"free (?:\w+ ){0,2}(?:consultations?|quotes?|trials?|taster(?: sessions?)?)|"
                          # a service offered by name: "Ironing service, £10 a basket, collection from the school gates"
                          r"(?:" + _SERVICES + r"|nail|lash) (?:service|services|business)|"
                          # a trader's words or a personal appeal beside school words: "cheapest school uniforms, visit www...",
                          # "20% off for Brookfield families with code X", "sponsored silence for the hospice, link in comments"
                          r"(?:reasonable|competitive|affordable) (?:rates|prices)|fully insured|cheapest|\d+ ?% off|"
                          r"(?:with|use|using|enter) (?:the |my |our )?code:? ?[a-z]*\d[a-z\d]*|visit (?:https?://|www\.)|(?:i|we) sell|"
                          r"link in (?:the )?comments?|if you can spare")
_THIRD_PARTY = Prefiltered(re.compile(r"\b(?:" + _THIRD_PARTY_WORDS + r")\b|" + _TRADE + "|" + _PASS_ON + "|"
                                      + _OUTSIDE_CLUB))
# _THIRD_PARTY, asked only whether it matches, as its alternatives apart (`_third_party`): a text matches the whole
# exactly when it matches one of them, and each is prefiltered on its own words (the whole ran on most posts: some
# alternative always needs only " is", "'s" or "new ").
_THIRD_PARTY_PARTS = [Prefiltered(r"\b(?:" + p[len("(?P<hit>"):-1] + r")\b")
                      for p in split_hit("(?P<hit>" + _THIRD_PARTY_WORDS + ")")] + \
    [Prefiltered(p) for p in (_TRADE, _PASS_ON, _OUTSIDE_CLUB)]
_THIRD_PARTY_GROUP = PatternGroup(_THIRD_PARTY_PARTS)


def _third_party(low: str) -> bool:
    """Whether `_THIRD_PARTY.search(low)` finds anything."""
    for i in _THIRD_PARTY_GROUP.candidates(low):
        if _THIRD_PARTY_PARTS[i].find(low) is not None:
            return True
    return False


# Self-promotion beside "follow me/us/my page": without one of these, "follow" is ordinary (follow back, follow the recipe).
_PROMO = Prefiltered(re.compile(r"\b(?:giveaways?|channel|subscribe|sub|link|business|biz|shop|store|free|win|prizes?|daily|updates|more|"
                    r"new (?:page|account|insta|channel)|offers?|deals?|orders?|discount|bakes|cakes|for (?:more|updates|daily))\b|https?://|www\."))
# Someone asking to buy ("anyone selling…?") is not selling.
_WANTED = re.compile(r"(?:\banyone|\banybody|\bwho'?s|\bwho is|\bis there anyone|\bknow (?:anyone|of anyone|someone)|\bif you'?re|\bif you are|\bsomeone)\W*$")
# Lexical signs of commerce or spam that a whole-post model finding must stand on: the model alone gives no evidence.
_CUE = re.compile(r"(?:£|\$|€)\s?\d[\d,.]*|\b\d+ ?%|https?://|www\.|\w ?\. ?(?:com|org|net|info|pl|ru|de|co\.uk)\b|\bdot com\b|"
                  r"\b(?:channel|subscri\w*|su(?:c|s)?scri\w*|subs?|sub4sub|youtube|youtuber|follow (?:me|4|for)\b(?! back)|"
                  r"like (?:this comment|if|4|for)|thumbs up|watch my|my (?:new )?(?:videos?|vids?|tracks?|songs?|covers?|playlist)|"
                  r"check (?:me|'?em|them) out|look (?:me|her|him|it|us|them) up|look up|search|hit me up|vote|views?|"
                  r"views?|check (?:out|it out|this out|my)|click|link|visit|website|site(?! (?:manager|team|staff|supervisor|agent|visit))|free|win|winner|prize|giveaway|earn|earning|cash|money|"
                  r"income|profit|invest\w*|business|biz|shop|store|order\w*|buy|sale|sell\w*|offer|discount|deals?|cheap|promo|code|"
                  r"bargains?|booking|book now|services?|hire|quotes?|donat\w*|sponsor|fund\w*|like (?:my|and|&)|"
                  r"share|fans?|followers|likes|music|songs?|rap|album|mixtape|video|vids?|playlist)\b")
# Asking to buy: the model must not read "anyone selling a cheap bike?" as an advert.
_BUYING = Prefiltered(re.compile(r"\b(?:anyone|anybody|someone) (?:selling|got|have|has)\b|\blooking to buy\b|^\W*wanted\b|\bwtb\b"))
# Money or "work" offered to children with a private contact is an approach to children (safety_risk, reported by
# the safety detectors), not commerce: a commercial finding there would only understate it.
_TO_CHILDREN = Prefiltered(re.compile(r"\b(?:any|lonely|young|local) (?:girls|boys|kids|children|teens|year \d+s?)\b(?=.*\b(?:pm|dm|inbox|snap(?:chat)?|message) me\b)"))
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def model_may_speak(low: str) -> tuple[int, int] | None:
    """Where in folded text the model's finding may point: the first sign of commerce, or None when there is none."""
    if _BUYING.search(low):
        return None
    # Mask e-mail addresses (a contact detail, not a link) before looking for a sign.
    cue = _CUE.search(_EMAIL.sub(lambda m: " " * len(m.group(0)), low) if "@" in low else low)
    if cue is None or cue.end() <= cue.start():
        return None
    return cue.start(), cue.end()


class CommercialDetector(Detector):
    """Adverts, selling, asking for money and spam; the school's own fundraising is left alone."""

    name = "commercial_content"
    categories = ("commercial_content",)

    def __init__(self) -> None:
        self._model: LinearTextModel | None | bool = False
        self._school_rx: re.Pattern[str] | None = None

    @property
    def model(self) -> LinearTextModel | None:
        if self._model is False:
            self._model = LinearTextModel.load("commercial_spam")
        return self._model  # type: ignore[return-value]

    def prepare(self, pack=None, school=None, roster=None) -> "CommercialDetector":  # type: ignore[override]
        """A copy that also knows the school's own name, aliases and website (its own posts are not adverts)."""
        det = CommercialDetector()
        det._model = self.model
        if school is not None:
            names = [n for n in [*school.names, school.website.split("//")[-1].strip("/")] if n and len(n) >= 3]
            if names:
                det._school_rx = re.compile(r"\b(?:" + "|".join(re.escape(n.lower()) for n in names) + r")\b")
        return det

    def school_own(self, low: str, ctx: "Context | None") -> bool:
        """Is this plainly about the school's own events or fundraising (and not also promoting a third party)?"""
        if _third_party(low):
            return False
        if _SCHOOL_OWN.search(low) or (self._school_rx is not None and self._school_rx.search(low)):
            return True
        # The school's own page, posted by staff: money talk there is the school's own unless it promotes someone else.
        return ctx is not None and ctx.account == "official" and ctx.author == "staff"

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        """Commercial spans: patterns with evidence, plus the spam model where the text carries a sign of commerce."""
        if not text or not text.strip():
            return []
        low, idx = fold_map(text)
        if _TO_CHILDREN.search(low):
            return []
        own = self.school_own(low, ctx)
        official_staff = ctx is not None and ctx.account == "official" and ctx.author == "staff"
        promo = None
        hiring: bool | None = None
        out: list[Span] = []
        for i in _GROUP.candidates(low):
            kind, score, rx = _COMPILED[i]
            for m in rx.scan(low):
                if m.end() <= m.start():
                    continue
                if own and kind in ("selling", "donation", "advert"):
                    continue
                if kind == "advert" and hiring is None:
                    hiring = bool(_HIRING.search(low))
                if kind == "advert" and hiring:
                    continue
                hit = m.group(0)
                # On the school's own page, "our channel" / "follow us" is the school's own.
                if official_staff and kind in ("spam", "follow") and re.search(r"\b(?:our|us)\b", hit):
                    continue
                # (h-prec) a free thing the writer was given ("got a free sample in the post") is no offer to readers
                if kind == "spam" and hit.startswith("free") and _RECEIVED.search(low, max(0, m.start() - 25), m.start()):
                    continue
                if kind == "follow":
                    if promo is None:
                        promo = bool(_PROMO.search(low))
                    if not promo:
                        continue
                    kind = "spam"
                if kind == "selling" and hit.lstrip().startswith("selling") and _WANTED.search(low[max(0, m.start() - 30):m.start()]):
                    continue
                # (h-prec) "message me if you're interested" about a job or a role: recruiting, not selling
                if kind == "selling" and _IF_INTERESTED.fullmatch(hit) and _JOB.search(low) and not re.search(_MONEY, low):
                    continue
                s = idx[m.start()]
                e = idx[m.end() - 1] + 1
                out.append(self.span("commercial_content", s, e, score, kind))
        model = self.model
        if model is not None and not own and not any(sp.score >= 0.7 for sp in out):
            # The model alone is not evidence: it speaks only where the text has a sign of commerce, and its
            # finding points at that sign.
            cue = model_may_speak(low)
            if cue is not None:
                p = model.prob(cached_features(text, ctx))
                if p >= model.threshold:
                    score = 0.5 + 0.45 * (p - model.threshold) / max(1e-6, 1.0 - model.threshold)
                    out.append(self.span("commercial_content", idx[cue[0]], idx[cue[1] - 1] + 1, round(score, 3),
                                         "spam", model="commercial_spam", prob=round(p, 3)))
        # A price on its own is weak evidence: keep it only beside another sign of selling.
        # Prices alone in the writer's own purchase are no sale either: "Bought a new coat in the sale, £20 down from
        # £60" (a price list of things offered, "mugs £8, keyrings £4", stays).
        # (h-prec) Nor is a price asked about: "Is it £2 for the disco or £3 this time?"
        if out and all(o.kind == "selling" and o.score <= 0.55 for o in out):
            if not _BOUGHT.search(low) and _OFFER.search(low):
                # A price beside an offer to the reader (a way to buy or book, a seller's word): "Block paving from
                # £999, ring Dave", "brownies £2 at my cake stall", "gel sets £20 this week only, book via my page"
                for o in out:
                    o.score = 0.7
            elif len(out) == 1 or _BOUGHT.search(low) or all(text[o.end:o.end + 80].split("\n")[0].find("?") >= 0
                                                            and not re.search(r"[.!]", text[o.end:o.end + 80].split("?")[0])
                                                            for o in out):
                for o in out:
                    o.score = 0.4
        return out


# What makes a price an offer to the reader: a way to buy, book or get in touch, or a seller's word. (Not "pay on
# ParentPay", "call the office": the school's own posts never reach this; not a price asked about or paid.)
_OFFER = Prefiltered(re.compile(
    r"\b(?:ring|call|phone|text|whats ?app|message|dm|pm|inbox|contact) (?:me|us|him|her|them|on \d|now|[a-z]+(?: on\b| at\b|"
    r"\s*$|\s*[,.!]|\s+\d))|"
    r"\bbook (?:via|through|on|with|now|online|yours|your (?:slot|place|session|appointment)|me|us)\b|"
    r"\border (?:via|through|by|from|now|online|yours|today)\b|"
    r"\b(?:cake |market |craft |food )?stall\b|\bhand-?made\b|\bhome-?made\b|\bmade to order\b|\bsold out\b|"
    r"\b(?:this week|today|this weekend) only\b|\bwhile stocks last\b|\b(?:only|just) (?:£|\$|€)\s?\d|"
    r"(?<!down )(?<!reduced )(?<!up )\bfrom (?:just |only )?(?:£|\$|€)\s?\d|(?:£|\$|€)\s?\d[\d,]*(?:\.\d\d)? (?:a|per) "
    r"(?:basket|house|load|room|window|car|dog|cake|jar|bottle|pack|pot|item|piece|portion|tray|card|print|bouquet|"
    r"wreath|bag|box|dozen)\b|\b(?:" + _SERVICES + r"|baking|nails?|lashes) (?:service|services|business)\b"))


_IF_INTERESTED = re.compile(r"(?:dm|pm|message|inbox|text|whatsapp) (?:me|us) if (?:you'?re |you are )?interested")
_JOB = re.compile(r"\b(?:job|jobs|vacanc(?:y|ies)|post|role|position|hours|part[- ]time|full[- ]time|maternity cover|"
                  r"apply|applications?|volunteers?|volunteering)\b")
_RECEIVED = re.compile(r"\b(?:got|get|gets|getting|received|receive|was sent|were sent|sent me|gave me|given|was given|"
                       r"came with|comes with|won)(?: me| us)? (?:a |an |some |my |our |the )?$")
_BOUGHT = re.compile(r"\b(?:i |we |just |finally )?(?:bought|got (?:it|them|mine|a|an|some|new)|paid|spent|cost me|"
                     r"picked up|snapped up)\b[^.!?\n]{0,60}(?:£|\$|€)\s?\d|(?:down|reduced) from (?:£|\$|€)\s?\d|\bwas (?:£|\$|€)\s?\d")

DETECTORS = [CommercialDetector()]
