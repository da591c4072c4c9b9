"""
Seed: user-defined attributes for functions are not supported.

MicroPython is highly optimized for memory usage.
"""



def f():
    pass


f.x = 0
print(f.x)
