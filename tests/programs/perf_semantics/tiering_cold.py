# Functions that no loop reaches are compiled without optimisation
# (tiering, forced on for this small program by tiering_cold.args): they keep
# Python's semantics, and so do the hot functions that call them or that they
# call.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount: %d" % amount)
        self.balance += amount
        return self.balance


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner, 100)
        self.rate = rate

    def interest(self):
        return self.balance * self.rate


def big_power(base, exp):
    # Cold, no loop: big-int promotion still happens.
    return base ** exp + 1


def divide(a, b):
    return a / b


def careful_divide(a, b):
    try:
        return divide(a, b)
    except ZeroDivisionError as e:
        return "error: " + str(e)


def make_adder(n):
    def add(x):
        return x + n

    return add


def pick(kind, *args, scale=1, **opts):
    return (kind, args, scale, sorted(opts.items()))


def first_word(text):
    return text.split()[0] if text else None


def helper():
    return "original"


def call_helper():
    return helper()


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def hot_sum(accounts):
    total = 0
    for acc in accounts:
        total += acc.deposit(1)
    return total


def main():
    a = Account("ann")
    s = Savings("sam", 0.5)
    print(a.deposit(10), s.deposit(20), s.interest())
    try:
        a.deposit(-1)
    except ValueError as e:
        print("caught", e)
    print(big_power(2, 100))
    print(big_power(7, 2))
    print(careful_divide(1, 4), careful_divide(1, 0))
    add5 = make_adder(5)
    print(add5(10), make_adder(2.5)(1))
    print(pick("x", 1, 2, scale=3, b=2, a=1))
    print(first_word("hello world"), first_word(""))
    print(call_helper())
    global helper

    def helper():
        return "rebound"

    print(call_helper())
    print(list(countdown(3)))
    print(hot_sum([a, s, Account("cy", 5)]))
    print(a.balance, s.balance)


main()
