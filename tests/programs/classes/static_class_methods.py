class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def make(cls):
        return cls()

    @classmethod
    def how_many(cls):
        return cls.count

    @staticmethod
    def twice(x):
        return 2 * x


class Sub(Counter):
    pass


Counter()
s = Sub.make()
print(type(s).__name__, Counter.how_many(), s.how_many(), Sub.twice(4), s.twice(5))
print(Counter.twice(1) + Counter.make().twice(1))
