# An exception raised in __init__ called directly by a constructor site:
# the traceback names the call's line and __init__'s frame.


class Cell:
    def __init__(self, value, divisor):
        self.value = value // divisor


def build(values, divisor):
    cells = []
    for v in values:
        cells.append(Cell(v, divisor))
    return cells


print([c.value for c in build([10, 20], 3)])
build([1, 2], 0)
