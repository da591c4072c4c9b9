# End to end: bindgen a header, import the generated module and call the C
# library through it.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %krait bindgen %S/Inputs/counter.h -o %t/counter.py
# RUN: %krait build %s -I %t --link %S/Inputs/counter.c -o %t/prog
# RUN: %t/prog | FileCheck %s
import counter

c = counter.counter_new("clicks", counter.COUNTER_UP)
# CHECK: clicks 3 3
print(counter.counter_name(c), counter.counter_step(c, 3), counter.counter_value(c))
# CHECK-NEXT: 100
print(counter.counter_step(c, 1000))
# CHECK-NEXT: 0.5
print(counter.counter_ratio(c, 0.5))
data = bytes(range(10))
# CHECK-NEXT: 45
print(counter.counter_sum(data, len(data)))
counter.counter_free(c)
# CHECK-NEXT: 100 -7
print(counter.COUNTER_LIMIT, counter.COUNTER_NEG)
