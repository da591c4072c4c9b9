# Explicit globals and locals dicts.
g = {"a": 2}
exec("b = a * 21\ndef get():\n    return b", g)
print(sorted(k for k in g if not k.startswith("__")), g["b"], g["get"]())
print(eval("a + b", g))
print(eval("a + b", {"a": 1, "b": 2}))
# Separate locals: module-level names are stored there, loads look in
# locals, then globals, then builtins.
gl = {"x": 1}
lo = {"y": 10}
exec("z = x + y\nw = len('abc')", gl, lo)
print(sorted(lo.items()), "z" in gl)
print(eval("x + y + z", gl, lo))
# Functions defined with separate locals see the globals only.
exec("def f():\n    return x\nr = f()", gl, lo)
print(lo["r"])
# None means the default.
print(eval("1 + 1", None), eval("2 + 2", None, None))
# The globals of this module are the default.
counter = 0
def bump():
    exec("global counter\ncounter += 1")
    exec("counter += 1")
bump()
print(counter)
# Bad arguments.
for args in [(5,), ("1", 5), ("1", {}, 5)]:
    try:
        eval(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    exec("undefined_name_123")
except NameError as e:
    print("NameError:", e)
try:
    eval("nope", {"yes": 1})
except NameError as e:
    print("NameError:", e)
print(eval(b"6 * 7"))
