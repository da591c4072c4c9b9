print("circ_b start")
import circ_a
import sys
# circ_a is only partly initialised: what ran before its import of circ_b.
print("circ_b sees", circ_a.A_EARLY, hasattr(circ_a, "A_LATE"), "circ_a" in sys.modules)
B_VALUE = "b-value"


def call_a():
    return circ_a.from_a()
