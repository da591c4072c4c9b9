class AppError(Exception):
    pass


class DetailError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class NoSuper(ValueError):
    def __init__(self, a, b):
        self.a = a


for exc in [AppError("plain"), DetailError("detail", 42), NoSuper(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print("AppError", type(e).__name__, e, e.args, getattr(e, "code", None))
    except ValueError as e:
        print("ValueError", type(e).__name__, e.args, e.a)
try:
    raise DetailError
except TypeError as e:
    print("TypeError")
print(repr(AppError("x")), str(AppError()), repr(AppError(1, 2)))
print(isinstance(DetailError("a", 1), Exception), issubclass(DetailError, BaseException))
try:
    raise AppError("a") from None
except Exception as e:
    print("caught", e)
