class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name + " jr")


for a in [Animal("x"), Dog("rex"), Puppy("rex")]:
    print(a.speak(), "|", a.kind())
print(isinstance(Puppy("a"), Animal), isinstance(Animal("a"), Dog))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Dog, (int, Animal)))
print(isinstance(Dog("a"), (str, Dog)), isinstance(3, (str, Dog)))
print(issubclass(Dog, object), isinstance(Dog("a"), object))
