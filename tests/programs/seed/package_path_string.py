"""
Seed: __path__ attribute of a package has a different type (single string
instead of list of strings) in MicroPython.
"""
import modules

print(modules.__path__)
