"""optimove_generated.models under the client's name (see optimove_client.generated)."""

from optimove_generated.models import *  # noqa: F403 - the whole module, re-exported
