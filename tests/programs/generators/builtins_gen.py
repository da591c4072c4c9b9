def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))
print(tuple(squares(3)))
print(sum(squares(4)))
print(sorted(squares(4), reverse=True))
print(min(squares(4)), max(squares(4)))
print(list(enumerate(squares(3))))
print(list(zip(squares(3), "abc")))
print(list(map(str, squares(3))))
print(list(filter(None, squares(4))))
print(dict((i, v) for i, v in enumerate(squares(3))))
print(set(squares(3)) == {0, 1, 4})
print("-".join(str(x) for x in squares(4)))
a, b, c = squares(3)
print(a, b, c)
print(*squares(3))
print(3 in squares(5), 5 in squares(3))
print(list(reversed(list(squares(3)))))
it = iter(squares(2))
print(next(it), next(it))
