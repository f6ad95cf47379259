"""Stage 4, check: load → validate → model → rules, school by school, with a cache.

Takes in a content folder; gives out `check.checked.Checked`: every problem in one report,
each school's result (its summary for the portal, its student pages as measured) and
its model. Renders only the student pages it checks; knows nothing of MkDocs or builds.
"""
