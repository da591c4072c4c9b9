"""
Seed: function objects do not have the __module__ attribute.

MicroPython is optimized for reduced code size and RAM usage.
"""



def f():
    pass


print(f.__module__)
