"""What is measured, one candidate per child process (so its peak RSS is its own).

python -m bench.candidates <scenario> <candidate> --url URL [options]  prints one JSON line:
{"seconds": time of the measured part, "records": rows seen, "calls": calls made}.
Start-up, imports and client construction (for the peer: its Login) are outside the measured part:
each pull calls _start() once its client exists. The peer runs from its own
virtual environment through bench/peer.py, which takes the same arguments.

Every pull consumes rows the same way (count them, keep the last) and checks that the last row is the
last customer, so no candidate can win by stopping early.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import http.client
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import msgspec
import orjson

from bench.server import ACTION_ID, ATTRIBUTES, DATE, FUNCTION_PATH, RECIPIENT_GROUP_ID, bench_query

API_KEY = "bench-api-key"
LAST_UPDATE_PATH = "/current/general/GetLastDataUpdate"
FIRST_CUSTOMER_ID = 10_000_000
WARM_UP_CALLS = 20
# Our client's budget for the run: far above what any scenario calls, so nothing waits for it.
CALLS_PER_HOUR = 1_000_000


_started: list[float] = []


def _start() -> None:
    _started.append(time.perf_counter())


def _last_id(records: int) -> str:
    return str(FIRST_CUSTOMER_ID + records - 1)


def _consume(rows: Iterable[Any]) -> tuple[int, Any]:
    count, last = 0, None
    for row in rows:
        count += 1
        last = row
    return count, last


# Our client's budget is kept in memory unless a scenario names a store: the library's default (a SQLite
# file of the user cache folder) is the stores scenario's to measure, and a benchmark must not write there.
MEMORY = "memory://"


def _budget(rate_limit: str | None) -> Any:
    """Our client's budget: --rate-limit CALLS/SECONDS, else one far above what any scenario calls."""
    from optimove_client import RateLimit  # noqa: PLC0415 (not needed by the other candidates)

    if rate_limit is None:
        return RateLimit(CALLS_PER_HOUR, 3600.0)
    calls, seconds = rate_limit.split("/")
    return RateLimit(int(calls), float(seconds))


def _our_client(
    url: str, store: str | None = None, *, budget: bool = True, rate_limit: str | None = None
) -> Any:
    from optimove_client import Optimove  # noqa: PLC0415

    limit = _budget(rate_limit) if budget else ()
    return Optimove(api_key=API_KEY, base_url=url, rate_limit=limit, store=store or MEMORY, environ={})


def _our_async_client(url: str, rate_limit: str | None = None) -> Any:
    from optimove_client import AsyncOptimove  # noqa: PLC0415

    limit = _budget(rate_limit)
    return AsyncOptimove(api_key=API_KEY, base_url=url, rate_limit=limit, store=MEMORY, environ={})


def _page_query(size: int, skip: int) -> dict[str, Any]:
    return {**dict(bench_query()), "$top": size, "$skip": skip}


# Full pulls ---------------------------------------------------------------------------------------------


def pull_floor(args: argparse.Namespace) -> tuple[int, str]:
    """http.client on one kept-alive connection, bytes only: what reading the pages costs at all."""
    target = urlsplit(args.url)
    connection = http.client.HTTPConnection(target.hostname or "", target.port)
    records, skip, last = 0, 0, ""
    _start()
    while True:
        connection.request("GET", f"{FUNCTION_PATH}?{urlencode(_page_query(args.page_size, skip))}")
        body = connection.getresponse().read()
        rows = body.count(b'{"CustomerID"')  # a memchr-speed scan, needed to know where the pull ends
        if rows:
            last = body[body.rfind(b'{"CustomerID":"') + 15 :].split(b'"', 1)[0].decode()
        records += rows
        if rows < args.page_size:
            break
        skip += args.page_size
    connection.close()
    return records, last


def _decoded_pages(args: argparse.Namespace, read: Callable[[int], bytes]) -> tuple[int, str]:
    """Every page read by `read(skip)`, decoded by msgspec into the very row structs our iterator yields
    (gc=False, the collector left running as the client leaves it), and nothing else: no paging, retries
    or budget."""
    from optimove_client._response.attribute_values import row_type  # noqa: PLC0415
    from optimove_client.generated.rows import GetCustomersByActionRow  # noqa: PLC0415

    row = row_type(GetCustomersByActionRow, ATTRIBUTES)
    decoder = msgspec.json.Decoder(list[row], strict=False)  # type: ignore[valid-type] # as the client's
    records, skip, last = 0, 0, None
    _start()
    while True:
        body = read(skip)
        rows = decoder.decode(body) if body else []
        count, tail = _consume(rows)
        records += count
        last = tail or last
        if count < args.page_size:
            break
        skip += args.page_size
    if last is not None and list(last.attributes) != list(ATTRIBUTES):
        sys.exit(f"attributes came back as {last.attributes!r}")
    return records, last.customer_id if last else ""


