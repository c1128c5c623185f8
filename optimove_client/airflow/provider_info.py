"""What Airflow learns of the provider through the `apache_airflow_provider` entry point, without importing
the hook: the connection type, its form (field labels, placeholders, the extra fields), the hook, the
operators, the sensor and the trigger."""

from __future__ import annotations

from typing import Any

from optimove_client._version import __version__

_ROOM = "optimove_client.airflow"
_INTEGRATION = "Optimove"


def _field(label: str, kind: str, description: str) -> dict[str, Any]:
    return {"label": label, "schema": {"type": [kind, "null"]}, "description": description}


def get_provider_info() -> dict[str, Any]:
    return {
        "package-name": "optimove-client",
        "name": "Optimove",
        "description": "Optimove's REST API v3: a connection type, a hook, a data-ready sensor (deferrable), "
        "an export operator and a dlt load operator, from the optimove-client package.",
        "versions": [__version__],
        "integrations": [
            {
                "integration-name": _INTEGRATION,
                "external-doc-url": "https://github.com/optimove-client/optimove-client",
                "tags": ["service"],
            }
        ],
        "hooks": [{"integration-name": _INTEGRATION, "python-modules": [f"{_ROOM}.hook"]}],
        "operators": [
            {"integration-name": _INTEGRATION, "python-modules": [f"{_ROOM}.export", f"{_ROOM}.load"]}
        ],
        "sensors": [{"integration-name": _INTEGRATION, "python-modules": [f"{_ROOM}.sensor"]}],
        "triggers": [{"integration-name": _INTEGRATION, "python-modules": [f"{_ROOM}.trigger"]}],
        "connection-types": [
            {
                "connection-type": "optimove",
                "hook-class-name": f"{_ROOM}.hook.OptimoveHook",
                "hook-name": "Optimove",
                "conn-fields": {
                    "store": _field(
                        "Store URL",
                        "string",
                        "The store every worker shares (redis://HOST:6379/0, sqlite:////PATH): one call "
                        "budget and one Login session for all tasks of the account",
                    ),
                    "timeout": _field("Timeout (seconds)", "number", "The longest attempt of a call"),
                    "max_retries": _field("Max retries", "integer", "Retries of a failed call"),
                    "rate_limit": _field(
                        "Rate limit",
                        "string",
                        'The call budget as CALLS/SECONDS,... ("2000/3600,50/10") or off',
                    ),
                },
                "ui-field-behaviour": {
                    "hidden-fields": ["schema"],
                    "relabeling": {
                        "host": "Server number or base URL",
                        "login": "User name (only with a password login)",
                        "password": "API key (or the user's password)",
                    },
                    "placeholders": {"host": "5 (api5.optimove.net), sandbox, or https://...", "port": ""},
                },
            }
        ],
    }
