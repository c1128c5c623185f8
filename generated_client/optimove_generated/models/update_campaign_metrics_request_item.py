# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..model_repr import model_repr

T = TypeVar("T", bound="UpdateCampaignMetricsRequestItem")


@_attrs_define
class UpdateCampaignMetricsRequestItem:
    """
    Attributes:
        channel_id (int): Optimove integer, a whole number >= 0.
        campaign_id (int): Optimove integer, a whole number >= 0.
        template_id (int): Optimove integer, a whole number >= 0.
        metric_id (int): Optimove integer, a whole number >= 0.
        metric_value (int): Optimove integer, a whole number >= 0.
    """

    channel_id: int
    campaign_id: int
    template_id: int
    metric_id: int
    metric_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set: those left UNSET are not shown."""
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        campaign_id = self.campaign_id

        template_id = self.template_id

        metric_id = self.metric_id

        metric_value = self.metric_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ChannelID": channel_id,
                "CampaignID": campaign_id,
                "TemplateID": template_id,
                "MetricID": metric_id,
                "MetricValue": metric_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _channel_id = d.pop("ChannelID")
        channel_id = int(_channel_id) if isinstance(_channel_id, str) else _channel_id

        _campaign_id = d.pop("CampaignID")
        campaign_id = (
            int(_campaign_id) if isinstance(_campaign_id, str) else _campaign_id
        )

        _template_id = d.pop("TemplateID")
        template_id = (
            int(_template_id) if isinstance(_template_id, str) else _template_id
        )

        _metric_id = d.pop("MetricID")
        metric_id = int(_metric_id) if isinstance(_metric_id, str) else _metric_id

        _metric_value = d.pop("MetricValue")
        metric_value = (
            int(_metric_value) if isinstance(_metric_value, str) else _metric_value
        )

        update_campaign_metrics_request_item = cls(
            channel_id=channel_id,
            campaign_id=campaign_id,
            template_id=template_id,
            metric_id=metric_id,
            metric_value=metric_value,
        )

        update_campaign_metrics_request_item.additional_properties = d
        return update_campaign_metrics_request_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
