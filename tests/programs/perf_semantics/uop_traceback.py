# An exception raised in an operator method called directly by an operator
# site: the traceback names the operator's line and the method's frame.


class M:
    def __init__(self, n):
        self.n = n

    def __mul__(self, k):
        return M(self.n // k)


def scale_all(items, k):
    out = []
    for m in items:
        out.append(m * k)
    return out


print([m.n for m in scale_all([M(10), M(20)], 3)])
scale_all([M(1), M(2)], 0)
