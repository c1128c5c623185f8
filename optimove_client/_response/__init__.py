"""What comes back: an answer decoded into the generated models or, for paging functions, into typed
rows (decode, rows, attribute_values); rows read as columns (columns, model_columns) and as Arrow (arrow)."""
