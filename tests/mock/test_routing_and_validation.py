from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize(
    "path", ["/current/actions/GetActionName", "/Actions/GetActionName", "/CURRENT/ACTIONS/getactionname"]
)
def test_both_path_forms_any_case(http: httpx.Client, path: str) -> None:
    assert http.get(path, params={"actionid": "1"}).json() == {
        "ActionName": http.get("/current/actions/GetAllActions").json()[0]["ActionName"]
    }


def test_unknown_function_wrong_method(http: httpx.Client) -> None:
    assert http.get("/current/actions/NoSuchFunction").status_code == 404
    wrong = http.post("/current/actions/GetAllActions")
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "GET"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "Parameter ActionID is required"),
        ({"ActionID": "x"}, "Parameter ActionID must be a whole number"),
        ({"ActionID": "-1"}, "Parameter ActionID is invalid"),
    ],
)
def test_invalid_parameters_get_400_naming_them(
    http: httpx.Client, params: dict[str, str], message: str
) -> None:
    response = http.get("/current/actions/GetActionName", params=params)
    assert response.status_code == 400 and message in response.json()


def test_booleans_any_case_dates_and_required_one_of(http: httpx.Client) -> None:
    base = {"TargetGroupID": "1", "Date": "2024-06-30"}
    url = "/current/customers/GetCustomerActionsByTargetGroup"
    assert http.get(url, params={**base, "IncludeControlGroup": "TRUE"}).status_code == 200
    assert http.get(url, params={**base, "IncludeControlGroup": "yes"}).status_code == 400
    assert http.get(url, params={**base, "Date": "2024-02-30"}).status_code == 400
    future = "/current/customers/GetCustomerFutureValues"
    both = http.get(future, params={"LifecycleStageID": "1", "CustomerAttributes": "Country"})
    assert both.status_code == 400 and "Exactly one of" in both.json()
    assert http.get(future, params={"LifecycleStageID": "1"}).status_code == 200


def test_post_bodies_are_validated(http: httpx.Client) -> None:
    url = "/current/integrations/AddPromotions"
    too_many = [{"PromoCode": f"P{i}", "PromotionName": "n"} for i in range(101)]
    assert http.post(url, json=too_many).status_code == 400
    missing = http.post(url, json=[{"PromoCode": "P1"}])
    assert missing.status_code == 400 and "PromotionName" in missing.json()
    assert (
        http.post(url, content=b"{not json", headers={"Content-Type": "application/json"}).status_code == 400
    )
