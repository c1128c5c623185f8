"""The generated package underneath the client, under the client's name.

    from optimove_client.generated import models
    from optimove_client.generated.models import AddPromotionsRequestItem

`models`: the attrs models of bodies and results; `rows`: the typed rows of the paging functions;
`operations`: the record of every function; `types`: UNSET and Unset. Each re-exports optimove_generated's
module of the same name, so either name gives the same classes.
"""

from __future__ import annotations

from optimove_client.generated import models, operations, rows, types

__all__ = ["models", "operations", "rows", "types"]
