"""Keyboard focus order on each school's start page (and the portal if there is none)."""

from __future__ import annotations

import itertools
from typing import Any

from browser_session import SitePage

MAX_TABS = 250

# Where the focused element is, in the order a visitor should meet the regions.
REGIONS = ("skip", "header", "navigation", "content", "after content")

STEP_JS = """
async () => {
  const a = document.activeElement;
  if (!a || a === document.body || a === document.documentElement) return null;
  // Let focus transitions finish (Material fades some controls in).
  const running = document.getAnimations().map(x => x.finished.catch(() => null));
  await Promise.race([Promise.all(running), new Promise(r => setTimeout(r, 1000))]);
  const prev = window.__tryggPrevFocus;
  window.__tryggPrevFocus = a;
  const content = document.querySelector('.md-content')
    || document.querySelector('main, [role=main]');
  const region =
    a.matches('.md-skip, .skip') || a.closest('[data-md-component=skip]') ? 'skip'
    : a.closest('header, [role=banner]') ? 'header'
    : content && content.contains(a) ? 'content'
    : content && (content.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)
      ? 'after content'
    : 'navigation';
  const r = a.getBoundingClientRect();
  const style = getComputedStyle(a);
  let opacity = 1;
  for (let e = a; e; e = e.parentElement) opacity *= +getComputedStyle(e).opacity;
  return {
    what: `${a.tagName.toLowerCase()} "${(a.innerText || a.getAttribute('aria-label')
            || a.getAttribute('href') || '').trim().slice(0, 40)}"`,
    region,
    repeat: a === prev || !!a.dataset.tryggVisited,
    inOrder: !prev || !!(prev.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING),
    visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && opacity > 0
      && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    ariaHidden: !!a.closest('[aria-hidden=true]'),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    mark: (a.dataset.tryggVisited = '1'),
  };
}
"""

# Links in the content that a keyboard user must be able to reach, in DOM order.
CONTENT_LINKS_JS = """
() => {
  const content = document.querySelector('.md-content')
    || document.querySelector('main, [role=main]');
  if (!content) return [];
  return [...content.querySelectorAll('a[href]')]
    .filter(a => a.tabIndex >= 0 && a.getClientRects().length > 0
                 && getComputedStyle(a).visibility !== 'hidden')
    .map(a => !!a.dataset.tryggVisited);
}
"""


def test_focus_order(site_page: SitePage, start_page: str) -> None:
    """Tab visits the skip link, the header, then the content in DOM order; all visibly."""
    site_page.open(start_page)
    page = site_page.page
    steps: list[dict[str, Any]] = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        step = page.evaluate(STEP_JS)
        if step is None or step["repeat"]:
            break
        steps.append(step)
    reached: list[bool] = page.evaluate(CONTENT_LINKS_JS)

    problems = _order_problems(steps) + _stop_problems(steps)
    if not all(reached):
        problems.append(f"{reached.count(False)} content link(s) were never focused")
    trail = "\n".join(f"  {i:3} {s['region']:<13} {s['what']}" for i, s in enumerate(steps))
    assert not problems, "\n".join(problems) + f"\nTab order:\n{trail}"


def _order_problems(steps: list[dict[str, Any]]) -> list[str]:
    problems = []
    if not steps or steps[0]["region"] != "skip":
        problems.append("the first Tab stop is not the skip link")
    regions = [s["region"] for s in steps]
    for i, (before, after) in enumerate(itertools.pairwise(regions), start=1):
        if REGIONS.index(after) < REGIONS.index(before):
            problems.append(f"stop {i} goes back from {before} to {after}")
    problems += [f"Tab never reaches the {r}" for r in ("header", "content") if r not in regions]
    return problems


def _stop_problems(steps: list[dict[str, Any]]) -> list[str]:
    checks = {
        "inOrder": "comes before the previous stop in the page",
        "visible": "is not visible when focused",
        "outline": "has no visible focus outline (>= 2px)",
    }
    problems = [
        f"stop {i} {s['what']} {message}"
        for i, s in enumerate(steps)
        for key, message in checks.items()
        if not s[key]
    ]
    problems += [
        f"stop {i} {s['what']} is inside aria-hidden=true"
        for i, s in enumerate(steps)
        if s["ariaHidden"]
    ]
    return problems
