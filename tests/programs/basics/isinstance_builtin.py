# isinstance with built-in types
print(isinstance(1, int), isinstance(1.0, int), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance("x", str), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(None, int))
print(isinstance(2 ** 80, int))
print(isinstance(1, (str, int)), isinstance(1.5, (str, int)))
