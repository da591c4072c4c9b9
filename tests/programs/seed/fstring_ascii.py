"""
Seed: f-strings don't support !a conversions.

MicroPython does not implement ascii(), so the conversion is a
syntax error at compile time.
"""

f"{'unicode text'!a}"
