"""Checks run on EVERY built page (one test per page and check; ids are the page paths)."""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe
from browser_session import SitePage
from playwright.sync_api import ViewportSize

AXE = Axe()
WCAG21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
SKIP_LINK_TEXT = "Gå till innehållet"
# 1280 CSS px at 200 % zoom (WCAG 1.4.4 / 1.4.10).
ZOOM_200 = ViewportSize(width=640, height=450)
NARROW = ViewportSize(width=320, height=640)

# The page's main content: Material's content column, else <main>.
CONTENT_JS = """
(() => document.querySelector('.md-content')
    || document.querySelector('main, [role=main]') || document.body)
"""

# Every diagram and figure in the content must be visible and have a text alternative.
FIGURES_JS = f"""
() => {{
  const content = {CONTENT_JS}();
  const problems = [];
  const text = el => ((el && el.textContent) || '').trim();
  const what = el => el.outerHTML.replace(/\\s+/g, ' ').slice(0, 100);
  const visible = el => {{
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }};
  // A chart drawn for two widths (`.trygg-chart--smal`, `--bred`) shows one of them: the
  // other is not shown at all, and one of the two must be.
  const otherWidth = svg => {{
    const drawing = svg.closest('.trygg-chart--smal, .trygg-chart--bred');
    if (!drawing || getComputedStyle(drawing).display !== 'none') return false;
    const twins = drawing.parentElement.querySelectorAll(
      ':scope > .trygg-chart--smal, :scope > .trygg-chart--bred');
    return [...twins].some(twin => twin !== drawing && visible(twin));
  }};
  // A flowchart or konsekvenstrappa folded under its numbered list ("Visa som
  // flödesschema"): hidden until opened, and the list before it is its text alternative.
  const folded = el => {{
    const box = el.closest('details.trygg-diagram-more');
    const list = box && box.previousElementSibling;
    return !!box && !box.open && !!list && list.matches('ol') && visible(list) && !!text(list);
  }};
  // A long chart's parts for paper (`.trygg-chart--utskrift`): not shown on a screen,
  // where the whole chart beside them is.
  const forPaper = svg => {{
    const part = svg.closest('.trygg-chart--utskrift');
    return !!part && getComputedStyle(part).display === 'none';
  }};
  for (const svg of content.querySelectorAll('svg[role=img]')) {{
    if (otherWidth(svg) || forPaper(svg)) continue;
    if (!visible(svg) && !folded(svg)) problems.push(`not visible: ${{what(svg)}}`);
    const ids = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    const labels = ids.map(id => document.getElementById(id));
    if (labels.some(l => !l)) problems.push(`aria-labelledby names a missing id: ${{what(svg)}}`);
    const name = text(svg.querySelector(':scope > title'))
      || (svg.getAttribute('aria-label') || '').trim() || labels.some(l => text(l));
    if (!name) problems.push(`no <title> (accessible name): ${{what(svg)}}`);
    // Pictograms next to headings only need a name; diagrams need a description too.
    if (!svg.classList.contains('trygg-icon') && !text(svg.querySelector(':scope > desc')))
      problems.push(`no <desc> (text alternative): ${{what(svg)}}`);
  }}
  // A figure's text alternative: its caption, a list/table/details inside it...
  const ALT = 'details, ul, ol, dl, table';
  for (const fig of content.querySelectorAll('figure')) {{
    if (!visible(fig) && !folded(fig)) problems.push(`not visible: ${{what(fig)}}`);
    const caption = fig.querySelector(':scope > figcaption');
    const inner = fig.querySelector(`:scope > :is(${{ALT}})`);
    // ...or right after it, possibly under its own heading ("Månad för månad" + table).
    let next = fig.nextElementSibling;
    if (next && next.matches('h2, h3, h4, h5, h6')) next = next.nextElementSibling;
    // (trygg boxes every table in div.trygg-tablebox; Material in div.md-typeset__scrollwrap.)
    const follows = next && next.matches(`${{ALT}}, .trygg-tablebox, .md-typeset__scrollwrap`)
      && text(next);
    if (!text(caption) && !text(inner) && !follows && !folded(fig))
      problems.push(`figure without figcaption or text alternative: ${{what(fig)}}`);
  }}
  for (const img of content.querySelectorAll('img')) {{
    if (!(img.complete && img.naturalWidth > 0))
      problems.push(`image did not load: ${{what(img)}}`);
    else if (!visible(img)) problems.push(`not visible: ${{what(img)}}`);
  }}
  return problems;
}}
"""

# What makes the page wider than the window: elements sticking out to the right, and
# elements whose content (e.g. an unbreakable word) overflows them. Innermost first.
OVERFLOW_JS = """
() => {
  const width = window.innerWidth;
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    const sticksOut = r.right > width + 1;
    const spills = getComputedStyle(el).overflowX === 'visible'
      && el.scrollWidth > el.clientWidth + 1 && r.left + el.scrollWidth > width + 1;
    if (sticksOut || spills) found.push(el);
  }
  const innermost = found.filter(e => !found.some(o => o !== e && e.contains(o)));
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: width,
    culprits: innermost.slice(0, 5).map(e =>
      `<${e.tagName.toLowerCase()} class="${e.className}"> `
      + `"${(e.textContent || '').trim().slice(0, 50)}"`),
  };
}
"""

