"""SVG drawing primitives for bench/charts.py: the machine has no plotting library and no PyPI.

Every chart has a <title> and a <desc> (the figures as text, for a screen reader), dark colours on white, and series
told apart by marker and dash pattern (bars by hatching and a label under each bar), never by colour alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
WIDTH = 900
TEXT = "#1a1a1a"
GRID = "#d0d0d0"


@dataclass(frozen=True)
class Style:
    """How one series or bar kind looks: a colour (contrast >= 4.5:1 on white), a marker, a dash, a hatch."""

    color: str
    marker: str = "circle"  # circle, square, triangle, diamond
    dash: str = ""  # SVG stroke-dasharray; "" is a solid line
    hatch: str = ""  # bars: "", "diagonal", "cross", "dots"


@dataclass
class Series:
    """A named line of (x, y) points; points without a value are left out by the caller, never drawn as zero."""

    name: str
    style: Style
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class BarGroup:
    """One cluster of bars: a label, then per bar kind (name) its height and the text written above it."""

    label: str
    bars: dict[str, tuple[float, list[str]]]
    note: str = ""


def fmt_num(v: float) -> str:
    """A value for a label: thousands separators, at most 3 significant digits below 100."""
    if v >= 100:
        return f"{v:,.0f}"
    if v >= 10:
        return f"{v:.1f}".rstrip("0").rstrip(".")
    if v >= 1:
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return f"{v:.3g}"


def fmt_count(n: float) -> str:
    """An article count as on the x axis: 1k, 10k, 30k, 100k."""
    if n >= 1000 and n % 100 == 0:
        return f"{n / 1000:g}k"
    return f"{n:,.0f}"


class Canvas:
    """Collects SVG elements and writes the document with its title, description and patterns."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def text(self, x: float, y: float, s: str, size: int = 13, anchor: str = "start", weight: str = "normal",
             color: str = TEXT, rotate: float | None = None, halo: bool = False) -> None:
        transform = f' transform="rotate({rotate:g} {x:.1f} {y:.1f})"' if rotate is not None else ""
        # A white outline under the glyphs keeps a label readable where a line or grid line crosses it.
        outline = ' stroke="white" stroke-width="3" paint-order="stroke"' if halo else ""
        self.parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
                          f'font-weight="{weight}" fill="{color}"{outline}{transform}>{escape(s)}</text>')

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str = TEXT, width: float = 1,
             dash: str = "") -> None:
        d = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{color}" '
                          f'stroke-width="{width:g}"{d}/>')

    def polyline(self, pts: list[tuple[float, float]], style: Style) -> None:
        d = f' stroke-dasharray="{style.dash}"' if style.dash else ""
        p = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        self.parts.append(f'<polyline points="{p}" fill="none" stroke="{style.color}" stroke-width="2.5"{d}/>')

    def marker(self, x: float, y: float, style: Style, r: float = 5.5) -> None:
        c = style.color
        if style.marker == "square":
            self.parts.append(f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" '
                              f'fill="{c}" stroke="white" stroke-width="1"/>')
        elif style.marker == "triangle":
            pts = f"{x:.1f},{y - r * 1.2:.1f} {x + r * 1.1:.1f},{y + r * 0.8:.1f} {x - r * 1.1:.1f},{y + r * 0.8:.1f}"
            self.parts.append(f'<polygon points="{pts}" fill="{c}" stroke="white" stroke-width="1"/>')
        elif style.marker == "diamond":
            pts = (f"{x:.1f},{y - r * 1.3:.1f} {x + r * 1.1:.1f},{y:.1f} "
                   f"{x:.1f},{y + r * 1.3:.1f} {x - r * 1.1:.1f},{y:.1f}")
            self.parts.append(f'<polygon points="{pts}" fill="{c}" stroke="white" stroke-width="1"/>')
        else:
            self.parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{c}" stroke="white" '
                              f'stroke-width="1"/>')

    def bar(self, x: float, y: float, w: float, h: float, style: Style) -> None:
        self.parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{style.color}"/>')
        if style.hatch:
            self.parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
                              f'fill="url(#hatch-{style.hatch})"/>')
        self.parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="none" '
                          f'stroke="{TEXT}" stroke-width="1"/>')

    def document(self, title: str, desc: str, height: int) -> str:
        # White hatching over the bar colour: the pattern, not the hue, tells the bars apart in grey or for a
        # reader who cannot see the colours.
        patterns = (
            '<pattern id="hatch-diagonal" width="8" height="8" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)">'
            '<line x1="0" y1="0" x2="0" y2="8" stroke="white" stroke-width="3"/></pattern>'
            '<pattern id="hatch-cross" width="9" height="9" patternUnits="userSpaceOnUse">'
            '<path d="M0 4.5H9M4.5 0V9" stroke="white" stroke-width="2"/></pattern>'
            '<pattern id="hatch-dots" width="8" height="8" patternUnits="userSpaceOnUse">'
            '<circle cx="4" cy="4" r="1.8" fill="white"/></pattern>'
        )
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
                f'viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-title chart-desc" '
                f'font-family="{FONT}">\n'
                f'<title id="chart-title">{escape(title)}</title>\n<desc id="chart-desc">{escape(desc)}</desc>\n'
                f'<defs>{patterns}</defs>\n<rect width="100%" height="100%" fill="white"/>\n')
        return head + "\n".join(self.parts) + "\n</svg>\n"


def wrap(s: str, width: int) -> list[str]:
    """Splits a caption into lines of at most width characters, at spaces."""
    lines, cur = [], ""
    for word in s.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines
