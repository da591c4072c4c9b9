# eval/exec called from evaluated code run in the same module globals.
level = "module"
exec("""
inner = eval("level + '!'")
exec("deeper = inner * 2")
def f():
    return eval("level")
""")
print(inner, deeper, f())
g = {}
exec("exec('a = 1')\nb = eval('a + 1')", g)
print(g["a"], g["b"], "a" in globals())
# With separate locals, a nested call at the exec's top level sees them too.
lo = {}
exec("v = 3\nw = eval('v * 2')", {}, lo)
print(sorted(lo.items()))
