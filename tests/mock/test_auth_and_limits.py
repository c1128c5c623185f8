from __future__ import annotations

import httpx

from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME, ManualClock, MockOptimove

LOGIN = "/current/general/login"
ACTIONS = "/current/actions/GetAllActions"


def _login(http: httpx.Client, **body: str) -> httpx.Response:
    return http.post(LOGIN, json=body or {"UserName": DEFAULT_USERNAME, "Password": DEFAULT_PASSWORD})


def test_api_key_is_required_and_checked(mock: MockOptimove) -> None:
    with mock.client(api_key="") as anonymous, mock.client(api_key="wrong") as wrong:
        assert anonymous.get(ACTIONS).status_code == 401
        assert wrong.get(ACTIONS).json() == "Unauthorized"


def test_login_token_slides_then_expires(mock: MockOptimove, clock: ManualClock) -> None:
    with mock.client(api_key="") as http:
        token = _login(http, username=DEFAULT_USERNAME.upper(), PASSWORD=DEFAULT_PASSWORD).json()
        headers = {"Authorization-Token": token}
        for _ in range(3):  # each call restarts the 20 minutes
            clock.advance(19 * 60)
            assert http.get(ACTIONS, headers=headers).status_code == 200
        clock.advance(20 * 60)
        expired = http.get(ACTIONS, headers=headers)
        assert expired.status_code == 403 and expired.json() == "Authorization-Token Expired"
        assert _login(http).status_code == 200
    assert mock.logins.succeeded == 2


def test_login_refused_while_token_valid_or_within_a_second(mock: MockOptimove, clock: ManualClock) -> None:
    with mock.client(api_key="") as http:
        assert _login(http).status_code == 200
        assert _login(http).status_code == 429
        mock.expire_tokens()
        assert _login(http).status_code == 429  # still within one second of the last Login
        clock.advance(1)
        assert _login(http).status_code == 200
        assert _login(http, UserName=DEFAULT_USERNAME, Password="nope").status_code == 401
    assert (mock.logins.succeeded, mock.logins.rejected_too_soon, mock.logins.rejected_credentials) == (
        2,
        2,
        1,
    )


def test_rate_limit_answers_429_with_retry_after_and_exempts_transactional_mail(clock: ManualClock) -> None:
    mock = MockOptimove(customers=3, clock=clock, rate_limits=((2, 60.0),))
    mail = {"TemplateID": 1, "Recipients": [{"Email": "a@example.com"}]}
    with mock.client() as http:
        assert [http.get(ACTIONS).status_code for _ in range(2)] == [200, 200]
        clock.advance(10)
        limited = http.get(ACTIONS)
        assert limited.status_code == 429 and limited.headers["Retry-After"] == "50"
        assert http.post("/current/transactionalmail/SendTransactionalMail", json=mail).status_code == 200
        clock.advance(50)
        assert http.get(ACTIONS).status_code == 200


def test_secrets_stay_out_of_reprs(mock: MockOptimove) -> None:
    text = repr(mock) + repr(mock.config)
    assert mock.api_key not in text and DEFAULT_PASSWORD not in text
