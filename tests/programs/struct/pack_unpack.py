# struct.pack / unpack with explicit byte orders
import struct
for fmt, vals in [('<b', (-1,)), ('<B', (255,)), ('<h', (-2,)), ('>H', (258,)),
                  ('<i', (-100000,)), ('>I', (4000000000,)), ('<l', (-5,)), ('>L', (7,)),
                  ('<q', (-2**63,)), ('>Q', (2**64 - 1,)), ('<?', (True,)), ('!h', (1,)),
                  ('=H', (513,))]:
    p = struct.pack(fmt, *vals)
    print(fmt, p, struct.unpack(fmt, p))
print(struct.pack('<hhb', 1, 2, 3))
print(struct.unpack('>hhb', b'\x00\x01\x00\x02\x03'))
