inf = float("inf")
nan = float("nan")
print(complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, nan), complex(1, nan))
print(complex(0, -inf), complex(nan, 0))
