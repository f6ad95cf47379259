"""Stage 2, validate: documents against the JSON Schemas, and across fields and files.

Takes in `load.Sources`; gives out problems with file:line:column, in Swedish, for every
value that does not fit (schemas in `schemas/`, ids and references, dates, images,
diagram fences). Knows nothing of the model, the rules or pages.
"""
