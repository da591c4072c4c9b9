# Inheritance, super(), isinstance/issubclass with classes and tuples,
# class and static methods, properties.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def legs():
        return 4


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!"

    @property
    def months(self):
        return self.age * 12

    @months.setter
    def months(self, m):
        self.age = m // 12


p = Puppy("rex", 1)
print(p.describe(), p.months)
p.months = 36
print(p.age, Dog.create("fido").describe(), type(Dog.create("x")).__name__)
print(Animal.legs(), p.legs())
print(isinstance(p, Animal), isinstance(p, (int, Dog)), isinstance(3, (str, Animal)))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Dog, (Puppy, Animal)))
print(issubclass(bool, int), isinstance(True, int))


class Base1:
    def who(self):
        return "Base1"


class Base2:
    def who(self):
        return "Base2"

    def only2(self):
        return "only in Base2"


class Multi(Base1, Base2):
    pass


m = Multi()
print(m.who(), m.only2(), isinstance(m, Base2))
