# Deep recursion in evaluated code raises RuntimeError instead of crashing.
exec("""
def down(n):
    return down(n + 1)
""")
try:
    down(0)
except RuntimeError as e:
    print("RuntimeError:", e)
# Deeply nested source is rejected or evaluated, never a crash.
try:
    print(eval("(" * 50 + "1" + ")" * 50))
except (SyntaxError, RuntimeError, MemoryError) as e:
    print(type(e).__name__)
exec("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)")
print(fib(20))
