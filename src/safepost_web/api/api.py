"""The JSON API (django-ninja): check, contact, official-post submission; per-user bearer tokens."""
from __future__ import annotations

from typing import Literal, Optional

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Schema
from ninja.security import HttpBearer

try:  # django-ninja >= 1.5 wants Status(...); older releases take a (code, body) tuple
    from ninja.responses import Status
except ImportError:  # pragma: no cover
    def Status(code, body):  # type: ignore[no-redef]
        return code, body

from safepost.types import SafepostError

from safepost_web.api.models import ApiToken
from safepost_web.checks.service import run_check
from safepost_web.core.access import require
from safepost_web.posts.models import OfficialPost, PostCheckError, PostStateError
from safepost_web.schools.library import decide_contact
from safepost_web.schools.models import OfficialAccount, Pupil

Channel = Literal["facebook", "x", "instagram", "linkedin", "whatsapp", "youtube", "tiktok", "snapchat", "email",
                  "other"]


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        user = ApiToken.user_for(token)
        if user is not None:
            request.user = user
        return user


# No interactive docs page: it loads its scripts from a CDN, and a school's machine may be offline.
api = NinjaAPI(title="safepost API", version="1", auth=TokenAuth(), urls_namespace="api", docs_url=None,
               description="Check posts and contact requests against a school's policy, and send official posts "
                           "for approval. Send `Authorization: Bearer <token>`; make a token under "
                           "'API tokens' in the web app. Every call acts in one school, with your role there.")


class Problem(Schema):
    detail: str


class CheckIn(Schema):
    text: str
    account: Literal["personal", "official"] = "personal"
    author: Literal["staff", "parent", "pupil", "public"] = "staff"
    channel: Optional[Channel] = None
    tags: list[str] = []


class FindingOut(Schema):
    category: str
    severity: str
    rule: str
    clause: str
    message: str
    start: Optional[int] = None
    end: Optional[int] = None
    evidence: Optional[str] = None
    confidence: Optional[float] = None
    fix: Optional[str] = None


class CheckOut(Schema):
    policy: str
    verdict: str
    findings: list[FindingOut]
    redacted_text: Optional[str] = None
    notes: list[str] = []


class ContactIn(Schema):
    relationship: Literal["current_pupil", "former_pupil", "parent_of_pupil", "parent_of_former_pupil",
                          "young_person_via_role", "colleague", "other"]
    age: Optional[int] = None
    family: bool = False
    looked_after: bool = False
    sen: bool = False
    kind: Literal["friend_request", "message", "follow"] = "friend_request"
    direction: Literal["received", "sent"] = "received"


class ContactOut(Schema):
    policy: str
    decision: str
    rule: str
    clause: str
    message: str
    report_to: Optional[str] = None


class PostIn(Schema):
    account_id: int
    text: str
    tagged: list[int] = []
    submit: bool = True


class PostOut(Schema):
    id: int
    status: str
    version: int
    verdict: str
    findings: list[FindingOut]


@api.exception_handler(PermissionDenied)
def _denied(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Not allowed."}, status=403)


@api.exception_handler(SafepostError)
def _unusable(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.post("/schools/{slug}/check", response={200: CheckOut, 403: Problem, 409: Problem}, tags=["check"])
def check(request, slug: str, body: CheckIn):
    """Check one post's text against the school's pack. Nothing is stored."""
    m = require(request, slug, "check")
    result = run_check(m.school, body.text, account=body.account, channel=body.channel, tags=tuple(body.tags),
                       author=body.author)
    return result.to_dict()


@api.post("/schools/{slug}/contact", response={200: ContactOut, 403: Problem, 409: Problem}, tags=["contact"])
def contact(request, slug: str, body: ContactIn):
    """'Should I accept this?': the school's pack decides a friend request, message or follow."""
    m = require(request, slug, "contact")
    return decide_contact(m.school, **body.dict()).to_dict()


def _post_out(post: OfficialPost) -> dict:
    return {"id": post.pk, "status": post.status, "version": post.version, "verdict": post.verdict,
            "findings": post.check_result.get("findings", [])}


@api.post("/schools/{slug}/posts", response={201: PostOut, 400: Problem, 403: Problem, 409: Problem, 500: Problem},
          tags=["official posts"])
def submit_post(request, slug: str, body: PostIn):
    """Draft an official post and (by default) send it to the moderators' queue."""
    m = require(request, slug, "draft_official")
    account = OfficialAccount.objects.filter(school=m.school, pk=body.account_id).first()
    if account is None:
        return Status(400, {"detail": f"account_id {body.account_id} is not one of this school's official accounts."})
    pupils = list(Pupil.objects.filter(school=m.school, pk__in=body.tagged, left_at__isnull=True))
    if len(pupils) != len(set(body.tagged)):
        return Status(400, {"detail": "Some tagged pupil ids are not current pupils of this school."})
    try:
        post = OfficialPost.draft(m.school, account, request.user, body.text, pupils, detail="through the API")
    except PostCheckError as e:  # nothing was kept; a policy that cannot be used is 409, as for /check
        return Status(409 if isinstance(e.__cause__, SafepostError) else 500, {"detail": str(e)})
    if body.submit:
        try:
            post.submit(request.user, post.version)
        except PostStateError as e:
            post.refresh_from_db()
            return Status(409, {"detail": f"Post {post.pk} was kept as a draft: {e}"})
    post.refresh_from_db()
    return Status(201, _post_out(post))


@api.get("/schools/{slug}/posts/{post_id}", response={200: PostOut, 403: Problem, 404: Problem},
         tags=["official posts"])
def get_post(request, slug: str, post_id: int):
    """One official post's status and findings."""
    m = require(request, slug, "view_posts")
    return _post_out(get_object_or_404(OfficialPost, school=m.school, pk=post_id))
