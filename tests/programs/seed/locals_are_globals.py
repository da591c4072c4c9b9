"""
Seed: local variables aren't included in locals() result: MicroPython keeps
locals in slots, so locals() inside a function is the module's globals.
(The page prints the dict itself, which shows a function address; this prints
its keys.)
"""


def test():
    val = 2
    print(sorted(locals()))


test()
