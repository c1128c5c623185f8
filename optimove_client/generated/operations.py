"""optimove_generated.operations under the client's name (see optimove_client.generated)."""

from optimove_generated.operations import *  # noqa: F403 - the whole module, re-exported
