# globals() can rebind any global of its module: no global of this module
# gets a kind from its stores.
HOOK = 2.0


def hook():
    return HOOK * 2


print(hook())
globals()["HOOK"] = "ab"
print(hook())
