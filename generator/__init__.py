"""Build step that regenerates generated_client/ from spec/optimove.yaml."""
