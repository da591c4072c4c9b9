# print(e), e.args and type(e) of caught exceptions
try:
    raise ValueError("message")
except ValueError as e:
    print(e)
    print(e.args)
    print(type(e))
try:
    raise ValueError
except ValueError as e:
    print("[" + str(e) + "]", e.args)
try:
    raise RuntimeError("a", 2)
except RuntimeError as e:
    print(e)
    print(e.args, len(e.args))
try:
    raise KeyError(42)
except KeyError as e:
    print(e, e.args[0] + 1)
err = TypeError("created, not raised")
print(err, type(err))
try:
    raise err
except TypeError as e:
    print(e is err)
print(isinstance(err, TypeError), isinstance(err, Exception), isinstance(err, ValueError))
