print("raising_mod starts")


def fail():
    return 1 // 0


fail()
