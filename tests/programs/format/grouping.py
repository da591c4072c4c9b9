print(format(1234567, ","), format(1234567, "_"), format(-1234567, ",d"), format(123, ","), format(2**70, ","))
print(format(1234567.891, ",.2f"), format(1234.5, ","), format(1234.5, "015,.2f"), format(10**10, ">+20,"))
print(format(255, "_b"), format(0xffffff, "_x"), format(0o777777, "_o"), format(0xdeadbeef, "#_x"), format(0xdeadbeef, "_X"))
print(format(255, "#012_x"), format(255, "012_b"), format(5, "010,d"), format(-5, "010,"), format(1234.5, "012,.1f"))
