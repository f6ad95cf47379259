"""Stage 6, the MkDocs adapter: one site built with MkDocs from prepared content.

Takes in a `render.sitecontent.SiteContent` (from the check and the renderers, or handed over
by `trygg build`); gives out a built static site. The only folder that imports MkDocs or
Material. Every place that relies on their internals (private names, patched functions,
English wording) is listed in `site.reached.REACHED_INTO`, with its check and its fallback.
"""
