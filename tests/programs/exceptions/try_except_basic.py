# catching exceptions raised by operations and by raise
try:
    x = 1 // 0
    print("not reached")
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    raise ValueError("bad value")
except ValueError as e:
    print("caught", e)
try:
    raise KeyError
except KeyError:
    print("caught class raise")
try:
    print("no error")
except Exception:
    print("not reached")
print("after")
