"""Stage 1, load: the content folder's files, read strictly and without running anything.

Takes in `content/` (huvudman.yml, each school's skola.yml, arshjul.yml, plans and free
pages with their diagram fences); gives out `Document`s (data plus positions) grouped as
`Sources`, and a Swedish problem for each file that cannot be read. Knows nothing of
schemas, the model or pages.
"""
