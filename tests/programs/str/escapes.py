# escape sequences in literals
print("a\tb")
print("line1\nline2")
print("quote\" apostrophe\' backslash\\")
print("\x41\x42\x43", "\101\102", "\u0041")
print(len("\t\n\\"), len("\x00"))
print("bell\x07".endswith("\a"))
