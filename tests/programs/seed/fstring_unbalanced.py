"""
Seed: f-strings cannot support expressions that require parsing to
resolve unbalanced nested braces and brackets.

krait reports the error at the first such f-string.
"""

print(f"{'hello { world'}")
print(f"{'hello ] world'}")
