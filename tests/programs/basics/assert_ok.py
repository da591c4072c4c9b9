# assertions that hold do nothing
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is true"
x = 5
assert x > 3 and x < 10
print("all assertions passed")
