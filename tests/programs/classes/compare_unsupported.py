class A:
    pass


print(A() == A())
a = A()
print(a == a, a != a)
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
