"""Fake platforms that answer as each platform's documentation says, errors included.

Each is a responder for FakeServer with a little state (which comments exist, which are hidden,
who is blocked) and switches for the failures a moderator meets: an expired token, a rate limit.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .fakeserver import Answer, Request

GOOD_TOKEN = "good-token"
EXPIRED_TOKEN = "expired-token"
SCHOOL_PAGE = "1000001"  # the school's Page / channel / account id

# --- Graph API (Facebook and Instagram) ------------------------------------------------------


def graph_error(code: int, message: str, *, subcode: int | None = None, type_: str = "OAuthException", status: int = 400) -> Answer:
    """An error in the Graph API's documented shape."""
    error = {"message": message, "type": type_, "code": code, "fbtrace_id": "AbCdEf123"}
    if subcode is not None:
        error["error_subcode"] = subcode
    return Answer(status, {"error": error})


EXPIRED = graph_error(
    190, "Error validating access token: Session has expired on Friday, 20-Nov-26 09:00:00 PST.", subcode=463, status=400
)
RATE_LIMITS = {
    4: "(#4) Application request limit reached",
    17: "(#17) User request limit reached",
    32: "(#32) Page request limit reached",
    613: "(#613) Calls to this api have exceeded the rate limit.",
}


def missing_object(object_id: str) -> Answer:
    """What Graph answers for an id that no longer exists (deleted comment)."""
    return graph_error(
        100,
        f"Unsupported post request. Object with ID '{object_id}' does not exist, cannot be loaded "
        "due to missing permissions, or does not support this operation.",
        subcode=33,
        type_="GraphMethodException",
    )


@dataclass
class FakeGraph:
    """Graph API v21.0 for one Page: POST/DELETE on comments, POST/DELETE {page}/blocked."""

    hide_field: str = "is_hidden"  # Instagram's is "hide"
    comments: dict[str, bool] = field(default_factory=lambda: {"c1": False, "c2": True})  # id -> hidden
    blocked: set[str] = field(default_factory=set)
    rate_limit_code: int | None = None
    override: Answer | None = None  # answer every call with this (outages, odd errors)

    def __call__(self, request: Request) -> Answer:
        fields = request.fields
        if fields.get("access_token") == EXPIRED_TOKEN:
            return EXPIRED
        if fields.get("access_token") != GOOD_TOKEN:
            return graph_error(190, "Invalid OAuth access token - Cannot parse access token")
        if self.rate_limit_code:
            # Page-level limits also send the documented usage header, in minutes.
            usage = json.dumps({SCHOOL_PAGE: [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 5}]})
            limited = graph_error(self.rate_limit_code, RATE_LIMITS[self.rate_limit_code])
            return Answer(limited.status, limited.body, {"X-Business-Use-Case-Usage": usage})
        if self.override is not None:
            return self.override
        parts = request.path.strip("/").split("/")
        if parts[0] != "v21.0":
            return graph_error(2500, "Unknown path components", type_="OAuthException")
        target = parts[1:]
        if target == [SCHOOL_PAGE, "blocked"]:
            return self._blocked(request)
        if len(target) == 1:
            return self._comment(request, target[0])
        return graph_error(100, "Unknown path components")

    def _comment(self, request: Request, comment_id: str) -> Answer:
        if comment_id not in self.comments:
            return missing_object(comment_id)
        if request.method == "DELETE":
            del self.comments[comment_id]
            return Answer(200, {"success": True})
        if request.method == "POST" and self.hide_field in request.fields:
            self.comments[comment_id] = request.fields[self.hide_field] == "true"
            return Answer(200, {"success": True})
        return graph_error(100, "(#100) Invalid parameter")

    def _blocked(self, request: Request) -> Answer:
        user = request.fields.get("user") or request.fields.get("asid") or ""
        if request.method == "POST":
            self.blocked.add(user)
            return Answer(200, {user: True})
        self.blocked.discard(user)
        return Answer(200, {"success": True})


# --- YouTube Data API v3 ----------------------------------------------------------------------


def youtube_error(status: int, reason: str, message: str, domain: str = "youtube.comment") -> Answer:
    """An error in the Data API's documented shape."""
    return Answer(status, {"error": {
        "code": status,
        "message": message,
        "errors": [{"message": message, "domain": domain, "reason": reason}],
    }})


YT_EXPIRED = Answer(401, {"error": {
    "code": 401,
    "message": "Request had invalid authentication credentials. Expected OAuth 2 access token.",
    "errors": [{"message": "Invalid Credentials", "domain": "global", "reason": "authError",
                "location": "Authorization", "locationType": "header"}],
    "status": "UNAUTHENTICATED",
}})
YT_QUOTA = youtube_error(403, "quotaExceeded", "The request cannot be completed because you have exceeded your quota.", "youtube.quota")
YT_RATE = youtube_error(403, "rateLimitExceeded", "The request cannot be completed because you have exceeded your rate limit.", "usageLimits")
YT_FORBIDDEN = youtube_error(403, "forbidden", "The comment could not be updated due to insufficient permissions.")


