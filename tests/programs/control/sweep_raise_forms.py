# raise X from Y, bare raise, exceptions caught by tuple, nested handlers.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print("ValueError", e, type(e.__cause__).__name__ if hasattr(e, "__cause__") else "")


def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise


try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised:", e)

for exc in (IndexError, KeyError, TypeError):
    try:
        raise exc("x")
    except (IndexError, KeyError) as e:
        print("tuple caught", type(e).__name__)
    except Exception as e:
        print("generic caught", type(e).__name__)

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise KeyError("during handling")
except KeyError as e:
    print("second:", e)

e = None
try:
    raise RuntimeError("r")
except RuntimeError as e:
    pass
print("e" in dir())

try:
    raise 42
except TypeError as err:
    print("TypeError:", err)
