"""The granskning: the central unit's review of every unit's plan.

Takes in each school's summary (`model.summary`) and the problems `trygg check` found;
gives out the review's data (`review.model`), the portal's pages of it (`review.pages`)
and `trygg granska`'s document (`review.document`, as HTML for a PDF `review.printable`).
Knows nothing of how problems are found, or of MkDocs.
"""
