"""
Seed: special method __del__ not implemented for user-defined classes.
"""
import gc


class Foo:
    def __del__(self):
        print("__del__")


f = Foo()
del f
gc.collect()
