# sys.stdout.write accepts bytes-like data as MicroPython's streams do
import sys
sys.stdout.write(b'raw bytes\n')
sys.stdout.write(bytearray(b'ba\n'))
try:
    sys.stdout.write(5)
except TypeError:
    print('TypeError')
sys.stdout.buffer.write(b'via buffer\n')
sys.stdout.flush()
