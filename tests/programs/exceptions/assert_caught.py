# failed assertions raise AssertionError, with or without a message
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("caught:", e)
try:
    assert []
except AssertionError as e:
    print("caught without message:", e.args)
x = 0
try:
    assert x, "x=" + str(x)
except AssertionError as e:
    print(e)
print("end")
