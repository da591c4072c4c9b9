def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def append(self, x):
        print("append", x)
        super().append(x)
    def pop(self):
        v = super().pop()
        print("pop", v)
        return v
s = Stack([1])
s.push(2)
s.append(3)
print(s, len(s), s[-1])
s.pop()
print(s, sum(s), sorted(s, reverse=True))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
i = Init(3)
print(i, i.n, i + [9], isinstance(i, list))
