"""What POST functions change and GET functions read back; starts from the dataset, lives per mock."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from optimove_client.testing.dataset import BRAND_IDS, Dataset


@dataclass
class AccountState:
    promotions: dict[str, str] = field(default_factory=dict)  # PromoCode -> PromotionName
    # (EventTypeID, ChannelID or None) -> ListenerURL
    listeners: dict[tuple[int, int | None], str] = field(default_factory=dict)
    templates: dict[int, dict[int, str]] = field(default_factory=dict)  # ChannelID -> TemplateID -> name
    apps: dict[int, dict[str, str]] = field(default_factory=dict)  # ChannelID -> AppID -> AppName
    unsubscribers: dict[int, dict[str, str]] = field(default_factory=dict)  # BrandID -> e-mail -> DateTime
    # Customer index -> lower-cased attribute name -> value set by UpdateCustomerAttributes.
    attribute_updates: dict[int, dict[str, str]] = field(default_factory=dict)
    added_attributes: dict[str, str] = field(default_factory=dict)  # lower-cased name -> RealFieldName
    removed_pii: set[str] = field(default_factory=set)
    next_send_id: int = 1
    # The real server handles calls on several threads.
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def initial(cls, dataset: Dataset) -> AccountState:
        state = cls()
        for k in range(1, 6):
            state.promotions[f"PROMO{k:02d}"] = f"Promotion {k}"
        for channel_id in dataset.channels:
            state.templates[channel_id] = {
                template_id: f"Template {template_id}" for template_id in dataset.template_ids(channel_id)
            }
        # One listener from the start, so GetRegisteredEventListeners has something to list.
        state.listeners[(3, None)] = "https://example.com/optimove/daily-process-finished"
        stamp = f"{dataset.last_data_update.isoformat()} 08:00:00"
        for brand_id in BRAND_IDS:
            state.unsubscribers[brand_id] = {
                f"unsubscribed{brand_id}-{k}@example.com": stamp for k in range(3)
            }
        return state
