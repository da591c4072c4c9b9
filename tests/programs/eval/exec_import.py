# import statements inside exec'd code go through the program's modules.
import sys

exec("""
import gc
import sys as system
from sys import argv
gc.collect()
kinds = type(argv).__name__, system is sys
""")
print(kinds, gc.isenabled())
try:
    exec("import no_such_module_here")
except ImportError as e:
    print("ImportError:", e)
try:
    exec("from sys import no_such_name")
except ImportError as e:
    print("ImportError:", e)
