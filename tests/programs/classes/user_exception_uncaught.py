class MyError(Exception):
    def __str__(self):
        return "custom message"


def f():
    raise MyError(1, 2)


f()
