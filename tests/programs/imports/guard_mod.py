print("guard_mod body, __name__ =", __name__)
if __name__ == "__main__":
    print("guard_mod run as a program")
else:
    print("guard_mod imported")
