"""optimove_generated.rows under the client's name (see optimove_client.generated)."""

from optimove_generated.rows import *  # noqa: F403 - the whole module, re-exported
