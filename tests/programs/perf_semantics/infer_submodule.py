# `import pkg.tool` makes `tool` an attribute of the package, bound by the
# import itself: an attribute name shared with a submodule gets no kind even
# when every `setattr` of it stores a float.
import infer_pkg.tool


class Holder:
    def __init__(self):
        self.tool = 2.5


def get_tool(o):
    return o.tool


print(get_tool(Holder()))
print(get_tool(infer_pkg).NAME)