def pull_decode_floor(args: argparse.Namespace) -> tuple[int, str]:
    """(f): pages read with http.client, one read of the whole body each."""
    target = urlsplit(args.url)
    connection = http.client.HTTPConnection(target.hostname or "", target.port)

    def read(skip: int) -> bytes:
        connection.request("GET", f"{FUNCTION_PATH}?{urlencode(_page_query(args.page_size, skip))}")
        return connection.getresponse().read()

    try:
        return _decoded_pages(args, read)
    finally:
        connection.close()


def pull_decode_on_httpx(args: argparse.Namespace) -> tuple[int, str]:
    """(g): (f) read with a reused httpx.Client instead: how much of (c)/(f) is httpx's own reading (h11
    parses a body in 64 KiB chunks), which no client on httpx can take back."""
    with httpx.Client(base_url=args.url, headers={"X-API-KEY": API_KEY}) as client:
        return _decoded_pages(
            args, lambda skip: client.get(FUNCTION_PATH, params=_page_query(args.page_size, skip)).content
        )


def pull_naive(args: argparse.Namespace) -> tuple[int, str]:
    """What a user writes by hand: a reused httpx.Client, orjson.loads into dicts, the collector left on."""
    records, skip, last = 0, 0, None
    with httpx.Client(base_url=args.url, headers={"X-API-KEY": API_KEY}) as client:
        _start()
        while True:
            response = client.get(FUNCTION_PATH, params=_page_query(args.page_size, skip))
            response.raise_for_status()
            rows = orjson.loads(response.content) if response.content else []
            count, tail = _consume(rows)
            records += count
            last = tail or last
            if count < args.page_size:
                break
            skip += args.page_size
    return records, last["CustomerID"] if last else ""


def pull_ours(args: argparse.Namespace) -> tuple[int, str]:
    """Our typed iterator: every page, typed rows with an attributes mapping."""
    with _our_client(args.url, rate_limit=args.rate_limit) as opt:
        _start()
        rows = opt.customers.get_customers_by_action.iter(
            recipient_group_id=RECIPIENT_GROUP_ID,
            action_id=ACTION_ID,
            date=datetime.date.fromisoformat(DATE),
            attributes=list(ATTRIBUTES),
            page_size=args.page_size or None,  # 0: the client's default (bench/calls.py)
            max_items=args.max_items,
            concurrency=args.concurrency,
        )
        records, last = _consume(rows)
    if last is not None and list(last.attributes) != list(ATTRIBUTES):
        sys.exit(f"attributes came back as {last.attributes!r}")
    return records, last.customer_id if last else ""


async def _apull_ours(args: argparse.Namespace) -> tuple[int, Any]:
    async with _our_async_client(args.url, args.rate_limit) as opt:
        _start()
        count, last = 0, None
        async for row in opt.customers.get_customers_by_action.iter(
            recipient_group_id=RECIPIENT_GROUP_ID,
            action_id=ACTION_ID,
            date=datetime.date.fromisoformat(DATE),
            attributes=list(ATTRIBUTES),
            page_size=args.page_size,
            max_items=args.max_items,
            concurrency=args.concurrency,
        ):
            count += 1
            last = row
        return count, last


def pull_ours_async(args: argparse.Namespace) -> tuple[int, str]:
    records, last = asyncio.run(_apull_ours(args))
    return records, last.customer_id if last else ""


def pull_generated(args: argparse.Namespace) -> tuple[int, str]:
    """The generated models as they are: each page built by the generated request builder and sent with a
    reused httpx.Client, json.loads then attrs from_dict per row (what the generated callers, no longer
    generated, did)."""
    from optimove_generated.api.customers import get_customers_by_action  # noqa: PLC0415
    from optimove_generated.models import GetCustomersByActionItem  # noqa: PLC0415

    client = httpx.Client(base_url=args.url, headers={"X-API-KEY": API_KEY}, timeout=httpx.Timeout(300.0))
    records, skip, last = 0, 0, None
    with client:
        _start()
        while True:
            request = get_customers_by_action.build_request(
                recipient_group_id=RECIPIENT_GROUP_ID,
                action_id=ACTION_ID,
                date=datetime.date.fromisoformat(DATE),
                customer_attributes=";".join(ATTRIBUTES),
                top=args.page_size,
                skip=skip,
            )
            response = client.request(**request)
            if response.status_code != 200:
                raise RuntimeError(f"unexpected status {response.status_code}")
            try:
                rows = [GetCustomersByActionItem.from_dict(item) for item in response.json()]
            except json.JSONDecodeError:
                break  # json.loads cannot read the empty body that ends a pull
            count, tail = _consume(rows)
            records += count
            last = tail or last
            if count < args.page_size:
                break
            skip += args.page_size
    return records, last.customer_id if last else ""


