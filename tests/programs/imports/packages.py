# import a.b binds a with attribute b; import a.b as c binds the submodule;
# from pkg import sub imports the submodule; from pkg.sub import name.
import shapes.circle
print(shapes.KIND, shapes.circle.area(2))
import shapes.solid.cube as cube
print(cube.volume(3), cube.__name__)
print(shapes.solid.cube is cube)
from shapes import circle
print(circle is shapes.circle)
from shapes.solid.cube import volume
print(volume(2))
from shapes import solid
print(solid.__name__, solid.__file__, solid.__path__)
print(shapes.__file__, shapes.circle.__file__)
