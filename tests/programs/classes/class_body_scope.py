x = "global"


class C:
    x = "class"
    y = x + "!"
    items = [1, 2, 3]
    total = sum(items)

    def get_x(self):
        return x


print(C.y, C.total, C().get_x())


def factory(n):
    class Local:
        value = n

        def get(self):
            return n * 2

    return Local


A = factory(3)
print(A.value, A().get(), A.__name__)
