cases = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", (1,)), ("%f", "s"), ("%x", 1.5), ("%s %s", 1), ("%d", None), ("%5.1%", ())]
for fmt, v in cases:
    try:
        print(fmt % v)
    except TypeError as e:
        print(fmt, "TypeError:", e)
try:
    print("%(x)s" % {"a": 1})
except KeyError:
    print("KeyError")
try:
    print("%z" % 1)
except ValueError:
    print("ValueError")
for v in [float("inf"), float("nan")]:
    try:
        print("%d" % v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
