# MicroPython: code run by eval()/exec() inside a function sees the module's
# globals, never the function's locals, and its assignments go to globals.
name = "global"


def f():
    name = "local"
    hidden = 1
    exec("made_by_exec = name + '!'")
    print(eval("name"), name)
    try:
        eval("hidden")
    except NameError as e:
        print("NameError:", e)


f()
print(made_by_exec)


class C:
    attr = 5
    # In a class body too: the module's globals, not the class namespace.
    seen = eval("name")


print(C.seen, C.attr)
print(eval("[name for _ in range(2)]"))
