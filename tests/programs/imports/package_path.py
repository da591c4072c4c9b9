# MicroPython: a package's __path__ is one string, the package folder as
# found on the search path (CPython has a list).
import modules

print(modules.__path__)
