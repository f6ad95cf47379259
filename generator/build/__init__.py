"""Stage 7, build: every school's site and the portal, published all at once.

Takes in a `build.request.BuildRequest`; gives out the output folder and a
`BuildResult`. Owns what makes many sites cheap and safe: fingerprints and caches,
worker processes, shards, the staging folder and the swap (`build.pipeline` reads as
the stages). Builds each site through the MkDocs adapter (`generator.site`).
"""
