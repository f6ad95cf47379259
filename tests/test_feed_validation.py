"""The feed check that every test of trygg's feeds relies on (`opendata_checks`) is worth
something: it takes RFC 4287's own examples, rejects what its schema forbids, and finds
what the schema cannot express."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from opendata_checks import atom_problems

from generator.render.feed import FeedEntry, atom

SITE = "https://skolor.example.se/solskolan/"
PAGE = f"{SITE}sidor/a/"
ENTRY = FeedEntry(PAGE, PAGE, "A", dt.date(2026, 9, 1), "Solskolan", "En sida.")
FEED = atom("Solskolan", SITE, [ENTRY])

# RFC 4287, 1.1: "A brief, single-entry Atom Feed Document" (no feed-level link type,
# the entry's author is the feed's) ...
MINIMAL = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author>
    <name>John Doe</name>
  </author>
  <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>
"""

# ... and "A more extensive, single-entry Atom Feed Document" (no feed-level author,
# XHTML content, contributors, an enclosure, a date with an offset).
EXTENSIVE = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">dive into mark</title>
  <subtitle type="html">
    A &lt;em&gt;lot&lt;/em&gt; of effort
    went into making this effortless
  </subtitle>
  <updated>2005-07-31T12:29:29Z</updated>
  <id>tag:example.org,2003:3</id>
  <link rel="alternate" type="text/html"
   hreflang="en" href="http://example.org/"/>
  <link rel="self" type="application/atom+xml"
   href="http://example.org/feed.atom"/>
  <rights>Copyright (c) 2003, Mark Pilgrim</rights>
  <generator uri="http://www.example.com/" version="1.0">
    Example Toolkit
  </generator>
  <entry>
    <title>Atom draft-07 snapshot</title>
    <link rel="alternate" type="text/html"
     href="http://example.org/2005/04/02/atom"/>
    <link rel="enclosure" type="audio/mpeg" length="1337"
     href="http://example.org/audio/ph34r_my_podcast.mp3"/>
    <id>tag:example.org,2003:3.2397</id>
    <updated>2005-07-31T12:29:29Z</updated>
    <published>2003-12-13T08:29:29-04:00</published>
    <author>
      <name>Mark Pilgrim</name>
      <uri>http://example.org/</uri>
      <email>f8dy@example.com</email>
    </author>
    <contributor>
      <name>Sam Ruby</name>
    </contributor>
    <contributor>
      <name>Joe Gregorio</name>
    </contributor>
    <content type="xhtml" xml:lang="en"
     xml:base="http://diveintomark.org/">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <p><i>[Update: The Atom draft is finished.]</i></p>
      </div>
    </content>
  </entry>
</feed>
"""


@pytest.mark.parametrize("feed", [MINIMAL, EXTENSIVE, FEED], ids=["minimal", "extensive", "trygg"])
def test_rfc_4287s_examples_and_tryggs_feed_are_valid(feed: str) -> None:
    assert atom_problems(feed) == []


def test_extensions_are_valid_and_unknown_atom_elements_and_attributes_are_not() -> None:
    extended = FEED.replace("<entry>", '<entry xmlns:x="urn:x:skola" x:typ="sida">').replace(
        "</entry>", "<x:plats>Solskolan</x:plats></entry>"
    )
    assert atom_problems(extended) == []
    unknown = FEED.replace("</entry>", "<plats>Solskolan</plats></entry>")
    assert "schema: line 16: Element entry has extra content: plats" in atom_problems(unknown)
    unknown = FEED.replace("<entry>", '<entry typ="sida">')
    assert "schema: line 9: Invalid attribute typ for element entry" in atom_problems(unknown)


@pytest.mark.parametrize(
    ("broken", "found"),
    [
        # libxml2 names the first element it expected, not always the missing one, but
        # it rejects the element that lacks it (the feed, line 2; the entry, line 9).
        (FEED.replace(f"<id>{SITE}feed.xml</id>\n", ""), "line 2: Element feed failed"),
        (FEED.replace(f"<id>{PAGE}</id>\n  ", ""), "line 9: Element entry failed"),
        (FEED.replace('<title type="text">A</title>', ""), "line 9: Expecting an element title"),
        (
            FEED.replace("2026-09-01T00:00:00Z", "2026-09-31T00:00:00Z", 1),
            "line 5: Type dateTime doesn't allow value '2026-09-31T00:00:00Z'",
        ),
        (FEED.replace("2026-09-01T00:00:00Z", "2026-09-01", 1), "line 5: Type dateTime"),
        (FEED.replace("2005/Atom", "2005/atom"), "line 2: Did not expect element feed there"),
        (FEED.replace(f' href="{PAGE}"', ""), "Element link failed to validate attributes"),
        (
            FEED.replace('<summary type="text">', '<summary type="markdown">'),
            "line 15: Invalid attribute type for element summary",
        ),
        (FEED.replace("</id>", f"</id><id>{PAGE}</id>", 1), "Extra element id in interleave"),
    ],
    ids=[
        "feed-without-id",
        "entry-without-id",
        "entry-without-title",
        "no-such-day",
        "date-without-time",
        "wrong-namespace",
        "link-without-href",
        "unknown-text-type",
        "two-feed-ids",
    ],
)
def test_the_schema_rejects_a_broken_feed(broken: str, found: str) -> None:
    assert f"schema: {found}" in "\n".join(atom_problems(broken))


def test_what_the_schema_cannot_express_is_checked_too() -> None:
    """Each of these feeds is valid against the schema, and still not Atom."""
    authorless = re.sub(r"<author>.*?</author>\n?", "", FEED)
    cases = {
        FEED.replace(f"<id>{PAGE}", "<id>sidor/a/"): (
            "entry[0]: atom:id 'sidor/a/' is not an absolute IRI (4.2.6)"
        ),
        FEED.replace("2026-09-01T00:00:00Z", "2026-09-01T00:00:00", 1): (
            "feed: atom:updated '2026-09-01T00:00:00' is not an RFC 3339 date-time"
        ),
        FEED.replace(f'<link rel="alternate" type="text/html" href="{PAGE}"/>', ""): (
            "entry[0]: neither atom:content nor a link rel=alternate (4.1.2)"
        ),
        authorless: "entry[0]: no atom:author, and the feed has none (4.1.1, 4.1.2)",
        FEED.replace("<link rel=", f'<link type="text/html" href="{SITE}x/"/><link rel=', 1): (
            "feed: two alternate links with the same type (4.1.1)"
        ),
    }
    for feed, problem in cases.items():
        assert atom_problems(feed) == [problem]
