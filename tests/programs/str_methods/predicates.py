def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
for s in ["", "abc", "ABC", "aBc", "123", "12a", " \t\n", "a b", "A1"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
print("abc".isalnum() if hasattr("", "isalnum") else True)
