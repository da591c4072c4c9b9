# A subclass of float turns the numeric closure off; its instances still
# compute as floats through float's own operators.
class Meters(float):
    pass


def scale(k, o):
    return k * o


m = Meters(2.5)
print(scale(2.0, m), type(scale(2.0, m)) is float)
print(scale(2.0, 4))
print(m + 0.5, m * 2)
