def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

for v in g():
    print(v)

def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("after", i)

print(list(h()))

def nested():
    try:
        try:
            yield "a"
            raise ValueError("v")
        except ValueError as e:
            yield "handled " + str(e)
        finally:
            yield "inner finally"
    finally:
        print("outer finally")

print(list(nested()))
