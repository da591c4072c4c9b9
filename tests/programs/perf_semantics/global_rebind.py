# Cached global and builtin loads must see every rebinding, deletion and
# shadowing, however the globals dict is changed.


def f():
    return 1


def call_f():
    return f()


def use_len(x):
    return len(x)


results = []
for i in range(3):
    results.append(call_f())
print(results)


def f():  # rebinding by a def
    return 2


print(call_f())
f = lambda: 3  # rebinding by assignment
print(call_f())
globals()["f"] = lambda: 4  # through the dict
print(call_f())


def set_f_global():
    global f
    f = lambda: 5


set_f_global()
print(call_f())
del f
try:
    call_f()
except NameError as e:
    print("NameError", e)
f = lambda: 6
print(call_f())

# Builtins: shadowed by a global, then the global removed again.
print(use_len([1, 2, 3]))
len = lambda x: -1
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))
globals()["len"] = lambda x: -2
print(use_len("ab"))
globals().pop("len")
print(use_len("ab"))


# A global that only exists later: NameError first, then found.
def read_late():
    return late


try:
    read_late()
except NameError as e:
    print("NameError", e)
late = "here"
print(read_late())
globals().clear()
try:
    print(read_late())
except NameError as e:
    print("NameError", e)
