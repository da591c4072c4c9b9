def init(self, v):
    self.v = v


T = type("T", (), {"init_called": False, "__init__": init, "get": lambda self: self.v})
t = T(9)
print(T, T.__name__, t.get(), isinstance(t, T))
U = type("U", (T,), {})
print(U(1).get(), issubclass(U, T), type(U(1)) is U)
print(type(3) is int, type("s"), type(t) is T)
try:
    type("X", 1)
except TypeError as e:
    print("TypeError:", e)
