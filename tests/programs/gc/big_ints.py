# heap-allocated big integers survive collections
import gc

values = []
x = 1
for i in range(100):
    x = x * 3
    values.append(x)
    if i % 25 == 0:
        gc.collect()
gc.collect()
print(values[99])
print(values[99] == 3 ** 100, values[0], values[62] == 3 ** 63)
acc = 0
for v in values:
    acc += v % 1000
print(acc)
