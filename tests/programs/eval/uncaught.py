# An exception escaping exec'd code reaches the top level with traceback
# entries for the evaluated frames (file "<string>").
print("before")
exec("""
def f(n):
    if n == 0:
        raise ValueError("bad value")
    return f(n - 1)

f(1)
""")
print("not reached")
