# an exception that no handler matches keeps propagating
def convert(s):
    try:
        return int(s)
    except TypeError:
        return None

print(convert("5"))
print(convert("five"))
