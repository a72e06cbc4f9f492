"""API fuzzing against the OpenAPI description (schemathesis): whatever is sent, never a server error."""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from safepost_web.wsgi import application  # noqa: E402

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    # Called as a plain WSGI app, Django closes the database connection after each request; on
    # PostgreSQL that is the test's own transaction. Django's test client unhooks this the same way.
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def auth(world):
    from safepost_web.api.models import ApiToken

    _, token = ApiToken.issue(world.dave, "fuzz")  # dave may use every endpoint
    return {"Authorization": f"Bearer {token}", "Host": "testserver"}


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_never_fails_with_a_server_error(case, auth):
    if "slug" in (case.path_parameters or {}):
        case.path_parameters["slug"] = "brookfield"  # reach the real code, not only the 403
    case.call_and_validate(headers=auth, checks=[not_a_server_error])
