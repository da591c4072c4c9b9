# try/finally with return, break and continue.
def f1():
    try:
        return "try"
    finally:
        print("finally 1")


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i


def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return"


def f5():
    x = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                x.append(i)
            finally:
                x.append("inner%d" % i)
        except KeyError:
            x.append("caught")
        else:
            x.append("else")
        finally:
            x.append("outer")
    return x


def f6():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "out"


print(f1(), f2())
print(f3())
print(f4())
print(f5())
print(f6())
