"""Answers that read or change customers: their attributes, new attributes, PII removal."""

from __future__ import annotations

from typing import Any

from optimove_client.testing.answer_context import AnswerContext, Call
from optimove_client.testing.answer_registry import handles
from optimove_client.testing.validation import RequestInvalid


@handles("GetCustomerAttributes")
def _customer_attributes(h: AnswerContext, call: Call) -> Any:
    index = h.data.customer_index(call.params["CustomerID"])
    if index is None:
        return None
    return [
        {
            "RealFieldName": a.real_field_name,
            "Alias": a.alias,
            "FieldType": a.field_type,
            "Value": h.attribute_value(index, key),
        }
        for key, a in h.data.attributes.items()
    ]


@handles("UpdateCustomerAttributes")
def _update_attributes(h: AnswerContext, call: Call) -> Any:
    errors = []
    known = h.known_attribute_names()
    for entry in call.body["CustomerNewAttributesValuesList"]:
        index = h.data.customer_index(entry["CustomerID"])
        for attribute in entry["Attributes"]:
            name = attribute["RealFieldName"]
            if index is None or name.lower() not in known:
                reason = "unknown customer" if index is None else "unknown attribute"
                errors.append({"error": reason, "customerId": entry["CustomerID"], "realFieldName": name})
                continue
            value = attribute.get("Value")
            h.state.attribute_updates.setdefault(index, {})[name.lower()] = (
                "NULL" if value is None else str(value)
            )
    request_id = f"req-{h.state.next_send_id:06d}"
    h.state.next_send_id += 1
    return {"isSuccess": "false" if errors else "true", "requestId": request_id, "errors": errors}


@handles("AddCustomerAttribute")
def _add_attribute(h: AnswerContext, call: Call) -> Any:
    name = call.body["Name"]
    if name.lower() in h.known_attribute_names():
        return {"attributeName": name, "isSuccess": "false", "errorId": "1", "errorMsg": "Attribute exists"}
    h.state.added_attributes[name.lower()] = name
    return {"attributeName": name, "isSuccess": "true", "errorId": "", "errorMsg": ""}


@handles("RemoveCustomerPII")
def _remove_pii(h: AnswerContext, call: Call) -> Any:
    failed = [cid for cid in call.body["CustomerIDs"] if h.data.customer_index(cid) is None]
    h.state.removed_pii.update(cid for cid in call.body["CustomerIDs"] if cid not in failed)
    return {"FailedCustomerIDs": failed}


@handles("GetCustomerAttributeChangers")
def _attribute_changers(h: AnswerContext, call: Call) -> Any:
    if h.refers_to_nothing(call.params):
        return None
    changed: str = call.params.get("ChangedCustomerAttribute") or call.params["ChangedCustomerAttributes"]
    if changed.lower() not in h.known_attribute_names():
        raise RequestInvalid(f"Parameter ChangedCustomerAttribute: unknown attribute {changed!r}")
    name = changed.lower()

    def values(index: int) -> dict[str, Any]:
        final = h.attribute_value(index, name)
        initial = "NULL" if index % 4 == 0 else h.attribute_value(index + 1, name)
        return {"InitialCustomerAttribute": initial, "FinalCustomerAttribute": final}

    return h.customer_rows(call, extra=values)
