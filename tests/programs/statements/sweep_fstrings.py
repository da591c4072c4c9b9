# f-strings with format specs, !r/!s, nested expressions.
name = "krait"
pi = 3.14159265
n = 42
print(f"{name!r} {name!s} {name}")
print(f"{pi:.2f} {pi:10.3f}| {n:05d} {n:x} {n:#o} {n:b} {n:>6}|{n:<6}|{n:^6}|")
print(f"{'nested'} {n * 2} {[1, 2][1]} {dict(a=1)['a']}")
width = 8
print(f"{name:>{width}}|{pi:.{2}f}")
print(f"{{literal}} {n}")
print(f"{n:,}" if False else f"{1234567:_}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{3.5!r:>6}|{'x'!r:^7}|")
print(f"{n=}" if False else f"{'%d%%' % 50}")
