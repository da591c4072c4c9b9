def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: ",".join(["a", "b", "c"]))
t(lambda: "".join(("x", "y")))
t(lambda: "-".join("abc"))
t(lambda: ", ".join([]))
t(lambda: "+".join(str(i) for i in range(4)))
t(lambda: ",".join({"k": 1}))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join(5))
t(lambda: ",".join([b"a"]))
