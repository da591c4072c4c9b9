# A function of another module rebound by `module.f = ...` (and deleted with
# `del module.f`) is not stable: that module's own calls see the change.
import wpo_mod_attr

print(wpo_mod_attr.twice(1.5))
wpo_mod_attr.half = lambda x: [x]
print(wpo_mod_attr.twice(1.5))
del wpo_mod_attr.half
try:
    wpo_mod_attr.twice(1.5)
except NameError as e:
    print("NameError:", e)
