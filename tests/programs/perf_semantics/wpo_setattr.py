# setattr() on a module object can rebind any of its functions.
import wpo_mod_setattr

print(wpo_mod_setattr.run(3.0))
setattr(wpo_mod_setattr, "step", lambda x: "replaced")
print(wpo_mod_setattr.run(3.0))