PULLS: dict[str, Callable[[argparse.Namespace], tuple[int, str]]] = {
    "floor": pull_floor,
    "decode-floor": pull_decode_floor,
    "decode-httpx": pull_decode_on_httpx,
    "naive": pull_naive,
    "ours": pull_ours,
    "ours-async": pull_ours_async,
    "generated": pull_generated,
}


# Small calls ---------------------------------------------------------------------------------------------


def small_floor(args: argparse.Namespace) -> float:
    """http.client on one kept-alive connection: what a call costs below any HTTP library."""
    target = urlsplit(args.url)
    connection = http.client.HTTPConnection(target.hostname or "", target.port)

    def call() -> Any:
        connection.request("GET", LAST_UPDATE_PATH, headers={"X-API-KEY": API_KEY})
        return json.loads(connection.getresponse().read())["Date"]

    try:
        return _timed_calls(call, args.calls)
    finally:
        connection.close()


def small_raw(args: argparse.Namespace) -> float:
    with httpx.Client(base_url=args.url, headers={"X-API-KEY": API_KEY}) as client:

        def call() -> Any:
            response = client.get(LAST_UPDATE_PATH)
            response.raise_for_status()
            return response.json()["Date"]

        return _timed_calls(call, args.calls)


def small_raw_async(args: argparse.Namespace) -> float:
    async def run() -> float:
        async with httpx.AsyncClient(base_url=args.url, headers={"X-API-KEY": API_KEY}) as client:

            async def call() -> Any:
                response = await client.get(LAST_UPDATE_PATH)
                response.raise_for_status()
                return response.json()["Date"]

            return await _atimed_calls(call, args.calls)

    return asyncio.run(run())


def small_ours(args: argparse.Namespace) -> float:
    """Our client, its budget in the store given (--store; memory by default)."""
    with _our_client(args.url, args.store) as opt:
        return _timed_calls(opt.general.get_last_data_update, args.calls)


def small_ours_unlimited(args: argparse.Namespace) -> float:
    """Our client with no budget at all (rate_limit=()): what the stores' overheads are measured against."""
    with _our_client(args.url, budget=False) as opt:
        return _timed_calls(opt.general.get_last_data_update, args.calls)


def small_ours_async(args: argparse.Namespace) -> float:
    async def run() -> float:
        async with _our_async_client(args.url) as opt:
            return await _atimed_calls(opt.general.get_last_data_update, args.calls)

    return asyncio.run(run())


PAIR_BATCH = 50  # calls per batch when candidates are measured side by side (ours and raw httpx, stores)


