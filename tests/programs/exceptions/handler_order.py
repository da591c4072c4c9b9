# the first matching handler wins; non-matching handlers are skipped
def test(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"

print(test(KeyError("k")))
print(test(IndexError("i")))
print(test(ValueError("v")))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    print("not reached")
except ValueError as e:
    print("outer handler got", e)
