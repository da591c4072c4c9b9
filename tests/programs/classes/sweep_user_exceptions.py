# User exception classes with args and attributes; hierarchy; catching by tuple.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__("missing " + key)
        self.key = key
        self.where = where


class Fatal(AppError):
    def __str__(self):
        return "fatal!"


try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.where)

try:
    raise Fatal(1, 2)
except (KeyError, Fatal) as e:
    print(e, e.args, repr(e.args))

for exc in (NotFound("x", where="cache"), ValueError("v"), Fatal()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e.where)
    except (ValueError, TypeError) as e:
        print("builtin", e)
    except AppError:
        print("other app error")

e = AppError("a", "b")
print(e.args, str(e), isinstance(e, Exception), issubclass(NotFound, AppError))
e.extra = 5
print(e.extra)
print(repr(AppError("only")))


class Plain(Exception):
    pass


try:
    Plain(code=1)
except TypeError as e:
    print("TypeError:", e)
