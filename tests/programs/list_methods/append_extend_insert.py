def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = [1, 2]
a.append(3); print(a)
a.extend([4, 5]); print(a)
a.extend((6,)); print(a)
a.extend(range(7, 9)); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); print(a)
a.insert(-1, "beforelast"); print(a)
a.insert(100, "end"); print(a)
a.insert(-100, "start"); print(a)
a += [0]; print(len(a))
t(lambda: a.extend(5))
t(lambda: a.append())
t(lambda: a.insert(1))
t(lambda: a.insert("x", 1))
