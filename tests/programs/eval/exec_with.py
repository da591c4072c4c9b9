# with statements in exec'd code, with context managers from compiled code.
class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow


exec("""
with Manager("a") as v:
    print("body", v)
with Manager("outer"), Manager("inner") as w:
    print("both", w)
with Manager("quiet", swallow=True):
    raise KeyError("swallowed")
print("after swallow")
def early():
    with Manager("ret"):
        return "returned"
print(early())
for i in range(3):
    with Manager("loop" + str(i)):
        if i == 1:
            break
""")
try:
    exec("with Manager('loud'):\n    1 / 0")
except ZeroDivisionError as e:
    print("propagated:", e)
