# Bad source raises SyntaxError, which compiled code can catch.
for src in ["x = ", "1 +", "def f(:\n    pass", "if True\n    pass", "a b", "(1, 2"]:
    try:
        exec(src)
        print("no error?")
    except SyntaxError:
        print("SyntaxError for", repr(src))
# eval takes a single expression, never statements.
for src in ["x = 1", "1; 2", "import gc", "", "pass"]:
    try:
        eval(src)
        print("no error?")
    except SyntaxError:
        print("eval SyntaxError for", repr(src))
try:
    exec("x = = 1")
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, Exception), len(e.args))
print("still running")
