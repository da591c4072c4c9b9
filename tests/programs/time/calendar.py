import time

print(time.gmtime(0))
print(time.gmtime(951782400))  # 2000-02-29, a leap day
print(time.gmtime(1709251199))  # 2024-02-29 23:59:59
print(time.gmtime(-1))  # the second before the epoch
print(time.gmtime(4102444800)[:3], time.gmtime(4102444800)[6:])  # 2100-01-01, not a leap year
print(time.gmtime(1e9))
for t in [0, 86399, 1000000000, 1709251199, 2147483648]:
    assert time.mktime(time.localtime(t)) == t, t
print("mktime inverts localtime")
now = time.gmtime()
print(len(now), now[0] >= 2024, 1 <= now[1] <= 12, 0 <= now[6] <= 6)
print(type(time.time()), type(time.time_ns()), type(time.ticks_cpu()))
print(time.ticks_diff(time.ticks_add(time.ticks_ms(), 100), time.ticks_ms()) in (99, 100))
try:
    time.mktime((2000, 1))
except TypeError:
    print("TypeError")
try:
    time.gmtime("x")
except TypeError:
    print("TypeError")
