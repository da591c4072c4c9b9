# Values that live across collections while C calls in from frames above
# the one stackgc_init() ran in; a helper module and a built-in module.
import gc
from krait import export
import shapes

table = {}

@export
def store(key: str, n: int) -> int:
    table[key] = [shapes.Square(i) for i in range(n)]
    gc.collect()
    return len(table)

@export
def area_sum(key: str) -> int:
    junk = [[i] * 10 for i in range(2000)]
    gc.collect()
    return sum(s.area() for s in table[key]) + len(junk) - 2000

@export
def describe(key: str) -> str:
    parts = [repr(s) for s in table[key][:3]]
    gc.collect()
    return ", ".join(parts)

@export
def missing(key: str) -> int:
    return len(table[key])
