"""One worker process of tests/test_store_processes.py: a client that has its SQLite store open.

    python -m tests.store_worker --base-url URL --store URL --rate-limit CALLS/SECONDS --calls N

It builds one client and takes one budget slot (so its store has the file open and its budget table
read), prints READY, waits for a line on standard input (so that the test can delete or replace the
file in between, and every worker starts at once), makes N calls one after the other, and prints a
JSON summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from optimove_client import Optimove, RateLimit

API_KEY = "store-worker-key"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.store_worker")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--rate-limit", required=True)
    parser.add_argument("--calls", type=int, required=True)
    args = parser.parse_args(argv)
    options = {"base_url": args.base_url, "store": args.store, "environ": {}}
    with Optimove(api_key=API_KEY, rate_limit=RateLimit.parse(args.rate_limit), **options) as opt:
        opt._parts.budget.wait("warm-up")  # a slot of the budget, without a call
        opt._http.get("/_mock/counters").raise_for_status()  # connected, outside the budget
        print("READY", flush=True)
        sys.stdin.readline()
        errors = []
        for _ in range(args.calls):
            try:
                opt.general.get_last_data_update()
            except Exception as error:  # reported to the test
                errors.append(f"{type(error).__name__}: {error}")
    print(json.dumps({"calls": args.calls - len(errors), "errors": errors}), flush=True)


if __name__ == "__main__":
    main()
