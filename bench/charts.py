#!/usr/bin/env python3
"""Charts of the benchmark scripts' JSON result lines, as SVG files in docs/ (Python standard library only).

    python3 bench/charts.py RESULTS.jsonl [MORE.jsonl ...] [--out DIR]

Reads the {"bench":...} lines that bench/scale.sh, hugo.sh and load.sh print at their end (or append to $RESULTS);
other lines are ignored, so a saved console log works too. Where the same measurement appears more than once (same
bench, article count and side), the last line read wins: pass older files first. Writes, to DIR (default docs/):

    scale-startup.svg   seconds to ready (and to ready again over the build cache) by article count; Hugo's build
    scale-memory.svg    peak resident memory by article count: the site (VmHWM), our export, Hugo's build
    export-time.svg     our static export against Hugo's build, seconds by article count
    throughput.svg      requests/s of the site, nginx over the export and bare Kestrel, with p99 latency

A chart with no data at all is not written (an existing file is left as it is; exit 1 when no chart was); a missing or
failed figure (null) is left out of its line, never drawn as zero. Each chart's caption names the dates, commits and commands of its data.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts in the work tree
from chartlib.plots import bar_chart, line_chart  # noqa: E402 (after the line above on purpose)
from chartlib.svg import BarGroup, Series, Style, fmt_count, fmt_num  # noqa: E402

BLUE = Style("#1f4e9c", "circle", "")
PURPLE = Style("#6a1b9a", "square", "9 5")
GREEN = Style("#1b6e2e", "diamond", "14 4 3 4")
ORANGE = Style("#a83400", "triangle", "3 4")
BAR_SITE = Style("#1f4e9c")
BAR_NGINX = Style("#a83400", hatch="diagonal")
BAR_BARE = Style("#1b6e2e", hatch="cross")


def read_records(paths: list[Path]) -> list[dict]:
    """The result objects in file order, the last of each (bench, articles, side) kept."""
    latest: dict[tuple, dict] = {}
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line.startswith('{"bench"'):
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{n}: not JSON, skipped ({e})", file=sys.stderr)
                continue
            key = (rec.get("bench"), rec.get("articles"), rec.get("side"))
            latest.pop(key, None)  # re-inserted at the end: file order stays the order of the newest lines
            latest[key] = rec
    return list(latest.values())


def number(rec: dict, key: str) -> float | None:
    """rec[key] when it is a number (not null, not a bool), else None."""
    v = rec.get(key)
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def points(recs: list[dict], bench: str, key: str) -> tuple[list[tuple[float, float]], list[dict]]:
    """(articles, value) for each record of bench with an article count > 0 and a value for key, and those records."""
    pts, used = [], []
    for r in recs:
        x, y = number(r, "articles"), number(r, key)
        if r.get("bench") == bench and x and x > 0 and y is not None:
            pts.append((x, y))
            used.append(r)
    return sorted(pts), used


def caption(used: list[dict]) -> str:
    """'Data: DATES, commit C; commands: ...' for the records a chart drew."""
    dates = sorted({str(r.get("date", "?"))[:10] for r in used})
    commits = list(dict.fromkeys(str(r.get("commit", "?")) for r in used))
    commands = list(dict.fromkeys(str(r.get("command", "?")) for r in used))
    when = dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"
    return (f"Data: {when}, commit {', '.join(commits)}; made by: {'; '.join(commands)}. "
            "Commands and machine: docs/benchmarks.md.")


def describe(title: str, series: list[Series], unit: str) -> str:
    """The figures as sentences, for the SVG's <desc>."""
    parts = []
    for s in series:
        if s.points:
            parts.append(f"{s.name}: " + ", ".join(f"{fmt_count(x)} articles {fmt_num(y)}{unit}" for x, y in s.points))
        else:
            parts.append(f"{s.name}: no data")
    return f"{title}. " + "; ".join(parts) + "."


# File name -> title, subtitle, y axis label, unit, and per series (name, style, bench, field).
LINE_CHARTS: dict[str, tuple[str, str, str, str, list[tuple[str, Style, str, str]]]] = {
    "scale-startup.svg": (
        "Start-up time by number of articles",
        "lower is better; ready = process start to the first /healthz 200",
        "seconds", " s", [
            ("ours: site ready, first start", BLUE, "scale", "ready_s"),
            ("ours: ready again over the build cache", PURPLE, "scale", "restart_s"),
            ("Hugo: full build of the same corpus", ORANGE, "hugo", "hugo_s"),
        ]),
    "scale-memory.svg": (
        "Peak memory by number of articles",
        "lower is better; the site's peak from start until its indexes are built (issue 13's measure)",
        "peak resident memory (MB)", " MB", [
            ("ours: site, peak RSS (VmHWM) until its indexes are built", BLUE, "scale", "vmhwm_indexes_mb"),
            ("ours: static export, peak RSS", GREEN, "hugo", "ours_peak_mb"),
            ("Hugo: build, peak RSS", ORANGE, "hugo", "hugo_peak_mb"),
        ]),
    "export-time.svg": (
        "Static export time: ours against Hugo",
        "lower is better; the same generated corpus, wall time of the whole run",
        "seconds", " s", [
            ("ours: static export", GREEN, "hugo", "ours_s"),
            ("Hugo: build", ORANGE, "hugo", "hugo_s"),
        ]),
}


