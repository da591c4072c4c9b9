# from m import *: the names in __all__ when the module defines it, else
# every global not starting with an underscore.
from star_plain import *
print(PUBLIC, helper())
try:
    print(_private)
except NameError:
    print("_private not imported")
from star_all import *
print(exported, _also)
try:
    print(not_listed)
except NameError:
    print("not_listed not imported")
