# f-strings and string formatting inside evaluated code.
exec("""
name = "krait"
width = 8
pi = 3.14159
items = [1, 2]
print(f"{name!r} {name!s:>{width}} [{pi:.2f}] {items}")
print(f"{'nested ' + f'{width:03}'} {{braces}} {pi:e}")
print("%s-%05.1f-%x" % (name, pi, 255), "{} {:^7}|".format(1, "mid"))
""")
print(eval("f'{6 * 7:#x}'"))
