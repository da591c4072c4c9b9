# from . import x, from .mod import y, from .. import z, from ..mod import w
# inside packages; a relative import outside a package is an ImportError.
import rel
print(rel.shout("hi"), rel.helpers.shout("x"))
import rel.inner
print(rel.inner.MSG)
print(rel.inner.leaf.WORD)
try:
    from . import something
except ImportError as e:
    print("ImportError:", e)
