def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
def f():
    pass
class A:
    def __call__(self):
        return "called"
class B:
    pass
t(lambda: callable(f))
t(lambda: callable(A()))
t(lambda: callable(B()))
t(lambda: callable(B))
t(lambda: callable(5))
t(lambda: A()())
t(lambda: B()())
t(lambda: 5())
t(lambda: "s"())
t(lambda: hash(1) == hash(1.0))
t(lambda: hash("a") == hash("a"))
t(lambda: hash([1]))
t(lambda: hash({1}))
t(lambda: id(f) == id(f))
t(lambda: type(id(f)).__name__)
