"""Log lines like `t=12 sensor=temp1 value=21.5 unit=C` -> Reading tuples."""

import re
from collections import namedtuple

Reading = namedtuple("Reading", "time sensor value unit")

_LINE = re.compile(r"t=(\d+)\s+sensor=(\w+)\s+value=(-?\d+(?:\.\d+)?)\s+unit=(\w+)")
_COMMENT = re.compile(r"\s*(#.*)?$")


class ParseError(ValueError):
    def __init__(self, lineno, line):
        super().__init__("line %d: cannot parse %r" % (lineno, line))
        self.lineno = lineno


def parse_line(line, lineno=0):
    """A Reading, or None for a blank or comment line."""
    if _COMMENT.match(line):
        return None
    m = _LINE.match(line)
    if m is None:
        raise ParseError(lineno, line)
    return Reading(int(m.group(1)), m.group(2), float(m.group(3)), m.group(4))


def parse_lines(text, errors=None):
    """Every reading of `text`; bad lines are appended to `errors` when it is a
    list, else they raise ParseError."""
    readings = []
    for lineno, line in enumerate(text.split("\n"), 1):
        try:
            r = parse_line(line, lineno)
        except ParseError as e:
            if errors is None:
                raise
            errors.append(e.lineno)
            continue
        if r is not None:
            readings.append(r)
    return readings
