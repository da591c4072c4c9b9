counter = 0
LIMIT = 3


def bump():
    global counter
    counter += 1
    return counter
