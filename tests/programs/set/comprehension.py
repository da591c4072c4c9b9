# set comprehensions
squares = {x * x for x in range(-3, 4)}
print(sorted(squares))
evens = {n for n in range(20) if n % 2 == 0 if n % 3 != 0}
print(sorted(evens))
pairs = {(i, j) for i in range(3) for j in range(i)}
print(sorted(pairs))
letters = {c.upper() for c in "mississippi"}
print(sorted(letters))
print({x % 3 for x in range(100)} == {0, 1, 2})
empty = {x for x in "" if x}
print(empty)
lengths = {len(w) for w in ["a", "bb", "cc", "d"]}
print(sorted(lengths))
