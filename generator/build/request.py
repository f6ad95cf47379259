"""What a build is asked to do, and what it did."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build.shards import Shard
from generator.codes import withholds
from generator.problems import Report

if TYPE_CHECKING:
    from generator.build.removed import Removed
    from generator.build.standby import Standby


@dataclass(frozen=True)
class BuildRequest:
    config_file: Path  # mkdocs.yml
    content_dir: Path
    out: Path
    only: tuple[str, ...] = ()
    jobs: int = 1
    cache_dir: Path | None = None  # None: no cache
    copy_assets: bool = False  # copies instead of hard links (--kopiera-resurser)
    shard: Shard | None = None  # build only this share of the schools, no portal
    merge_from: Path | None = None  # the shards' output, to assemble with the portal
    plain: bool = False  # no speed-ups, no cache: the reference the tests compare with
    standby: Standby | None = None  # a process getting ready to build one site (the CLI's)
    all_or_nothing: bool = False  # any school's error stops it all (--allt-eller-inget)
    drafts: bool = False  # the internal build with the utkast plans shown (--med-utkast)
    pdf: bool = False  # each plan also as a PDF (the CLI's default; --utan-pdf)
    preview: bool = False  # `trygg förhandsvisa`'s build: the same, told as a preview's


@dataclass(frozen=True)
class BuildResult:
    report: Report
    built: tuple[str, ...] = ()  # school sites built in this run
    reused: tuple[str, ...] = ()  # school sites taken unchanged from the output, cache or a shard
    up_to_date: bool = False  # nothing had changed; the output was left as it was
    portal_built: bool = False  # False also when the portal's pages had not changed
    withheld: tuple[str, ...] = ()  # schools with errors, left as they were in the output
    refused: tuple[str, ...] = ()  # why each of those built anew was not published, if any
    removed: tuple[Removed, ...] = ()  # sites of schools gone from content/, now removed
    portal_refused: str = ""  # why the portal's new pages were not published, if so
    old_portal: bool = False  # then: the output's old portal stayed (`build.oldportal`)
    withheld_reports: tuple[str, ...] = ()  # the huvudman's reports with errors (their ids)
    leaked: tuple[str, ...] = ()  # why a withheld unit's old output went (`build.privacyheld`)
    dropped: tuple[str, ...] = ()  # withheld schools whose changed old site was removed

    @property
    def ok(self) -> bool:
        """No error withheld anything (an expired plan, say, is published: `withholds`)."""
        return not any(map(withholds, self.report))

    @property
    def stopped(self) -> bool:
        """Nothing was published: an error in huvudman.yml, or `--allt-eller-inget`."""
        return not self.ok and not self.withheld and not self.withheld_reports
