"""Each plan as open data (JSON) and the page that describes the files."""
