"""Stage 5, render: the model as Markdown pages, data files and a site's description.

Takes in the model and the check's result; gives out `GeneratedFile`s per school
(`render.school`: the one place that decides which pages exist), the portal's pages
and a `render.sitecontent.SiteContent` per site. Author text goes through `render.markdown`
first. Knows nothing of MkDocs: any engine can build what it writes.
"""
