"""PreparedCall: one call checked and ready to send, the type every step after preparing reads.

A prepared call is what is left of `opt.<category>.<function>(...)` once its arguments were conformed,
built by the generated request builder and checked against the spec (_prepare), with any extras merged in
(_extras); opt.request(...) makes one directly (_raw). It is frozen: it says which operation it is, the
method, URL, wire parameters and body, the headers, and how to read the answer (JSON or XML, the
CustomerAttributes asked for and their delimiter).

Next it goes to the call loop (_call_loop), which turns it into requests, retrying as it must, and hands
each answer's body to the decoder (_decode). A paged pull is prepared once: every page is this call with
its own offset and size (page_params), walked by _paging.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from optimove_generated.operation import Operation


@dataclasses.dataclass(frozen=True)
class PreparedCall:
    """One call ready to send: method, path, wire parameters and body, and how to read its answer."""

    operation: Operation
    method: str
    url: str
    params: dict[str, Any]
    body: Any
    has_body: bool
    xml: bool
    # The CustomerAttributes asked for, and the delimiter of a joined answer: the rows decode by them.
    attribute_names: tuple[str, ...] | None
    delimiter: str
    extra_headers: Mapping[str, str] | None = None  # extra_headers= of the call (_request/extras.py)

    @property
    def headers(self) -> dict[str, str]:
        accept = {"Accept": "application/xml" if self.xml else "application/json"}
        return accept if self.extra_headers is None else {**self.extra_headers, **accept}

    def page_params(self, offset: int, size: int | None) -> dict[str, Any]:
        """The parameters of one page: the call's own, with its offset and (where it is sent) its size."""
        paging = self.operation.paging
        if paging is None:
            raise TypeError(f"{self.operation.operation_id} does not page")
        params = {**self.params, paging.offset.name: offset}
        if size is not None and paging.page_size is not None:
            params[paging.page_size.name] = size
        return params
