class R:
    def __repr__(self):
        return "R()"


class S(R):
    def __str__(self):
        return "an S"


print(R(), repr(R()), str(R()))
print(S(), repr(S()), str(S()))
print([R(), S()])
print(f"{S()} {S()!r}")
print("%s %r" % (S(), S()))
