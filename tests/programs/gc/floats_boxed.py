# boxed floats created in a loop stay correct after collections
import gc

xs = []
for i in range(1000):
    xs.append(i * 0.5)
    if i % 200 == 0:
        gc.collect()
gc.collect()
print(len(xs), xs[0], xs[1], xs[999], sum(xs))
