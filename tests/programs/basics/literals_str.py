# string literal forms
print('single', "double")
print('''triple
single''')
print("""triple
double""")
print("adjacent " "literals " 'joined')
print("it's", 'say "hi"')
print("esc: \\ \' \" \t| \x41 \101 \u00e9")
print(r"raw \n stays")
print(len("\n"), len(r"\n"))
print("a" "b" == "ab")
