# Reading stdin past its end gives empty strings
import sys
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
