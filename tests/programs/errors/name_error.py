# NameError for an undefined global, raised inside a function
def use():
    return undefined_name + 1

print("start")
use()
