import re

r = re.compile(r"(\w+)@(\w+)\.com")
m = r.search("mail bob@example.com now")
print(m.group(1), m.group(2), m.span())
print(r.match("bob@example.com").group(0))
print(r.match("x bob@example.com"))
print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"\d+", "#", "a1b22c333", 2))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"(a)(b)", r"\g<2>\g<1>", "abab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3"))
print(re.sub("x*", "-", "abc"))
print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"\s+", "one two  three", 1))
print(re.split("x", "axbxc"), re.split("(x)", "axbxc"))
print(re.split("z", "abc"))
print(r.sub("<email>", "to bob@example.com and amy@test.com"))
print(re.compile("a+").split("baaac"))
print(re.search(r"\d+", "abc 123 def").group())
for bad in ["(", "a)", "*a", "[a", "a**", "[z-a]", r"\q"]:
    try:
        re.compile(bad)
        print("no error", bad)
    except ValueError as e:
        print("ValueError", e)
m = re.match("(a)", "a")
try:
    m.group(5)
except IndexError:
    print("IndexError")
