# Callables as key functions; sorted/min/max with key and reverse; map/filter with lambdas.
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=lambda w: w[-1]))


class ByLast:
    def __call__(self, w):
        return w[-1]


print(sorted(words, key=ByLast()))
pairs = [(1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (p[1], -p[0])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "x"])))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst)
