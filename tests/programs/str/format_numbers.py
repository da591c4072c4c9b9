# numbers in str.format and f-strings
n = -42
print("[{:5d}]".format(n), "[{:<6d}]".format(n), "[{:d}]".format(0))
print("[{:6.2f}]".format(-3.14159), "[{:.1f}]".format(0.26 + 0.1))
print(f"[{n:>6}] [{n}] [{-n:>3}]")
big = 2 ** 70
print(f"{big}", "{}".format(big))
print("{:.3f}".format(2), f"{7:.2f}")
print("{} {} {}".format(1.0, 1.5, 1e20))