ACTIVE_JS = """
async () => {
  const a = document.activeElement;
  if (!a || a === document.body) return null;
  // Let focus transitions finish (Material fades the skip link in).
  const running = document.getAnimations().map(x => x.finished.catch(() => null));
  await Promise.race([Promise.all(running), new Promise(r => setTimeout(r, 1000))]);
  const r = a.getBoundingClientRect();
  const style = getComputedStyle(a);
  let opacity = 1;
  for (let e = a; e; e = e.parentElement) opacity *= +getComputedStyle(e).opacity;
  return {
    text: (a.innerText || '').trim(),
    href: a.getAttribute('href'),
    visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && opacity > 0
      && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
  };
}
"""


def test_page_is_accessible(site_page: SitePage, page_path: str) -> None:
    """axe (WCAG 2.1 A+AA), lang="sv", no errors, nothing from other hosts, figures."""
    site_page.open(page_path)
    page, rec = site_page.page, site_page.rec

    assert page.evaluate("document.documentElement.lang") == "sv"

    result = AXE.run(page, options=WCAG21_AA)
    assert result.violations_count == 0, result.generate_report()

    problems: list[str] = page.evaluate(FIGURES_JS)
    assert not problems, "\n".join(problems)

    recorded = {
        "requests to other hosts (blocked)": rec.third_party,
        "console errors": rec.console_errors,
        "JavaScript errors": rec.page_errors,
    }
    found = "\n".join(f"{what}: {items}" for what, items in recorded.items() if items)
    assert not found, found


def test_page_is_accessible_at_320_px(site_page: SitePage, page_path: str) -> None:
    """axe at a phone's width, where wide tables scroll in their boxes: a box that
    scrolls must take the keyboard's focus (scrollable-region-focusable)."""
    site_page.page.set_viewport_size(NARROW)
    site_page.open(page_path)
    result = AXE.run(site_page.page, options=WCAG21_AA)
    assert result.violations_count == 0, result.generate_report()


def test_skip_link(site_page: SitePage, page_path: str) -> None:
    """The first Tab stop is "Gå till innehållet"; Enter moves on to the main content."""
    site_page.open(page_path)
    page = site_page.page

    page.keyboard.press("Tab")
    skip: dict[str, Any] | None = page.evaluate(ACTIVE_JS)
    assert skip is not None, "Tab focused nothing"
    assert skip["text"] == SKIP_LINK_TEXT, f"first Tab stop is {skip!r}, not the skip link"
    assert skip["visible"], "the skip link is not visible when focused"
    href = skip["href"] or ""
    assert href.startswith("#") and len(href) > 1, f"skip link href {href!r}"

    page.keyboard.press("Enter")
    page.wait_for_function("h => location.hash === h", arg=href, timeout=5_000)
    target: dict[str, Any] = page.evaluate(
        f"""id => {{
          const t = document.getElementById(decodeURIComponent(id));
          if (!t) return null;
          const r = t.getBoundingClientRect();
          return {{inContent: {CONTENT_JS}().contains(t),
                   inView: r.bottom > 0 && r.top < innerHeight}};
        }}""",
        href[1:],
    )
    assert target is not None, f"the skip link points to a missing id {href!r}"
    assert target["inContent"], f"the skip link target {href!r} is not in the main content"
    assert target["inView"], f"the skip link target {href!r} was not scrolled into view"

    # The next Tab continues from the target, not from the top of the page.
    page.keyboard.press("Tab")
    after_target = page.evaluate(
        """id => {
          const t = document.getElementById(decodeURIComponent(id));
          const a = document.activeElement;
          if (!a || a === document.body) return true;  // nothing focusable after it
          return t.contains(a)
            || !!(t.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
        }""",
        href[1:],
    )
    assert after_target, "after the skip link, Tab went back before the main content"


def test_no_horizontal_scrolling_at_200_percent_zoom(site_page: SitePage, page_path: str) -> None:
    """At 640×450 CSS px (1280 px wide at 200 % zoom) nothing scrolls sideways."""
    site_page.page.set_viewport_size(ZOOM_200)
    site_page.open(page_path)
    m: dict[str, Any] = site_page.page.evaluate(OVERFLOW_JS)
    assert m["scrollWidth"] <= m["innerWidth"], (
        f"horizontal scrolling: scrollWidth {m['scrollWidth']} > {m['innerWidth']}; "
        f"sticking out: {m['culprits']}"
    )


PRINTED_NAME_JS = """
() => { const p = document.querySelector('.trygg-print-only');
        return p ? [getComputedStyle(p).display, p.textContent] : null; }
"""


def test_a_printed_page_names_its_school_and_the_screen_does_not_repeat_it(
    site_page: SitePage,
) -> None:
    """The header is not printed: on paper the page says whose it is; on screen the header
    does. A student page's poster says it in its own title."""
    site_page.open("ekbackens-skola/trygghetsplan/index.html")
    page = site_page.page
    assert page.evaluate(PRINTED_NAME_JS) == ["none", "Ekbackens skola"]
    page.emulate_media(media="print")
    try:
        assert page.evaluate(PRINTED_NAME_JS) == ["block", "Ekbackens skola"]
        site_page.open("ekbackens-skola/elev/lagstadiet/index.html")
        assert page.evaluate(PRINTED_NAME_JS)[0] == "none"
    finally:
        page.emulate_media(media="screen")
