"""The granskning: the central unit's review of every unit's plan.

Takes in each school's summary (`model.summary`) and the problems `trygg check` found;
gives out the review's data (`review.model`) and its page (`review.render`), which the
portal and `trygg granska` show. Knows nothing of how problems are found, or of MkDocs.
"""
