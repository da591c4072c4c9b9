# Exceptions cross the boundary both ways: raised by exec'd code and caught
# by compiled code, raised by compiled code and caught inside exec.
def boom(msg):
    raise ValueError(msg)


exec("""
log = []
try:
    boom("from compiled")
except ValueError as e:
    log.append("caught " + str(e))
else:
    log.append("no error")
finally:
    log.append("finally 1")

try:
    x = 1
except KeyError:
    log.append("wrong")
else:
    log.append("else ran")
finally:
    log.append("finally 2")

try:
    try:
        {}["missing"]
    except KeyError as e:
        log.append("inner " + repr(e))
        raise
except LookupError as e:
    log.append("outer " + type(e).__name__)

try:
    raise TypeError
except (ValueError, TypeError) as e:
    log.append("tuple match " + type(e).__name__)

class MyError(Exception):
    pass

def check(n):
    try:
        if n < 0:
            raise MyError("negative", n)
        return "ok"
    finally:
        log.append("checked " + str(n))

try:
    check(1)
    check(-1)
except MyError as e:
    log.append("MyError " + str(e.args))

try:
    raise ValueError("chained") from KeyError("cause")
except ValueError as e:
    log.append(str(e))
""")
for line in log:
    print(line)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("compiled caught:", e)
try:
    check(-5)
except MyError as e:
    print("compiled caught MyError", e.args)
try:
    exec("raise MyError('from exec')")
except Exception as e:
    print(type(e).__name__, e)
print(issubclass(MyError, Exception))
