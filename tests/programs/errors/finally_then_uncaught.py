# finally clauses run while an uncaught exception propagates
def inner():
    try:
        [][0]
    finally:
        print("inner finally")

try:
    inner()
finally:
    print("outer finally")
