# uncaught ZeroDivisionError raised inside a function
def f(x):
    return 10 // x

print("before")
print(f(5))
print(f(0))
print("not reached")
