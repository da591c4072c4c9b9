# reverse and sort, sort with key= (a named function)
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherries", "fig"]
words.sort()
print(words)

def length(s):
    return len(s)

words.sort(key=length)
print(words)

def second(pair):
    return pair[1]

pairs = [(1, "b"), (2, "a"), (3, "d"), (4, "c")]
pairs.sort(key=second)
print(pairs)
m = [2.5, -1, 3, 0.5]
m.sort()
print(m)
print([].sort(), [1].reverse())
