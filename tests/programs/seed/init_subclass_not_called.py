"""
Seed: __init_subclass__ isn't automatically called.
"""


class Base:
    @classmethod
    def __init_subclass__(cls):
        print(f"Base.__init_subclass__({cls.__name__})")


class A(Base):
    pass
