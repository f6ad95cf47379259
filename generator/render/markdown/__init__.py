"""Author Markdown made safe for a page, and the small builders the renderers write with."""
