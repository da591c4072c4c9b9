# krait names itself in sys.implementation (it follows MicroPython's semantics)
import sys
print(sys.implementation.name)
print(sys.implementation.version)
print(type(sys.implementation.version).__name__, len(sys.implementation.version))
