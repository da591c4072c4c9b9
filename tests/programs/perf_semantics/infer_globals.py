# Module globals get a kind only when every binding is a store of that kind
# in their module's top level. Rebinding in a function (`global`), through
# the module object (or through globals(): infer_globals_dict) keeps them `object`; a load before
# the first store still raises NameError.
import infer_gmod

RATE = 1.5
COUNT = 4
SHIFT = 0.5


def rate():
    return RATE * 2


def count():
    return COUNT * 3


def shift():
    return SHIFT + 1


def set_shift():
    global SHIFT
    SHIFT = "half"


def late():
    return LATE * 2


try:
    late()
except NameError as e:
    print("NameError", e)
LATE = 2.5
print(late())
print(rate(), count(), shift())
set_shift()
try:
    shift()
except TypeError:
    print("TypeError")
print(infer_gmod.twice())
infer_gmod.N = 2.5
print(infer_gmod.twice())
