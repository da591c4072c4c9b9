class MyError(Exception):
    def __str__(self):
        return "custom message"


def f():
    raise MyError(1, 2)


try:
    f()
except MyError as e:
    print(e)
# MicroPython's traceback line ignores __str__: "MyError: (1, 2)".
f()
