# Another module's globals changed from outside (module attribute stores)
# must invalidate the cached loads in that module's functions.
import rebind_mod

print(rebind_mod.call_helper(5))
print(rebind_mod.call_helper(5))
rebind_mod.scale = 10
print(rebind_mod.call_helper(5))
rebind_mod.helper = lambda x: x - 1
print(rebind_mod.call_helper(5))
rebind_mod.__dict__["helper"] = lambda x: x + 100
print(rebind_mod.call_helper(5))
del rebind_mod.helper
try:
    rebind_mod.call_helper(5)
except NameError as e:
    print("NameError", e)
