"""The kinds each category's detectors may report: the vocabulary pack rules filter on (`when.kind`).

A detector reports one of these in `Span.kind`; a pack rule may single out kinds
(e.g. abuse_or_hate of kind `threat` escalates). Keep this list and the detectors in step.
"""
KINDS: dict[str, tuple[str, ...]] = {
    "pupil_identified": ("name",),  # attrs: pupil, form (full|first|preferred|surname_with_class|hashtag), name_consent, photo_consent, on_roster, year_group
    "personal_information": ("phone", "email", "postcode", "address", "date_of_birth", "handle"),
    "offensive_language": ("profanity", "crude"),
    "abuse_or_hate": ("insult", "harassment", "threat", "racist", "sexist", "homophobic",
                      "transphobic", "disability", "religious", "hate"),
    "disparaging_school_community": ("complaint",),
    "confidential_school_matter": ("performance", "inspection", "dispute", "behaviour_incident",
                                   "exclusion", "staffing", "colleague", "safeguarding_case", "family"),
    "allegation": ("allegation", "adult_harmed_child"),
    "political_statement": ("political",),
    "commercial_content": ("advert", "selling", "donation", "spam"),
    "safety_risk": ("trip", "empty_home", "location", "looked_after_whereabouts",
                    "child_at_risk", "disclosure", "grooming"),
    "speaking_for_school": ("school_view", "logo", "press", "names_school"),
    "professional_reference": ("reference",),
    "pupil_contact": ("friend", "message", "personal_info_request", "grooming", "secrecy",
                      "former_adult",  # a former pupil the post says is past the pack's contact age
                      "pupil_pages"),  # looking at pupils' own social media pages (detectors/connections.py)
    "parent_contact_channel": ("parent_contact", "parent_friend"),  # parent_friend: befriending parents (connections.py)
    "direct_message_official": ("addressed",),
    "image_consent": ("named_photo", "no_consent", "face_without_consent", "photo_of_pupils"),
    "location_metadata": ("gps", "geotag"),
    "timing": ("lessons", "working_hours", "text_says_lessons"),
}
