"""The one loop every call goes through (call_loop, its I/O shells; call_steps, its steps written once;
call_core, its decisions; call_state, what it carries): wait for the call budget (ratelimit) on the
injectable clock (clock), send one request and read it within the attempt's deadline (deadline), turn a
failure into its exception (error_mapping), and say whether and when to try again (retry). Long waits are
told to whoever watches (waiting)."""
