"""optimove_generated.types under the client's name (see optimove_client.generated)."""

from optimove_generated.types import *  # noqa: F403 - the whole module, re-exported
