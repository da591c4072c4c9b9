# type() of caught exceptions
def kind(i):
    try:
        if i == 0:
            1 // 0
        elif i == 1:
            [][0]
        elif i == 2:
            {}[0]
        elif i == 3:
            int("x")
        elif i == 4:
            "a" + 1
        elif i == 5:
            assert False
    except Exception as e:
        return type(e)

for i in range(6):
    print(kind(i))
print(kind(6))
print(kind(0) == ZeroDivisionError, kind(1) is IndexError)
