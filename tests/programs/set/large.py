# growth and deletion with many keys
import gc
s = set()
for i in range(20000):
    s.add(i * 7)
print(len(s))
for i in range(0, 20000, 2):
    s.remove(i * 7)
print(len(s))
missing = 0
for i in range(20000):
    if (i * 7 in s) != (i % 2 == 1):
        missing += 1
print(missing)
gc.collect()
words = set()
for i in range(5000):
    words.add("w" + str(i % 1000))
print(len(words), "w999" in words, "w1000" in words)
churn = set()
for i in range(50000):
    churn.add(i)
    if i >= 5:
        churn.discard(i - 5)
print(sorted(churn))
u = set(range(0, 3000, 3)) | set(range(0, 3000, 5))
print(len(u), len(set(range(0, 3000, 3)) & set(range(0, 3000, 5))))
