# nested try statements and exceptions raised inside handlers
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("inner caught", e)
        raise TypeError("second")
except TypeError as e:
    print("outer caught", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handled inside")
    print("continuing")
except Exception:
    print("not reached")

def level3():
    raise RuntimeError("deep")

def level2():
    try:
        level3()
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except RuntimeError as e:
        print("level1 caught", e)
        return "recovered"

print(level1())
