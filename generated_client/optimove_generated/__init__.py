# Generated from spec/optimove.yaml by generator/ with openapi-python-client 0.29.1.
# Do not edit by hand: change the spec or the generator, then run `make generate`.
"""What optimove_client is built on, generated from spec/optimove.yaml: the request builders (api/), the
attrs models (models/), the operations table, the typed rows and the facade."""
