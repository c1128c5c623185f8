"""The peer, PyPI `optimove==2.0.0`, driven the way its users drive it. Runs in bench/.peer-venv.

Same arguments and output as bench.candidates (scenario "pull" or "small", candidate "peer"); stdlib
only besides the peer, since our packages are not installed in its environment.

How the peer works (read from its source): Client(username, password, url=) logs in at
url + /current/general/login; every call is a fresh requests.get (no session, so a new connection per
call) and finds its own URL by inspecting the caller's stack frames. Paging is by hand with top=/skip=;
get_customers_by_action returns a list of {"customer_id", "attributes"} dicts built from the
whole decoded page.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from optimove.client import Client

# Same values as bench.server (this file cannot import it: our packages are not in the peer's venv).
RECIPIENT_GROUP_ID = 1
ACTION_ID = 3
DATE = "2024-06-30"
ATTRIBUTES = ["Alias", "Country", "Email"]
FIRST_CUSTOMER_ID = 10_000_000
WARM_UP_CALLS = 20
USERNAME, PASSWORD = "bench-user", "bench-password"  # any Login works on the bench server
_started: list[float] = []


def pull(args: argparse.Namespace) -> tuple[int, str]:
    client = Client(username=USERNAME, password=PASSWORD, url=args.url)
    records, skip, last = 0, 0, None
    _started.append(time.perf_counter())  # after the Login, as the other candidates start after set-up
    while True:
        try:
            page = client.customers.get_customers_by_action(
                RECIPIENT_GROUP_ID, ACTION_ID, DATE, attributes=ATTRIBUTES, top=args.page_size, skip=skip
            )
        except ValueError:
            break  # the peer cannot read the empty body Optimove sends past the last page
        if page is False:
            sys.exit("the peer's call failed")
        for row in page:
            records += 1
            last = row
        if len(page) < args.page_size:
            break
        skip += args.page_size
    return records, last["customer_id"] if last else ""


def small(args: argparse.Namespace) -> float:
    client = Client(username=USERNAME, password=PASSWORD, url=args.url)
    for _ in range(WARM_UP_CALLS):
        client.general.get_last_data_update()
    started = time.perf_counter()
    for _ in range(args.calls):
        if client.general.get_last_data_update() is False:
            sys.exit("the peer's call failed")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(prog="peer.py")
    parser.add_argument("scenario", choices=("pull", "small"))
    parser.add_argument("candidate", choices=("peer",))
    parser.add_argument("--url", required=True)
    parser.add_argument("--records", type=int, default=0)
    parser.add_argument("--page-size", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    if args.scenario == "small":
        print(json.dumps({"seconds": small(args), "calls": args.calls}))
        return
    records, last = pull(args)
    seconds = time.perf_counter() - _started[0]
    if records != args.records or last != str(FIRST_CUSTOMER_ID + args.records - 1):
        sys.exit(f"peer: pulled {records} rows ending with {last!r}, expected {args.records}")
    print(json.dumps({"seconds": seconds, "records": records}))


if __name__ == "__main__":
    main()
