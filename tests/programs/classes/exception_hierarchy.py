class Base(Exception):
    pass


class NotFound(Base, LookupError):
    def __init__(self, key):
        self.key = key


class Invalid(Base):
    def __str__(self):
        return "invalid: " + ", ".join(str(a) for a in self.args)


def check(v):
    if v == 0:
        raise NotFound("zero")
    if v < 0:
        raise Invalid(v, "negative")
    return v


for v in [1, 0, -2]:
    try:
        print("ok", check(v))
    except (NotFound, KeyError) as e:
        print("not found", e.key, e.args, isinstance(e, LookupError))
    except Base as e:
        print("base:", e, "|", repr(e))
try:
    try:
        check(0)
    except Invalid:
        print("wrong handler")
except LookupError as e:
    print("outer", type(e).__name__)
try:
    check(-1)
except Exception as e:
    err = e
print(type(err).__name__, err.args)
e2 = NotFound("k")
e2.extra = 5
print(e2.extra, e2.key, e2.args)
