# | & - ^ build new sets of the left operand's kind
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b))
print(sorted(b - a))
print(sorted(a ^ b))
print(sorted(a), sorted(b))
f = frozenset([4, 5, 6])
print(type(a | f) is set, type(f | a) is frozenset)
print(type(a & f).__name__, type(f & a).__name__)
print(type(f - a).__name__, type(f ^ a).__name__)
print(sorted(f - a), sorted(a - f))
print(a & set(), a | set() == a, a - a, a ^ a)
print(sorted(a | b | {9} | f))
print({1, 2} & {2, 3} & {2})
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
