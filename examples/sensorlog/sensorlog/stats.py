"""Per-sensor statistics with a rolling window of the latest values."""

from collections import defaultdict, deque, OrderedDict


class SensorStats:
    def __init__(self, window):
        self.count = 0
        self.total = 0.0
        self.low = None
        self.high = None
        self.recent = deque((), window)

    def add(self, value):
        self.count += 1
        self.total += value
        if self.low is None or value < self.low:
            self.low = value
        if self.high is None or value > self.high:
            self.high = value
        self.recent.append(value)

    @property
    def mean(self):
        return self.total / self.count

    @property
    def rolling_mean(self):
        return sum(self.recent) / len(self.recent)


class Stats:
    def __init__(self, window=3):
        self._window = window
        self._sensors = defaultdict(lambda: SensorStats(self._window))
        self.units = {}

    def add(self, reading):
        unit = self.units.setdefault(reading.sensor, reading.unit)
        if unit != reading.unit:
            raise ValueError("sensor %s changed unit from %s to %s"
                             % (reading.sensor, unit, reading.unit))
        self._sensors[reading.sensor].add(reading.value)

    def summary(self):
        out = OrderedDict()
        for name in sorted(self._sensors):
            s = self._sensors[name]
            out[name] = {
                "count": s.count,
                "min": s.low,
                "max": s.high,
                "mean": round(s.mean, 2),
                "rolling": round(s.rolling_mean, 2),
                "unit": self.units[name],
            }
        return out
