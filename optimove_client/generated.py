"""The generated package underneath the client, under the client's name.

    from optimove_client.generated import models, rows

`models`: the attrs models of bodies and results (SendTransactionalMailRequestRecipientsItem, ...);
`rows`: the typed rows of the paging functions; `operations`: the record of every function; `types`:
UNSET and Unset. They are optimove_generated's own modules, so either name imports the same classes.
"""

from __future__ import annotations

from optimove_generated import models, operations, rows, types

__all__ = ["models", "operations", "rows", "types"]
