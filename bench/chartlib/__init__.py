"""Hand-written SVG charts for bench/charts.py (Python standard library only)."""
