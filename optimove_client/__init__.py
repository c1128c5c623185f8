"""optimove-client: a typed Python client for Optimove's REST API v3.

For now this package exposes its version and the client generated from spec/optimove.yaml; the overlay
(authentication, limits, retries, paging) builds on it.
"""

import optimove_generated as generated

from optimove_client._version import __version__

__all__ = ["__version__", "generated"]
