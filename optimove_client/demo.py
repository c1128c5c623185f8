"""`make demo`: one call of the generated client against a local stand-in for Optimove.

The full daily job (login, last data update, campaigns, an export of every customer of one action) runs
against the bundled mock server once that lands; until then this shows the typed request and response of
one function without credentials or network.
"""

from __future__ import annotations

import datetime
import json

import httpx
from optimove_generated import Client
from optimove_generated.api.customers import get_customers_by_action
from optimove_generated.api.general import get_last_data_update

from optimove_client import __version__


def _stand_in(request: httpx.Request) -> httpx.Response:
    """Answer the two functions of this demo the way Optimove's documentation shows."""
    if request.url.path.endswith("/GetLastDataUpdate"):
        return httpx.Response(200, json={"Date": "2026-11-28"})
    if request.url.path.endswith("/GetCustomersByAction"):
        rows = [{"CustomerID": "231342", "CustomerAttributes": ["BuddyZZ", "UK"]}]
        return httpx.Response(200, json=rows)
    return httpx.Response(404, json="Not Found")


def main() -> None:
    transport = httpx.MockTransport(_stand_in)
    with Client(base_url="https://api5.optimove.net", httpx_args={"transport": transport}) as client:
        day = get_last_data_update.sync(client=client)
        assert day is not None
        print(f"optimove-client {__version__}: GetLastDataUpdate -> {day.date!r}")
        rows = get_customers_by_action.sync(
            client=client,
            recipient_group_id=1,
            action_id=15,
            date=datetime.date(2026, 11, 28),
            customer_attributes="Alias;Country",
            top=10_000,
        )
        for row in rows or []:
            print(f"GetCustomersByAction -> {row.customer_id} {json.dumps(row.customer_attributes)}")
    print("The full daily job against the bundled mock server arrives with the mock and overlay issues.")


if __name__ == "__main__":
    main()
