# truth values of built-in objects
def truth(x):
    if x:
        return "T"
    return "F"

print(truth(0), truth(1), truth(-1), truth(0.0), truth(0.5))
print(truth(""), truth(" "), truth([]), truth([0]))
print(truth(()), truth((0,)), truth({}), truth({0: 0}))
print(truth(None), truth(range(0)), truth(range(1)))
print(truth(2 ** 100), truth(2 ** 100 - 2 ** 100))
