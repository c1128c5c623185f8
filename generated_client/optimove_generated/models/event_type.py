# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from enum import IntEnum


class EventType(IntEnum):
    CAMPAIGN_PROCESSED = 1
    ALL_CAMPAIGNS_PROCESSED = 2
    DAILY_PROCESS_FINISHED = 3
    CAMPAIGN_CANCELED = 4
    HELD_FOR_CLEARANCE = 5
    REALTIME_TRIGGER = 11
    CHANNEL_EXECUTED = 13

    def __str__(self) -> str:
        return str(self.value)
