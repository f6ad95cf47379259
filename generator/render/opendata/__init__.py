"""Each plan as open data (JSON and CSV), the datapackage.json that describes the files, and
the page that links to them."""
