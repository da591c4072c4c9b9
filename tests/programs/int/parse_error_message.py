try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("z", 16)
except ValueError as e:
    print(e)
