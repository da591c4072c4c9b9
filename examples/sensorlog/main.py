"""sensorlog example: krait build examples/sensorlog/main.py -o sensorlog
then ./sensorlog [LOGFILE] (a built-in sample log when none is given)."""

import sys

import sensorlog
from sensorlog import codec, report
from sensorlog.parse import ParseError

SAMPLE = """# sample log
t=1 sensor=temp1 value=21.5 unit=C
t=1 sensor=hum value=40 unit=pct
t=2 sensor=temp1 value=22.0 unit=C
t=2 sensor=temp2 value=-3.25 unit=C
this line is broken
t=3 sensor=temp1 value=23.5 unit=C
t=3 sensor=hum value=42.5 unit=pct

t=4 sensor=temp1 value=19.0 unit=C
"""


def main(argv):
    text = SAMPLE
    if len(argv) > 1:
        with open(argv[1]) as f:
            text = f.read()
    bad = []
    readings = sensorlog.parse_lines(text, bad)
    print("readings:", len(readings), "bad lines:", bad)
    stats = sensorlog.Stats(window=2)
    for r in readings:
        stats.add(r)
    summary = stats.summary()
    doc = report.to_json(summary)
    print(doc)
    assert report.from_json(doc) == summary

    blob = codec.encode(readings)
    print("binary:", len(blob), "bytes")
    for t, name, value in codec.decode(blob)[:3]:
        print(" ", t, name, value)

    try:
        sensorlog.parse_lines("t=x sensor=a value=1 unit=C")
    except ParseError as e:
        print("error:", e, "at line", e.lineno)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
