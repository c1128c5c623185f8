"""The prose of `optimove --help`, `optimove call --help` and `optimove request --help`: what the commands
do and examples of each, kept apart from the grammar (parser.py) that shows them."""

from __future__ import annotations

from optimove_client.cli.exit_codes import HELP as EXIT_CODES
from optimove_client.cli.output_formats import KNOWN

DESCRIPTION = (
    "Call Optimove's REST API v3 from a shell: list functions, call one, export all its pages, send a "
    "list in batches, or send any request."
)

CALL_EPILOG = f"""\
examples:
  optimove call GetCustomersByAction --help     # its parameters, body and result (optimove functions NAME)
  optimove call GetLastDataUpdate
  optimove call GetCustomersByAction --param RecipientGroupID=1 --param ActionID=12 \\
      --param Date=2024-06-30 --attributes Alias,Country --all-pages --output customers.csv
  optimove call AddPromotions --body '[{{"PromoCode": "WELCOME10", "PromotionName": "Welcome"}}]'
  optimove call UpdateCustomerAttributes --body @changes.json
  optimove call AddPromotions --body @promotions.json --batched     # any number, 100 a call
  optimove call GetAllActions --extra-param NewFilter=1 --extra-header X-Trace:abc

parameters:
  --param Name=Value uses Optimove's names (case-insensitive): integers, dates (YYYY-MM-DD), booleans
  (true/false) and enums (by number or name: EventTypeID=1 or CampaignProcessed) are checked against the
  spec before anything is sent. A body field takes its text as is when it is a string, and JSON otherwise
  (--param 'CustomerIDs=["1","2"]'). --body gives the whole body as JSON, @FILE or @- (standard input);
  it is required for functions whose body is an array.

beyond the spec (for what Optimove added after it):
  --extra-param NAME=VALUE is an extra query parameter, sent as text (a name given twice is sent twice);
  --extra-field NAME=VALUE an extra body field, JSON when VALUE parses as JSON, else the text
  (--extra-field 'Tags=["a"]', --extra-field Note=hello); --extra-header NAME:VALUE an extra header.
  A name the spec knows is refused (give it with --param), and so are the headers the client sets
  itself (authentication, Accept, Content-Type, User-Agent). `optimove request` sends any call.

batches:
  --batched sends a list longer than one call takes (the array body, or the list field of an object
  body, from --body or --param) in as many calls as it needs, in order: `optimove functions` shows which
  functions batch and how many items a call takes. A progress line is drawn on a terminal; the summary
  goes to standard error, and the results of functions that answer something to the output (a JSON
  array, or JSON lines). When a call fails, the message says which items were sent, which failed and
  which were not sent, and the exit code is that of the failed call; it ends with the command's
  continuation, e.g. `continue with --start-at 200`: --start-at N sends the items from N on (numbered
  from 0 in the whole list) and none before it, so the same command with it sends only what is left.

output:
  --output FILE, or - for standard output. The format is --format, else the suffix of FILE
  ({KNOWN}), else json (jsonl with --all-pages); a --format that contradicts the suffix is refused,
  and so is any other suffix (.tsv, .txt) unless --format says what to write. A .gz suffix (or
  --compress gzip, for standard output) writes gzip. parquet (an --all-pages export; needs the [arrow]
  extra) writes one zstd row group per page, typed columns, each attribute a column. --xml writes
  Optimove's XML as it came: not with --format, and only to a .xml file or one without a suffix.
  Standard output (/dev/stdout too), a device (/dev/null) or a FIFO is written as a stream; --resume
  needs a regular file, beside which it keeps its state. --raw prints a scalar answer bare (a string
  without quotes, a number or boolean as JSON, null as nothing) and a list of scalars one per line, for
  the shell: DAY=$(optimove call GetLastDataUpdate --raw); a function that answers objects is refused.

credentials and server (first found wins):
  flags; then OPTIMOVE_API_KEY, OPTIMOVE_USERNAME + OPTIMOVE_PASSWORD, OPTIMOVE_TOKEN, OPTIMOVE_SERVER,
  OPTIMOVE_BASE_URL; then the config file (~/.config/optimove/config.toml, or --config, or
  OPTIMOVE_CONFIG) with api_key, username, password, token, server, base_url, store, and the limits
  max_retries, timeout, rate_limit. Server and base URL from one place are refused. The password is asked
  for when a username has none. Prefer the environment or the config file to flags: flags show in `ps`.
  `optimove config` shows what a call would use, and from where.

{EXIT_CODES}
"""

REQUEST_DESCRIPTION = """\
Send any call to Optimove's API and print the JSON it answers: for a function the spec (and so
`optimove call`) does not know of yet. It goes through the same credentials, shared budget, retries,
timeouts and errors as `optimove call`, but nothing is checked against the spec: the parameters and the
body are sent as given. PATH is relative to the base URL (--server, --base-url); a URL on another host is
refused, since the credentials go with every request."""

REQUEST_EPILOG = f"""\
examples:
  optimove request GET /current/general/GetLastDataUpdate
  optimove request GET /current/actions/GetActionName -p ActionID=12
  optimove request POST /current/optimail/AddTemplate --body @template.json
  optimove request POST /current/customers/SomethingNew --body '{{"CustomerIDs": ["1"]}}' -o answer.json

output:
  the decoded JSON (null for an empty answer), as `optimove call` writes a result: --output FILE or -,
  --format json, jsonl or csv, else the suffix of FILE, else json. Standard output, a device or a FIFO is
  written as a stream.

{EXIT_CODES}
"""
