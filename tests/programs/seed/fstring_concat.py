"""
Seed: f-strings don't support concatenation with adjacent literals
if the adjacent literals contain braces.

MicroPython joins the adjacent literals into one format string, so the
braces of the plain literal become extra replacement fields.
"""

x, y = 1, 2
print("aa" f"{x}")  # works
print(f"{x}" "ab")  # works
print("a{}a" f"{x}")  # fails
print(f"{x}" "a{}b")  # fails
