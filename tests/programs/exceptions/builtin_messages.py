# messages of exceptions raised by built-in operations (MicroPython wording)
def show(kind):
    try:
        if kind == 0:
            1 / 0
        elif kind == 1:
            5 % 0
        elif kind == 2:
            2.0 / 0.0
        elif kind == 3:
            [1, 2][5]
        elif kind == 4:
            (1,)[-3]
        elif kind == 5:
            "abc"[10]
        elif kind == 6:
            int("abc")
        elif kind == 7:
            undefined_name
        elif kind == 8:
            1 + "a"
        elif kind == 9:
            x = 5
            x()
        elif kind == 10:
            for v in 7:
                pass
        elif kind == 11:
            (3).foo
        elif kind == 12:
            len(5)
        elif kind == 13:
            [].pop()
    except Exception as e:
        print(type(e), e)

for k in range(14):
    show(k)
