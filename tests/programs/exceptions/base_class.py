# an exception is caught by a handler for one of its base classes
def catch(kind):
    try:
        if kind == 0:
            1 / 0
        elif kind == 1:
            [][1]
        elif kind == 2:
            {}[1]
        elif kind == 3:
            raise NotImplementedError("todo")
        else:
            raise OSError("os")
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except RuntimeError:
        return "RuntimeError"
    except Exception:
        return "Exception"

for k in range(5):
    print(k, catch(k))
try:
    raise IndexError("idx")
except BaseException as e:
    print("BaseException caught", e)
try:
    raise ValueError("v")
except (TypeError, ValueError) as e:
    print("tuple handler", e)
