# A module's body runs once however many times and ways it is imported.
import once_mod
import once_user
from once_mod import calls
import once_mod as again


def f():
    import once_mod
    once_mod.calls.append("f")


f()
f()
print(calls, again is once_mod)