def _alternating(calls: dict[str, Callable[[], Any]], total: int) -> dict[str, float]:
    """Batches of calls of each candidate in turn, in this one process: whatever else the machine does
    slows all alike. Median seconds per call of each."""
    per_call: dict[str, list[float]] = {name: [] for name in calls}
    for call in calls.values():
        for _ in range(WARM_UP_CALLS):
            call()
    for _ in range(max(1, total // PAIR_BATCH)):
        for name, call in calls.items():
            started = time.perf_counter()
            for _ in range(PAIR_BATCH):
                call()
            per_call[name].append((time.perf_counter() - started) / PAIR_BATCH)
    return {name: statistics.median(times) for name, times in per_call.items()}


async def _aalternating(calls: dict[str, Callable[[], Any]], total: int) -> dict[str, float]:
    per_call: dict[str, list[float]] = {name: [] for name in calls}
    for call in calls.values():
        for _ in range(WARM_UP_CALLS):
            await call()
    for _ in range(max(1, total // PAIR_BATCH)):
        for name, call in calls.items():
            started = time.perf_counter()
            for _ in range(PAIR_BATCH):
                await call()
            per_call[name].append((time.perf_counter() - started) / PAIR_BATCH)
    return {name: statistics.median(times) for name, times in per_call.items()}


def small_pair(args: argparse.Namespace) -> dict[str, float]:
    """Ours and raw httpx of one flavour (--candidate sync or async) side by side: median seconds per
    call of each, their batches alternating (what the small-call target divides)."""
    if args.candidate == "async":
        return asyncio.run(_small_pair_async(args.url, args.calls))
    with httpx.Client(base_url=args.url, headers={"X-API-KEY": API_KEY}) as raw, _our_client(args.url) as opt:

        def raw_call() -> Any:
            response = raw.get(LAST_UPDATE_PATH)
            response.raise_for_status()
            return response.json()["Date"]

        return _alternating({"raw": raw_call, "ours": opt.general.get_last_data_update}, args.calls)


async def _small_pair_async(url: str, calls: int) -> dict[str, float]:
    raw_client = httpx.AsyncClient(base_url=url, headers={"X-API-KEY": API_KEY})
    async with raw_client as raw, _our_async_client(url) as opt:

        async def raw_call() -> Any:
            response = await raw.get(LAST_UPDATE_PATH)
            response.raise_for_status()
            return response.json()["Date"]

        return await _aalternating({"raw": raw_call, "ours": opt.general.get_last_data_update}, calls)


_start_at: list[float] = []  # --start-at: the wall time at which the timed calls begin


def _wait_for_start() -> None:
    # Several processes measured together begin at once (after their start-up and warm-up).
    if _start_at:
        time.sleep(max(0.0, _start_at[0] - time.time()))


def stores_side_by_side(args: argparse.Namespace) -> dict[str, float]:
    """Our client with no budget, and with its budget in each store, in this one process: batches of calls
    alternate between them, so that whatever else the machine does slows all alike. Median seconds per
    call of each."""
    stores = {"none": None, "memory": "memory://", "sqlite": args.sqlite, "redis": args.redis}
    clients = {
        name: _our_client(args.url, store, budget=name != "none")
        for name, store in stores.items()
        if name in ("none", "memory") or store
    }
    try:
        return _alternating(
            {name: client.general.get_last_data_update for name, client in clients.items()}, args.calls
        )
    finally:
        for client in clients.values():
            client.close()


def _timed_calls(call: Callable[[], Any], calls: int) -> float:
    for _ in range(WARM_UP_CALLS):
        call()
    _wait_for_start()
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return time.perf_counter() - started


async def _atimed_calls(call: Callable[[], Any], calls: int) -> float:
    for _ in range(WARM_UP_CALLS):
        await call()
    started = time.perf_counter()
    for _ in range(calls):
        await call()
    return time.perf_counter() - started


SMALL: dict[str, Callable[[argparse.Namespace], float]] = {
    "floor": small_floor,
    "raw-httpx": small_raw,
    "raw-httpx-async": small_raw_async,
    "ours": small_ours,
    "ours-async": small_ours_async,
    "ours-unlimited": small_ours_unlimited,
}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.candidates")
    parser.add_argument("scenario", choices=("pull", "small", "small-pair", "stores"))
    parser.add_argument("candidate")
    parser.add_argument("--url", required=True)
    parser.add_argument("--records", type=int, default=0, help="rows the pull must end with")
    parser.add_argument("--page-size", type=int, default=10_000, help="0: the client's default (pull ours)")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--max-items", type=int, help="stop after this many rows (our client only)")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--store", help="our client's store URL (small calls; default memory://)")
    parser.add_argument("--rate-limit", help="our client's budget in a pull: CALLS/SECONDS (default: none)")
    parser.add_argument("--start-at", type=float, help="wall time at which the timed calls begin")
    parser.add_argument("--sqlite", help="the stores scenario: a SQLite store URL")
    parser.add_argument("--redis", help="the stores scenario: a Redis store URL")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.start_at is not None:
        _start_at.append(args.start_at)
    if args.scenario == "stores":
        print(json.dumps(stores_side_by_side(args)))
        return
    if args.scenario == "small-pair":
        print(json.dumps(small_pair(args)))
        return
    if args.scenario == "small":
        seconds = SMALL[args.candidate](args)
        print(json.dumps({"seconds": seconds, "calls": args.calls, "ended": time.time()}))
        return
    records, last = PULLS[args.candidate](args)
    seconds = time.perf_counter() - _started[0]
    if records != args.records or last != _last_id(args.records):
        sys.exit(f"{args.candidate}: pulled {records} rows ending with {last!r}, expected {args.records}")
    print(json.dumps({"seconds": seconds, "records": records}))


if __name__ == "__main__":
    main()
