# An exception in a module body propagates to the importer with the module's
# frames in the traceback; the failed module is not left in sys.modules, so
# the next import runs it again.
import sys
try:
    import raising_mod
except ZeroDivisionError as e:
    print("caught:", e)
print("raising_mod" in sys.modules)
import raising_mod
