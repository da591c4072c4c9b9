def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class W:
    p = property(None, lambda self, v: print("set", v))
    q = property(lambda self: "q")
w = W()
w.p = 3
t(lambda: w.p)
def set_q():
    w.q = 1
t(set_q)
def del_q():
    del w.q
t(del_q)
t(lambda: W.q.__class__.__name__)
t(lambda: staticmethod())
t(lambda: classmethod(1, 2))
