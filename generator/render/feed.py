"""A site's Atom feed (RFC 4287), `feed.xml`: one entry per published plan and free page.

Every date comes from the content, never from the build's clock: a plan's `beslut.datum`
and a free page's `datum` (a page without one is left out: trygg has no honest date for
it). So the same content gives the same bytes. An entry's id is its page's own address,
the site's address (`webbplats`) plus the path; a plan's path is its period's
(`trygghetsplan/2026-27/`) even while the plan is the one shown at `trygghetsplan/`, so
the id stays when the plan becomes current. Without an address there is no feed: an
Atom id must be an absolute address, and trygg never guesses a host (TP055 says so).

A report is an entry dated by its own date; the portal lists the schools' reports too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from generator.model import School
from generator.model.keptsite import KeptSite
from generator.model.report import ReportFacts
from generator.model.standing import standing_of
from generator.model.summary import PageFacts, PlanFacts, SchoolSummary, page_facts, plan_facts
from generator.render import uris, words
from generator.render.files import GeneratedFile

URI = "feed.xml"
MEDIA_TYPE = "application/atom+xml"
ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class FeedEntry:
    """One entry: `id` and `link` are absolute addresses; `author` is the unit that
    published it."""

    id: str
    link: str
    title: str
    updated: dt.date
    author: str
    summary: str = ""


def feed_title(site_title: str) -> str:
    """The feed's title, also the title of the link that announces it on every page."""
    return f"Nytt från {site_title}"


def feed_files(site_title: str, site_url: str, entries: Sequence[FeedEntry]) -> list[GeneratedFile]:
    """The site's feed, or nothing without an address or without entries (an Atom feed
    is dated by its newest entry)."""
    if not site_url or not entries:
        return []
    return [GeneratedFile(URI, atom(site_title, site_url, entries))]


def announced(files: Iterable[GeneratedFile], site_title: str) -> dict[str, str]:
    """The theme value that makes every page link to the feed (`flode`: its title), when
    the site has one."""
    return {"flode": feed_title(site_title)} if any(f.uri == URI for f in files) else {}


def atom(site_title: str, site_url: str, entries: Sequence[FeedEntry]) -> str:
    """The feed as XML text, newest entry first; the same entries give the same bytes."""
    ordered = sorted(entries, key=lambda e: (-e.updated.toordinal(), e.id))
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{ATOM}" xml:lang="sv">',
        _element("id", site_url + URI),
        _element("title", feed_title(site_title)),
        _element("updated", _timestamp(ordered[0].updated)),
        f"<author>{_element('name', site_title)}</author>",
        f'<link rel="self" type="{MEDIA_TYPE}" href={quoteattr(site_url + URI)}/>',
        f'<link rel="alternate" type="text/html" href={quoteattr(site_url)}/>',
    ]
    return "\n".join([*head, *map(_entry, ordered), "</feed>"]) + "\n"


def _entry(entry: FeedEntry) -> str:
    parts = [
        _element("id", entry.id),
        _element("title", entry.title),
        _element("updated", _timestamp(entry.updated)),
        f"<author>{_element('name', entry.author)}</author>",
        f'<link rel="alternate" type="text/html" href={quoteattr(entry.link)}/>',
    ]
    if entry.summary:
        parts.append(_element("summary", entry.summary))
    return "<entry>\n  " + "\n  ".join(parts) + "\n</entry>"


def _element(tag: str, text: str) -> str:
    """A text element; `type="text"` where Atom allows markup, so readers show it as text."""
    kind = ' type="text"' if tag in ("title", "summary") else ""
    return f"<{tag}{kind}>{escape(text)}</{tag}>"


def _timestamp(day: dt.date) -> str:
    """The start of the day in RFC 3339, the form Atom dates take."""
    return f"{day.isoformat()}T00:00:00Z"


def school_entries(
    site_url: str,
    name: str,
    plans: Iterable[tuple[PlanFacts, str]],
    pages: Iterable[PageFacts],
    reports: Iterable[ReportFacts],
) -> list[FeedEntry]:
    """A school's entries: each decided plan (every version, the kommande too), with the
    page it is published at, each free page with a `datum`, and each report."""
    found = [_plan_entry(site_url, name, plan, uri) for plan, uri in plans if plan.decided_on]
    found += [_page_entry(site_url, name, page) for page in pages if page.date]
    return found + report_entries(site_url, reports)


def report_entries(site_url: str, reports: Iterable[ReportFacts]) -> list[FeedEntry]:
    """Each report, dated by its own date, its author the unit that wrote it."""
    entries = []
    for report in reports:
        address = site_url + uris.page_address(uris.report_page(report))
        summary = " ".join(report.summary.split())
        entries.append(
            FeedEntry(address, address, report.title, report.date, report.author, summary)
        )
    return entries


def summary_entries(site_url: str, school: SchoolSummary, today: dt.date) -> list[FeedEntry]:
    """`school_entries` from what the portal keeps of a school, at the pages its site has
    on `today` (`model.standing`)."""
    shown = standing_of(school.plans, today).shown
    plans = [
        (plan, uris.PLAN if index == shown else uris.period_page(plan.key))
        for index, plan in enumerate(school.plans)
    ]
    return school_entries(site_url, school.name, plans, school.pages, school.reports)


def _plan_entry(site_url: str, name: str, plan: PlanFacts, uri: str) -> FeedEntry:
    assert plan.decided_on is not None
    period = words.versioned(plan.period, plan.version)
    summary = (
        f"Beslutad {words.date(plan.decided_on)}. "
        f"Gäller {words.date_range(plan.valid_from, plan.valid_to)}."
    )
    own = site_url + uris.page_address(uris.period_page(plan.key))
    shown = site_url + uris.page_address(uri)
    return FeedEntry(own, shown, f"Trygghetsplan för {period}", plan.decided_on, name, summary)


def _page_entry(site_url: str, name: str, page: PageFacts) -> FeedEntry:
    assert page.date is not None
    address = site_url + uris.page_address(uris.free_page(page))
    return FeedEntry(address, address, page.title, page.date, name, page.description)


def school_feed(site_url: str, school: School) -> list[GeneratedFile]:
    """A school site's feed (`feed_files`), from its decided plans, free pages and reports."""
    plans = [(plan_facts(p), uris.plan_page(school, p)) for p in school.plans if not p.draft]
    pages = [page_facts(p) for p in school.pages]
    reports = [ReportFacts.of(r) for r in school.reports]
    entries = school_entries(site_url, school.name, plans, pages, reports)
    return feed_files(school.name, site_url, entries)


def portal_feed(
    site_title: str,
    website: str,
    schools: Iterable[SchoolSummary],
    today: dt.date,
    reports: Iterable[ReportFacts] = (),
    *,
    kept: Iterable[KeptSite] = (),
) -> list[GeneratedFile]:
    """The portal's feed: every unit's entries, as in the unit's own feed but titled with
    the unit's name (a withheld unit's as its published site has them, `kept`), and the
    huvudman's `reports`."""
    standing = [(school, today) for school in schools]
    standing += [(site.summary, site.built_on) for site in kept]
    entries = [
        dataclasses.replace(entry, title=f"{school.name}: {entry.title}")
        for school, day in standing
        for entry in summary_entries(uris.site_address(website, school.id), school, day)
    ]
    site_url = uris.site_address(website)
    return feed_files(site_title, site_url, [*entries, *report_entries(site_url, reports)])
