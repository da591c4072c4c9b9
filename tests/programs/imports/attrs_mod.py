"""A module whose globals are read and written from outside."""
count = 0


def incr():
    global count
    count += 1
    return count


def get():
    return count
