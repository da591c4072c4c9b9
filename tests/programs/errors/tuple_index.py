# tuple index out of range, two calls deep
def get(t, i):
    return t[i]

def middle(t):
    return get(t, -4)

print(middle((1, 2, 3)))
