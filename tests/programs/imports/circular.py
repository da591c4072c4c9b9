# Circular imports: a partially initialised module is visible in sys.modules
# and to the module importing it back; each body runs once.
import circ_a
import circ_b
print(circ_a.A_LATE, circ_b.call_a())
print(circ_b.circ_a is circ_a, circ_a.circ_b is circ_b)
