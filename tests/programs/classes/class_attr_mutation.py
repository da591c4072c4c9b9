class C:
    shared = []

    def add(self, x):
        self.shared.append(x)


a, b = C(), C()
a.add(1)
b.add(2)
print(C.shared, a.shared is b.shared)
C.new_attr = "late"
print(a.new_attr)


def extra(self):
    return "extra method"


C.extra = extra
print(b.extra())
del C.new_attr
print(hasattr(a, "new_attr"))
print(sorted(k for k in a.__dict__), sorted(k for k in C.__dict__ if not k.startswith("__")))
snapshot = a.__dict__
snapshot["not_stored"] = 1
print(hasattr(a, "not_stored"))
