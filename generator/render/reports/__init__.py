"""A report's page (`model.report`): its text, its counts as charts and tables, its measure
lists with links to the plans, and the list of reports on a start page."""
