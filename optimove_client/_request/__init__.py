"""What a call sends: the Python arguments conformed to the spec (arguments, attributes, input_rules,
enum_choices), the request built by the generated builder and checked against the spec's schemas
(validation, spec_document), with what the spec does not know merged in (extras); prepare makes the
frozen PreparedCall (prepared_call) every later step reads. A .batched list is split into its calls
(batches); opt.request's raw paths are checked here too (raw)."""
