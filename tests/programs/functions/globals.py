# reading and writing module globals from functions
counter = 0
names = []

def bump():
    global counter
    counter += 1
    return counter

def add_name(n):
    names.append(n)

def read_only():
    return counter * 10

bump()
bump()
add_name("a")
print(counter, names, read_only())

def shadow():
    counter = 100
    return counter

print(shadow(), counter)

def make_global():
    global created
    created = "made inside"

make_global()
print(created)

def use_later():
    return defined_after

defined_after = "late binding"
print(use_later())
