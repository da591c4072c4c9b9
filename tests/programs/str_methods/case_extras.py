for s in ["hello world", "HELLO wOrLD", "", "a", "123abc def", "they're bill's", "x-y_z", "  lead"]:
    print(repr(s.capitalize()), repr(s.title()), repr(s.swapcase()), s.isalnum())
