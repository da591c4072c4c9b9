# the second failing form of the seed sample, caught so both can be seen
x = 1
try:
    print("a{}a" f"{x}")
except IndexError as e:
    print("first:", e)
try:
    print(f"{x}" "a{}b")
except IndexError as e:
    print("second:", e)
print("aa" f"{x}" "bb" == "aa1bb")
