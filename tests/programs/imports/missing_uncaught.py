# An import of a module that does not exist, uncaught: traceback, status 1.
print("before")
import no_such_module
print("not reached")
