# returning from inside nested loops
def find(matrix, target):
    r = 0
    for row in matrix:
        c = 0
        for v in row:
            if v == target:
                return (r, c)
            c += 1
        r += 1
    return None

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(m, 6), find(m, 1), find(m, 10))

def first_repeat(s):
    seen = ""
    for ch in s:
        if ch in seen:
            return ch
        seen += ch
    return ""

print(first_repeat("abcdbe"), repr(first_repeat("xyz")))

def loop_with_while(n):
    i = 0
    while True:
        if i * i > n:
            return i
        i += 1

print(loop_with_while(50), loop_with_while(0))
