class C:
    pass

print("classes come later")
