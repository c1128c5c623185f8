"""Where the facade hands a call: the sync and async runners (runner; runner_core, what they share),
paged pulls (paging, page_plan) and batches (batch_run)."""
