"""A line chart over article counts (log x) and a grouped bar chart, drawn with chartlib.svg."""
from __future__ import annotations

import math

from chartlib.svg import GRID, WIDTH, BarGroup, Canvas, Series, Style, fmt_count, fmt_num, wrap

LEFT, TOP, RIGHT_MARGIN = 96, 78, 280
RIGHT = WIDTH - RIGHT_MARGIN
BAR_RIGHT = WIDTH - 40  # the bar chart's legend is a row under the plot, so its bars get the width
PLOT_HEIGHT = 340
BOTTOM = TOP + PLOT_HEIGHT
CAPTION_CHARS = 118


class LinearScale:
    """Maps [0, hi] onto pixels [a, b], with round ticks (1, 2, 2.5 or 5 times a power of ten)."""

    def __init__(self, hi: float, a: float, b: float) -> None:
        raw = (hi if hi > 0 else 1) / 5
        mag = 10 ** math.floor(math.log10(raw))
        self.step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
        self.hi = self.step * math.ceil((hi if hi > 0 else 1) / self.step)
        self.a, self.b = a, b

    def __call__(self, v: float) -> float:
        return self.a + (self.b - self.a) * v / self.hi

    def ticks(self) -> list[float]:
        return [i * self.step for i in range(int(round(self.hi / self.step)) + 1)]


class LogScale:
    """Maps [lo, hi] (both > 0) onto pixels [a, b] on a logarithmic scale."""

    def __init__(self, lo: float, hi: float, a: float, b: float, pad: float = 1.5) -> None:
        if hi <= lo:
            lo, hi = lo / 3, hi * 3
        self.lo, self.hi = math.log10(lo / pad), math.log10(hi * pad)
        self.a, self.b = a, b

    def __call__(self, v: float) -> float:
        return self.a + (self.b - self.a) * (math.log10(v) - self.lo) / (self.hi - self.lo)

    def ticks(self) -> list[float]:
        """1, 2 and 5 times each power of ten in range; only the powers when the range spans more than 3 decades."""
        mults = (1,) if self.hi - self.lo > 3 else (1, 2, 5)
        out = []
        for k in range(math.floor(self.lo), math.ceil(self.hi) + 1):
            out += [m * 10 ** k for m in mults if self.lo <= math.log10(m * 10 ** k) <= self.hi]
        return out


def _legend(c: Canvas, entries: list[tuple[str, Style, bool]]) -> None:
    """Entries (name, style, has data) to the right of the plot; a series without data says so instead of vanishing."""
    x, y = RIGHT + 28, TOP + 8
    c.text(x, y, "Legend", size=13, weight="bold")
    for name, style, has_data in entries:
        y += 30
        c.polyline([(x, y - 4), (x + 36, y - 4)], style)
        c.marker(x + 18, y - 4, style)
        label = name if has_data else f"{name} (no data)"
        for i, part in enumerate(wrap(label, 24)):
            c.text(x + 46, y + i * 15, part, size=13)
        y += 15 * (len(wrap(label, 24)) - 1)


def _legend_row(c: Canvas, entries: list[tuple[str, Style, bool]], y: float) -> None:
    """Bar kinds side by side on one line: a hatched swatch, then the name."""
    x = LEFT
    c.text(x, y, "Legend:", size=13, weight="bold")
    x += 64
    for name, style, has_data in entries:
        label = name if has_data else f"{name} (no data)"
        c.bar(x, y - 12, 30, 16, style)
        c.text(x + 38, y, label, size=13)
        x += 38 + 8 * len(label) + 28


def _caption(c: Canvas, y: float, caption: str) -> float:
    """The date and command that made the data, wrapped; returns the y below it."""
    for line in wrap(caption, CAPTION_CHARS):
        c.text(24, y, line, size=12, color="#333333")
        y += 16
    return y


def _y_axis(c: Canvas, ys, label: str, log: bool, right: float = RIGHT) -> None:
    for t in ys.ticks():
        py = ys(t)
        c.line(LEFT, py, right, py, color=GRID)
        c.text(LEFT - 8, py + 4, fmt_num(t) if t else "0", size=13, anchor="end")
    c.line(LEFT, TOP, LEFT, BOTTOM, width=1.5)
    c.line(LEFT, BOTTOM, right, BOTTOM, width=1.5)
    c.text(26, (TOP + BOTTOM) / 2, label + (" (log scale)" if log else ""), size=14, anchor="middle", rotate=-90)


def _spread(ys: list[float], gap: float, lo: float, hi: float) -> list[float]:
    """Sorted label baselines moved apart to at least gap, kept within [lo, hi] by shifting the whole run."""
    out: list[float] = []
    for y in ys:
        out.append(max(y, out[-1] + gap) if out else y)
    if out and out[-1] > hi:
        out = [y - (out[-1] - hi) for y in out]
    for i, y in enumerate(out):
        out[i] = max(y, lo + i * gap)
    return out