@dataclass
class FakeYouTube:
    """comments.setModerationStatus and comments.delete for one channel."""

    comments: dict[str, str] = field(default_factory=lambda: {"Ugx1": "published", "Ugx2": "heldForReview"})
    deleted: set[str] = field(default_factory=set)
    banned: set[str] = field(default_factory=set)
    authors: dict[str, str] = field(default_factory=lambda: {"Ugx1": "UCauthor1", "Ugx2": "UCauthor2"})
    override: Answer | None = None

    def __call__(self, request: Request) -> Answer:
        auth = request.headers.get("authorization", "")
        if auth == f"Bearer {EXPIRED_TOKEN}" or auth != f"Bearer {GOOD_TOKEN}":
            return YT_EXPIRED
        if self.override is not None:
            return self.override
        comment_id = request.query.get("id", "")
        if comment_id not in self.comments:
            return youtube_error(404, "commentNotFound", "The comment identified by the id parameter could not be found.")
        if request.method == "POST" and request.path == "/youtube/v3/comments/setModerationStatus":
            return self._moderate(comment_id, request.query)
        if request.method == "DELETE" and request.path == "/youtube/v3/comments":
            del self.comments[comment_id]
            self.deleted.add(comment_id)
            return Answer(204)
        return youtube_error(404, "notFound", "Not Found", "global")

    def _moderate(self, comment_id: str, query: dict[str, str]) -> Answer:
        status = query.get("moderationStatus", "")
        if status not in {"heldForReview", "published", "rejected"}:
            return youtube_error(400, "invalidModerationStatus", "Invalid moderationStatus")
        if query.get("banAuthor") == "true":
            if status != "rejected":
                return youtube_error(400, "banWithoutReject", "The banAuthor parameter can only be used when moderationStatus is rejected.")
            self.banned.add(self.authors[comment_id])
        self.comments[comment_id] = status
        return Answer(204)


# --- X API v2 ---------------------------------------------------------------------------------

X_UNAUTHORIZED = Answer(401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"})
X_RESET_AT = 1_763_000_600


def x_too_many() -> Answer:
    """A 429 with the documented rate-limit headers."""
    return Answer(
        429,
        {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429},
        {"x-rate-limit-limit": "50", "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(X_RESET_AT)},
    )


def x_forbidden(detail: str) -> Answer:
    """A 403 problem object."""
    return Answer(403, {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": detail})


@dataclass
class FakeX:
    """Hidden replies and blocking for the school's account (user id SCHOOL_PAGE)."""

    # reply id -> hidden; only replies in the school's own conversations are here
    replies: dict[str, bool] = field(default_factory=lambda: {"1850000000000000001": False})
    elsewhere: set[str] = field(default_factory=lambda: {"1850000000000000999"})  # others' threads
    blocked: set[str] = field(default_factory=set)
    rate_limited: bool = False
    missing_as_errors_array: bool = False  # answer a missing post as 200 + errors, not 404

    def __call__(self, request: Request) -> Answer:
        if request.headers.get("authorization") != f"Bearer {GOOD_TOKEN}":
            return X_UNAUTHORIZED
        if self.rate_limited:
            return x_too_many()
        parts = request.path.strip("/").split("/")
        if parts[:2] == ["2", "tweets"] and len(parts) == 4 and parts[3] == "hidden" and request.method == "PUT":
            return self._hide(parts[2], request.json or {})
        if parts[:2] == ["2", "users"] and len(parts) >= 4 and parts[3] == "blocking":
            return self._block(parts[2], request, parts[4] if len(parts) > 4 else "")
        return Answer(404, {"title": "Not Found Error", "type": "about:blank", "status": 404, "detail": "Not Found"})

    def _hide(self, tweet_id: str, body: dict) -> Answer:
        if tweet_id in self.elsewhere:
            return x_forbidden("You can only hide or unhide replies in conversations you authored.")
        if tweet_id not in self.replies:
            error = {"value": tweet_id, "detail": f"Could not find tweet with id: [{tweet_id}].",
                     "title": "Not Found Error", "resource_type": "tweet", "parameter": "id",
                     "resource_id": tweet_id, "type": "https://api.twitter.com/2/problems/resource-not-found"}
            return Answer(200, {"errors": [error]}) if self.missing_as_errors_array else Answer(404, {"errors": [error]})
        self.replies[tweet_id] = bool(body.get("hidden"))
        return Answer(200, {"data": {"hidden": self.replies[tweet_id]}})

    def _block(self, source: str, request: Request, target: str) -> Answer:
        if source != SCHOOL_PAGE:
            return x_forbidden("You are not permitted to perform this action on behalf of this user.")
        if request.method == "POST":
            self.blocked.add((request.json or {}).get("target_user_id", ""))
            return Answer(200, {"data": {"blocking": True}})
        self.blocked.discard(target)
        return Answer(200, {"data": {"blocking": False}})
