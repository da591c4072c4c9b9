# Builtins linked only when a program names them (runtime/builtins.def) are
# there when named: directly, from a function, a class body, a nested scope.
print(callable(open), callable(input), callable(dir))
def get():
    return open
print(get() is open)
class C:
    d = dir
    ba = bytearray
print(C.d is dir, C.ba(b"ab"))
def outer():
    def inner():
        return complex(1, 2), memoryview(b"xy")[1]
    return inner()
print(outer())
print(type(open) is type(len), type(bytearray) is type(int))
