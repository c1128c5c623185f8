# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""What spec/optimove.yaml says of the API as a whole (generator/facts.py writes it)."""

# The header an API key is sent in, and the one a Login session's token goes in (securitySchemes).
API_KEY_HEADER = "X-API-KEY"
SESSION_TOKEN_HEADER = "Authorization-Token"

# How many attribute names one CustomerAttributes parameter takes.
MAX_ATTRIBUTE_NAMES = 10
