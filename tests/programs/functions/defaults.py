# positional parameters with default values
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))

def power(base, exp=2):
    return base ** exp

print(power(3), power(2, 10), power(2.5))

def remember(x, acc=[]):
    acc.append(x)
    return acc

print(remember(1), remember(2), remember(3, []))
print(remember(4))
