# formatting floats with format specs
pi = 3.14159265
print("{:.2f}".format(pi), "{:.0f}".format(2.7), "{:.3f}".format(-1.23456))
print(f"{pi:.3f}", f"{pi:.1f}", f"{1 / 3:.5f}")
print("[{:8.2f}]".format(pi), "[{:<8.2f}]".format(pi))
print(f"{2.0:.2f}", f"{100:.1f}", f"{0.126:.2f}")
