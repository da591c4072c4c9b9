# Module objects: __name__, __file__, attribute reads and writes shared with
# the module's own functions, deletion, AttributeError, sys.modules.
import sys
import attrs_mod
print(attrs_mod.__name__, attrs_mod.__file__)
attrs_mod.incr()
attrs_mod.incr()
print(attrs_mod.count, attrs_mod.get())
attrs_mod.count = 10
print(attrs_mod.get())
attrs_mod.extra = "new"
print(attrs_mod.extra, "extra" in attrs_mod.__dict__)
del attrs_mod.extra
print(hasattr(attrs_mod, "extra"))
try:
    attrs_mod.nope
except AttributeError:
    print("AttributeError")
print(sys.modules["attrs_mod"] is attrs_mod)
print("sys" in sys.modules, "attrs_mod" in sys.modules)
print(type(attrs_mod).__name__)
