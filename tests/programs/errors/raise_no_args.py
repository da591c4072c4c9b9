# raising an exception class without arguments
def fail():
    raise ValueError

fail()
