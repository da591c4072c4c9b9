print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(0.0) == hash(0), hash(float("inf")) == hash(float("inf")))
print(hash(1.5) == hash(1.5), hash(2.0**80) == hash(2**80), hash(-3.0) == hash(-3))
d = {1: "a", 2.5: "b"}
print(d[1.0], d[2.5], {1.0, 1, True}, len({0.0, -0.0, 0}))
