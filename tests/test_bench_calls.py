"""bench/calls.py: how the fewest calls are counted, and that a job is held to exactly that (issue 27)."""

from __future__ import annotations

from bench import calls


def test_a_pull_that_ends_on_a_full_page_needs_the_empty_one_after_it() -> None:
    assert calls.largest_page("GetCustomersByAction") == 200_000
    assert calls.calls_of_pull(1_000_000, 200_000) == 6  # 5 full pages, then the empty one that ends them
    assert calls.calls_of_pull(999_999, 200_000) == 5  # the fifth page is short: the end is known
    assert calls.calls_of_pull(0, 200_000) == 1  # no rows: one call to learn it
    assert calls.calls_of_pull(1_000_000, 50_000) == 21


def test_a_job_passes_only_at_the_fewest_calls() -> None:
    fewest = {"GetLastDataUpdate": 1, "GetCustomersByAction": 2}
    jobs = [
        calls.Job("exact", dict(fewest), fewest),
        calls.Job("one twice", {"GetLastDataUpdate": 2, "GetCustomersByAction": 2}, fewest),
        calls.Job("one missing", {"GetLastDataUpdate": 1, "GetCustomersByAction": 1}, fewest),
    ]
    judged = [line for line in calls.verdicts(calls.CallsResults(jobs)) if not line.startswith("INFO")]
    assert judged == [
        "PASS  calls spent / fewest, exact: 1.00 (3 / 3; target 1.00)",
        "FAIL  calls spent / fewest, one twice: 1.33 (4 / 3; target 1.00)",
        "FAIL  calls spent / fewest, one missing: 0.67 (2 / 3; target 1.00)",
    ]
    assert "GetLastDataUpdate 2 (fewest 1), GetCustomersByAction 2" in calls.rows(calls.CallsResults(jobs))[3]
    assert calls.verdicts(calls.CallsResults(error="exit 1: boom")) == [
        "FAIL  calls spent / fewest: exit 1: boom"
    ]
