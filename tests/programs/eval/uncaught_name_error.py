# A NameError from eval() that nobody catches ends the program with a
# traceback through the "<string>" frame.
def lookup():
    return eval("missing_name + 1")


print("start")
lookup()
