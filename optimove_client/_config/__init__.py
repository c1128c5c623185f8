"""How a client is configured: its defaults (defaults, the spec's facts among them), the user's policies
(policies: rate limits and retries; rate_text: their text form), credentials (credentials) and the other
settings with their layers of precedence (layers), and logging switched on from the environment (log)."""
