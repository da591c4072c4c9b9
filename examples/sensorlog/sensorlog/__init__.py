"""sensorlog: parse sensor log lines, keep statistics, pack readings into
compact binary records and report as JSON."""

from .parse import Reading, parse_lines
from .stats import Stats
from . import codec, report

__all__ = ["Reading", "parse_lines", "Stats", "codec", "report"]
VERSION = (1, 0)