def line_chart_svg(recs: list[dict], title: str, subtitle: str, y_label: str, unit: str,
                   specs: list[tuple[str, Style, str, str]]) -> str | None:
    """One chart over article counts, or None when none of its series has a point."""
    series, used = [], []
    for name, style, bench, key in specs:
        pts, recs_used = points(recs, bench, key)
        series.append(Series(name, style, pts))
        used += [r for r in recs_used if r not in used]
    if not used:
        return None
    return line_chart(title, subtitle, "articles in the corpus (log scale)", y_label, unit, series, caption(used),
                      describe(title, series, unit))


def group_label(n: object) -> str:
    """load.sh's corpus: 0 is the repository's content/, else N generated articles."""
    return "repository content" if n == 0 else f"{fmt_count(float(n))} generated articles"  # type: ignore[arg-type]


def throughput(recs: list[dict]) -> str | None:
    """The bar chart of the load lines, one cluster per corpus, or None without any."""
    kinds = [("site", BAR_SITE), ("nginx", BAR_NGINX), ("bare Kestrel", BAR_BARE)]
    names = {"site": "site", "nginx": "nginx", "bare": "bare Kestrel"}
    loads = [r for r in recs if r.get("bench") == "load" and number(r, "rps") is not None and r.get("side") in names]
    if not loads:
        return None
    groups, setups, desc = [], [], []
    for n in sorted({r.get("articles") for r in loads}, key=lambda v: (v != 0, v)):
        sides = {names[r["side"]]: r for r in loads if r.get("articles") == n}
        bars = {}
        for name, r in sides.items():
            rps, p99 = number(r, "rps") or 0.0, number(r, "p99_ms")
            bars[name] = (rps, [f"{rps:,.0f} req/s", f"p99 {fmt_num(p99)} ms" if p99 is not None else "p99 n/a"])
            desc.append(f"{group_label(n)}, {name}: {rps:,.0f} requests/s, "
                        f"p99 {fmt_num(p99) if p99 is not None else 'not measured'} ms")
            rounds = len(r.get("rps_rounds") or [])
            setups.append(f"wrk -t{r.get('threads', 1)} -c{r.get('connections', '?')} -d{r.get('duration', '?')}"
                          + (f", median of {rounds} rounds" if rounds > 1 else ""))
        ratios = []
        for a, b in (("site", "nginx"), ("bare Kestrel", "nginx"), ("site", "bare Kestrel")):
            if a in bars and b in bars and bars[b][0] > 0:
                ratios.append(f"{a.split()[0]}/{b.split()[0]} {bars[a][0] / bars[b][0]:.2f}")
        groups.append(BarGroup(group_label(n), bars, ", ".join(ratios)))
    title = "Requests per second for one article page"
    x_label = "one article, identity body; " + "; ".join(dict.fromkeys(setups))
    subtitle = "higher is better; p99 = 99th percentile latency; bare Kestrel = no middleware, the ceiling"
    return bar_chart(title, subtitle, x_label, "requests per second (median of rounds)", kinds, groups, caption(loads),
                     f"{title}, higher is better. " + "; ".join(desc) + ".")


def main(argv: list[str]) -> int:
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path, help="JSON-lines files written by the bench scripts (RESULTS=...)")
    ap.add_argument("--out", type=Path, default=repo / "docs", help="folder for the SVG files (default: docs/)")
    args = ap.parse_args(argv)
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        print(f"charts.py: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    recs = read_records(args.files)
    written = 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (title, subtitle, y_label, unit, specs) in LINE_CHARTS.items():
        svg = line_chart_svg(recs, title, subtitle, y_label, unit, specs)
        if svg is None:
            print(f"skipped {name}: no data for it in the files", file=sys.stderr)
            continue
        (args.out / name).write_text(svg, encoding="utf-8")
        print(f"wrote {args.out / name}")
        written += 1
    svg = throughput(recs)
    if svg is None:
        print("skipped throughput.svg: no load lines in the files", file=sys.stderr)
    else:
        (args.out / "throughput.svg").write_text(svg, encoding="utf-8")
        print(f"wrote {args.out / 'throughput.svg'}")
        written += 1
    # Nothing to draw is a mistake worth an exit code (a wrong file, or RESULTS never set).
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
