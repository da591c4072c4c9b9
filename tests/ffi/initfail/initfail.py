# The module body raises: initfail_init() reports it, and the library stays
# uninitialised.
from krait import export

print("body starts")

@export
def answer() -> int:
    return 42

raise ValueError("no configuration")
