"""Readings as fixed-size little-endian records: u32 time, u8 sensor id,
f32 value (9 bytes each), behind a header with the sensor names."""

import struct

_RECORD = "<IBf"
_HEADER = "<4sH"
MAGIC = b"SLG1"


def encode(readings):
    names = []
    for r in readings:
        if r.sensor not in names:
            names.append(r.sensor)
    parts = [struct.pack(_HEADER, MAGIC, len(names))]
    for n in names:
        raw = n.encode()
        parts.append(struct.pack("<B", len(raw)) + raw)
    for r in readings:
        parts.append(struct.pack(_RECORD, r.time, names.index(r.sensor), r.value))
    return b"".join(parts)


def decode(data):
    magic, count = struct.unpack_from(_HEADER, data, 0)
    if magic != MAGIC:
        raise ValueError("not a sensorlog file")
    pos = struct.calcsize(_HEADER)
    names = []
    for _ in range(count):
        n = data[pos]
        names.append(data[pos + 1:pos + 1 + n].decode())
        pos += 1 + n
    size = struct.calcsize(_RECORD)
    out = []
    while pos < len(data):
        t, sid, value = struct.unpack_from(_RECORD, data, pos)
        out.append((t, names[sid], value))
        pos += size
    return out
