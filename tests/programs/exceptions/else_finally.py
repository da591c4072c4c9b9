# else runs when no exception; finally always runs
def run(fail):
    try:
        print("body")
        if fail:
            raise RuntimeError("fail")
    except RuntimeError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("end")

run(False)
run(True)
try:
    try:
        raise TypeError("inner")
    finally:
        print("finally before propagation")
except TypeError as e:
    print("outer caught", e)
