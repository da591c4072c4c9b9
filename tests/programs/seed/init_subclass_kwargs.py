"""
Seed: MicroPython doesn't support parameterized __init_subclass__ class
customization: class keyword arguments raise TypeError when the class
statement runs (MicroPython does not implement PEP 487).

The header keeps the class statement on line 16, as on the seed page.
"""


class Base:
    @classmethod
    def __init_subclass__(cls, arg=None, **kwargs):
        cls.init_subclass_was_called = True
        print(f"Base.__init_subclass__({cls.__name__}, {arg=!r}, {kwargs=!r})")

class A(Base, arg="arg"):
    pass


# Regularize across MicroPython not automatically calling __init_subclass__ either.
if not getattr(A, "init_subclass_was_called", False):
    A.__init_subclass__()
