# failed assertion with a message
x = 5
assert x > 0, "x must be positive"
assert x < 0, "x must be negative"
