# iterating over strings
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
out = ""
for ch in "abc":
    out = ch + out
print(out)
for ch in "":
    print("never")
i = 0
s = "xyz"
while i < len(s):
    print(i, s[i])
    i += 1
