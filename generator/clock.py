"""The reference date that checks and builds use as "today".

Builds must be reproducible, so "today" comes from SOURCE_DATE_EPOCH when it is
set (the convention of reproducible-builds.org, which MkDocs also honours for
the sitemap), and otherwise from the clock in Sweden, where the schools are.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def reference_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    try:
        return dt.datetime.now(ZoneInfo("Europe/Stockholm")).date()
    except ZoneInfoNotFoundError:  # a system without time zone data
        return dt.datetime.now(dt.UTC).date()
