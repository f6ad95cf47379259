"""What a survey bar chart costs as trygg draws it, and as matplotlib and pygal would.

    .venv/bin/python -m benchmarks.charts            # trygg's chart only
    /path/with/matplotlib/bin/python -m benchmarks.charts   # also matplotlib and pygal

The same chart (two measures, five groups with their shares) is drawn three ways and
each is measured: bytes of SVG, whether two runs in two processes give the same bytes,
whether it carries scripts or embedded glyph outlines, and milliseconds per chart (the
median of 50). The results and the decision are in benchmarks/README.md.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

GROUPS = [("Åk 7", 89.0), ("Åk 8", 84.0), ("Åk 9", 85.0), ("Flickor", 17.0), ("Pojkar", 6.0)]


def trygg_chart() -> str:
    from generator.diagrams.bars import Bar, BarSection, render_bars

    sections = (
        BarSection(
            "Känner sig trygg i skolan", tuple(Bar(g, v, f"{v:g} %") for g, v in GROUPS[:3])
        ),
        BarSection(
            "Utsatt för sexuella trakasserier", tuple(Bar(g, v, f"{v:g} %") for g, v in GROUPS[3:])
        ),
    )
    return render_bars(sections, "k1", "Resultat per grupp", colour="#1f5f8b", table_id="t")


def matplotlib_chart() -> str:
    import matplotlib

    matplotlib.use("svg")
    matplotlib.rcParams["svg.hashsalt"] = "trygg"  # stable ids; without it they are random
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 2.6))
    labels, values = zip(*GROUPS, strict=True)
    bars = ax.barh(labels, values, color="#1f5f8b")
    ax.bar_label(bars, fmt="%g %%")
    ax.set_xlim(0, 100)
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None})
    plt.close(fig)
    return out.getvalue()


def pygal_chart() -> str:
    import pygal

    chart = pygal.HorizontalBar(title="Resultat per grupp", range=(0, 100))
    for label, value in GROUPS:
        chart.add(label, value)
    return str(chart.render(is_unicode=True))


DRAWERS: dict[str, Callable[[], str]] = {
    "trygg (diagrams.bars)": trygg_chart,
    "matplotlib": matplotlib_chart,
    "pygal": pygal_chart,
}
MODULES = {"matplotlib": "matplotlib", "pygal": "pygal"}


def _digest_in_new_process(name: str) -> str:
    draw = f"c.DRAWERS[{name!r}]()"
    code = (
        "import hashlib, benchmarks.charts as c; "
        f"print(hashlib.sha256({draw}.encode()).hexdigest())"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def measure(name: str, draw: Callable[[], str]) -> dict[str, object]:
    svg = draw()
    times = []
    for _ in range(50):
        start = time.perf_counter()
        draw()
        times.append(time.perf_counter() - start)
    same = _digest_in_new_process(name) == _digest_in_new_process(name)
    return {
        "bytes": len(svg.encode()),
        "same bytes in two processes": same,
        "scripts": "<script" in svg,
        "glyph outlines": '<path id="DejaVu' in svg or "glyph" in svg,
        "ms per chart": round(1000 * statistics.median(times), 2),
        "digest": hashlib.sha256(svg.encode()).hexdigest()[:12],
    }


def main() -> None:
    for name, draw in DRAWERS.items():
        module = MODULES.get(name)
        if module and importlib.util.find_spec(module) is None:
            print(f"{name}: not installed")
            continue
        print(name, measure(name, draw))


if __name__ == "__main__":
    main()
