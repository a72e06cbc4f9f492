"""The personas, one per role at Brookfield (mallory belongs to another school)."""
PERSONAS = {"alice": "headteacher", "bob": "staff", "carol": "moderator", "dave": "poster", "erin": "dsl",
            "frank": "governor", "grace": "admin"}
PASSWORD = "correct horse battery staple"
