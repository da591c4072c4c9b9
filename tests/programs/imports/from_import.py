# from m import a, b as c; a missing name is ImportError; module functions
# keep using their own globals.
from from_mod import counter, bump as inc, LIMIT
print(counter, LIMIT)
print(inc(), inc())
print(counter)
import from_mod
print(from_mod.counter)
try:
    from from_mod import missing
except ImportError as e:
    print("ImportError:", e)
