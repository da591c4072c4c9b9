"""
Seed: error messages for methods may display unexpected argument counts.

MicroPython counts "self" as an argument.
"""

try:
    [].append()
except Exception as e:
    print(e)
