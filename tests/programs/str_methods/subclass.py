def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n[0], n[::-1])
print(n + "by", n * 2, n == "bob", "o" in n)
print(n.split("o"), n.replace("b", "B"), n.find("o"))
print({n: 1}["bob"], isinstance(n, str), type(n).__name__)
print(str(n), repr(n))
print("%s!" % n, "{}?".format(n))
