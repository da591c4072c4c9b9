class C:
    pass


for stmt in ["C()[0]", "C()[0] = 1", "iter(C())", "C()()", "-C()", "C() + 1"]:
    try:
        if stmt == "C()[0]":
            C()[0]
        elif stmt == "C()[0] = 1":
            C()[0] = 1
        elif stmt == "iter(C())":
            iter(C())
        elif stmt == "C()()":
            C()()
        elif stmt == "-C()":
            -C()
        else:
            C() + 1
    except TypeError as e:
        print(stmt, "->", e)
