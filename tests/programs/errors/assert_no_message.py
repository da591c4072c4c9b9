# failed assertion without a message: MicroPython prints "AssertionError: "
print("checking")
assert 1 + 1 == 3
