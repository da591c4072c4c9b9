# calling an int
f = 42
f()
