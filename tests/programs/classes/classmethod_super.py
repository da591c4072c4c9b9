class Base:
    registry = []

    @classmethod
    def create(cls, v):
        obj = cls()
        obj.v = v
        cls.registry.append(cls.__name__)
        return obj

    def describe(self):
        return "Base(%s)" % self.v


class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v * 10)
        return obj

    def describe(self):
        return "Child/" + super().describe()


c = Child.create(2)
print(c.describe(), Base.registry, type(c).__name__)
print(Base.create(1).describe())
