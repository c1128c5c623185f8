# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""What spec/optimove.yaml says of the API as a whole (generator/facts.py writes it)."""

from optimove_generated.load_table import LeadingColumn, LoadTable

# The header an API key is sent in, and the one a Login session's token goes in (securitySchemes).
API_KEY_HEADER = "X-API-KEY"
SESSION_TOKEN_HEADER = "Authorization-Token"

# A session token stays valid this long after the last call made with it, and Logins closer
# together than this are refused (x-optimove-session of the SessionToken scheme; seconds).
SESSION_IDLE_SECONDS = 1200.0
MIN_SECONDS_BETWEEN_LOGINS = 1.0

# The call budget of an account (x-optimove-rate-limits): (calls, seconds) windows that all
# hold at once, for the functions it counts, and for those marked x-optimove-rate-limit-exempt.
RATE_LIMITS = ((2000, 3600.0), (50, 10.0))
EXEMPT_RATE_LIMITS = ((10, 1.0),)

# How many attribute names one CustomerAttributes parameter takes.
MAX_ATTRIBUTE_NAMES = 10

# The tables the dlt source loads (x-optimove-load), each after the table it is loaded for.
LOAD_TABLES: tuple[LoadTable, ...] = (
    LoadTable(
        name="customer_attribute_list",
        function="GetCustomerAttributeList",
        kind="reference",
        primary_key=("RealFieldName",),
    ),
    LoadTable(
        name="lifecycle_stages",
        function="GetLifecycleStageList",
        kind="reference",
        primary_key=("StageID",),
    ),
    LoadTable(
        name="microsegments",
        function="GetMicrosegmentList",
        kind="reference",
        primary_key=("MicrosegmentID",),
    ),
    LoadTable(
        name="actions",
        function="GetAllActions",
        kind="reference",
        primary_key=("ActionID",),
    ),
    LoadTable(
        name="channels",
        function="GetExecutionChannels",
        kind="reference",
        primary_key=("ChannelID",),
    ),
    LoadTable(
        name="target_groups",
        function="GetTargetGroupDetails",
        kind="reference",
        primary_key=("TargetGroupID",),
    ),
    LoadTable(
        name="value_segments",
        function="GetValueSegments",
        kind="reference",
        primary_key=("ValueSegmentID",),
    ),
    LoadTable(
        name="loaded_dates",
        function="GetLastDataUpdate",
        kind="dates",
        primary_key=("Date",),
        answer_column="LastDataUpdate",
    ),
    LoadTable(
        name="executed_campaigns",
        function="GetExecutedCampaignDetails",
        kind="per-date",
        primary_key=("ExecutionDate", "CampaignID"),
        parent="loaded_dates",
        arguments=(("Date", "Date"),),
        columns=(LeadingColumn(name="ExecutionDate", parameter="Date", kind="date"),),
        merge_key=("ExecutionDate",),
    ),
    LoadTable(
        name="attribute_changers",
        function="GetCustomerAttributeChangers",
        kind="per-date",
        primary_key=("ChangeDate", "ChangedAttribute", "CustomerID"),
        parent="loaded_dates",
        arguments=(("StartDate", "Date"), ("EndDate", "Date")),
        per_changed_attribute="ChangedCustomerAttributes",
        columns=(
            LeadingColumn(name="ChangeDate", parameter="StartDate", kind="date"),
            LeadingColumn(
                name="ChangedAttribute",
                parameter="ChangedCustomerAttributes",
                kind="string",
            ),
        ),
        merge_key=("ChangeDate", "ChangedAttribute"),
    ),
    LoadTable(
        name="target_group_actions",
        function="GetActionsByTargetGroup",
        kind="per-date",
        primary_key=("ExecutionDate", "TargetGroupID", "RecipientGroupID", "ActionID"),
        parent="executed_campaigns",
        arguments=(("TargetGroupID", "TargetGroupID"), ("Date", "ExecutionDate")),
        columns=(
            LeadingColumn(name="ExecutionDate", parameter="Date", kind="date"),
            LeadingColumn(name="TargetGroupID", parameter="TargetGroupID", kind="int"),
        ),
        merge_key=("ExecutionDate",),
    ),
    LoadTable(
        name="campaign_details",
        function="GetCampaignDetails",
        kind="per-date",
        primary_key=("CampaignID",),
        parent="executed_campaigns",
        arguments=(("CampaignID", "CampaignID"),),
        columns=(LeadingColumn(name="CampaignID", parameter="CampaignID", kind="int"),),
    ),
    LoadTable(
        name="action_customers",
        function="GetCustomersByAction",
        kind="per-date",
        primary_key=("ExecutionDate", "RecipientGroupID", "ActionID", "CustomerID"),
        parent="target_group_actions",
        arguments=(
            ("RecipientGroupID", "RecipientGroupID"),
            ("ActionID", "ActionID"),
            ("Date", "ExecutionDate"),
        ),
        columns=(
            LeadingColumn(name="ExecutionDate", parameter="Date", kind="date"),
            LeadingColumn(
                name="RecipientGroupID", parameter="RecipientGroupID", kind="int"
            ),
        ),
        fill=(("ActionID", "ActionID"),),
        merge_key=("ExecutionDate",),
    ),
)
