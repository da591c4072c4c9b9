# A folder without __init__.py is still a package (MicroPython: its body is
# empty); its submodules import as usual.
import nsdir.part
print(nsdir.part.X)
from nsdir.deeper import leaf
print(leaf.Y, leaf.__name__)
print(nsdir.__name__, nsdir.__path__)
