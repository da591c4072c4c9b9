"""
Seed: private class members name mangling is not implemented.
"""


def __print_string(string):
    print(string)


class Foo:
    def __init__(self, string):
        self.string = string

    def do_print(self):
        __print_string(self.string)


example_string = "Example String to print."
class_item = Foo(example_string)
print(class_item.string)
class_item.do_print()