def _heading(c: Canvas, title: str, subtitle: str) -> None:
    c.text(24, 34, title, size=20, weight="bold")
    c.text(24, 56, subtitle, size=13, color="#333333")


def line_chart(title: str, subtitle: str, x_label: str, y_label: str, unit: str, series: list[Series],
               caption: str, desc: str) -> str:
    """Lines over article counts, log x; y is logarithmic when the values span more than 30x."""
    c = Canvas()
    _heading(c, title, subtitle)
    xs_all = sorted({x for s in series for x, _ in s.points if x > 0})
    ys_all = [y for s in series for _, y in s.points if y > 0]
    log_y = bool(ys_all) and max(ys_all) / min(ys_all) > 30
    xs = LogScale(min(xs_all), max(xs_all), LEFT, RIGHT)
    ys = LogScale(min(ys_all), max(ys_all), BOTTOM, TOP) if log_y else LinearScale(max(ys_all) * 1.1, BOTTOM, TOP)
    _y_axis(c, ys, y_label, log_y)
    for x in xs_all:
        c.line(xs(x), TOP, xs(x), BOTTOM, color=GRID, dash="2 4")
        c.text(xs(x), BOTTOM + 20, fmt_count(x), size=13, anchor="middle")
    c.text((LEFT + RIGHT) / 2, BOTTOM + 46, x_label, size=14, anchor="middle")
    labels: dict[float, list[tuple[float, str, str]]] = {}
    for s in series:
        pts = sorted((x, y) for x, y in s.points if x > 0 and y > 0)
        if len(pts) > 1:
            c.polyline([(xs(x), ys(y)) for x, y in pts], s.style)
        for x, y in pts:
            c.marker(xs(x), ys(y), s.style)
            labels.setdefault(x, []).append((ys(y), f"{fmt_num(y)}{unit}", s.style.color))
    # Value labels beside their points, pushed apart vertically so that two close values stay readable.
    for x, items in labels.items():
        for py, (text, color) in zip(_spread([py + 4 for py, _, _ in sorted(items)], 14, TOP + 10, BOTTOM - 4),
                                     [(t, col) for _, t, col in sorted(items)]):
            c.text(xs(x) + 10, py, text, size=12, color=color, weight="bold", halo=True)
    _legend(c, [(s.name, s.style, bool(s.points)) for s in series])
    return c.document(title, desc, int(_caption(c, BOTTOM + 78, caption)) + 8)


def bar_chart(title: str, subtitle: str, x_label: str, y_label: str, kinds: list[tuple[str, Style]],
              groups: list[BarGroup], caption: str, desc: str) -> str:
    """Clusters of bars from 0, each with its lines of text above it and its kind's name below it."""
    c = Canvas()
    _heading(c, title, subtitle)
    top = max((v for g in groups for v, _ in g.bars.values()), default=1)
    ys = LinearScale(top * 1.22, BOTTOM, TOP)
    _y_axis(c, ys, y_label, log=False, right=BAR_RIGHT)
    gw = (BAR_RIGHT - LEFT) / max(len(groups), 1)
    bw = min(110.0, gw * 0.9 / len(kinds))
    # Labels of narrow bars (3 corpora or more) would run into their neighbours' at 12 px.
    small = 12 if bw >= 80 else 10
    for gi, g in enumerate(groups):
        x0 = LEFT + gi * gw + (gw - bw * len(kinds)) / 2
        for ki, (name, style) in enumerate(kinds):
            bx = x0 + ki * bw
            cx = bx + bw / 2
            c.text(cx, BOTTOM + 18, name, size=small, anchor="middle")
            if name not in g.bars:
                c.text(cx, BOTTOM - 8, "no data", size=12, anchor="middle", color="#555555")
                continue
            value, notes = g.bars[name]
            c.bar(bx + 4, ys(value), bw - 8, BOTTOM - ys(value), style)
            for i, note in enumerate(reversed(notes)):
                c.text(cx, ys(value) - 8 - 15 * i, note, size=small, anchor="middle",
                       weight="bold" if i == len(notes) - 1 else "normal")
        c.text(LEFT + gi * gw + gw / 2, BOTTOM + 38, g.label, size=13, anchor="middle", weight="bold")
        if g.note:
            c.text(LEFT + gi * gw + gw / 2, BOTTOM + 55, g.note, size=12, anchor="middle")
    c.text((LEFT + BAR_RIGHT) / 2, BOTTOM + 78, x_label, size=14, anchor="middle")
    _legend_row(c, [(n, s, any(n in g.bars for g in groups)) for n, s in kinds], BOTTOM + 106)
    return c.document(title, desc, int(_caption(c, BOTTOM + 134, caption)) + 8)
