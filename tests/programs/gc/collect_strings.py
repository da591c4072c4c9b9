# building strings creates garbage; results stay correct across collections
import gc

s = ""
for i in range(2000):
    s = s + str(i % 10)
    if i % 500 == 0:
        gc.collect()
print(len(s), s[:12], s[-5:])
parts = []
for i in range(300):
    parts.append("item" + str(i))
gc.collect()
joined = ",".join(parts)
print(len(joined), joined[:20])
print(parts[299], parts[0])
