# sys.stdin reads lines and the rest of the input
import sys
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('>', line.rstrip())
print(repr(sys.stdin.read()))
