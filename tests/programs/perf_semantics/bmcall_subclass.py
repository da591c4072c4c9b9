# Built-in method call sites (a per-site cache of the receiver's built-in
# type and its method) whose names no class of this module defines with
# `def`, so every site below keeps its cache: subclasses of built-in types
# with methods assigned after the class statement, user classes holding
# functions under built-in method names, instance attributes shadowing
# them, and methods rebound on the class after calls.


def doubled_append(self, x):
    list.append(self, x * 2)


def store_get(self, k, d=None):
    return ("store_get", k, d)


class Doubling2(list):
    pass


Doubling2.append = doubled_append


class Store2:
    get = store_get


def extend_all(target, items):
    for x in items:
        target.append(x)
    return target


def get_all(m, keys):
    return [m.get(k, -1) for k in keys]


print(extend_all([], [1, 2]), extend_all(Doubling2(), [1, 2]), extend_all([], [3]))
print(get_all({1: 10}, [1, 2]), get_all(Store2(), [1]), get_all({}, [5]))
s2 = Store2()
s2.get = lambda k, d: ("shadow", k)
print(get_all(s2, [7]), get_all({7: 70}, [7]))
Store2.get = lambda self, k, d: ("rebound", k)
print(get_all(Store2(), [8]), get_all({8: 80}, [8, 9]))


def loud_add(self, x):
    print("add", x)
    set.add(self, x)


class Loud(set):
    pass


Loud.add = loud_add


def fill(s, n):
    for i in range(n):
        s.add(i)
    return sorted(s)


print(fill(set(), 3), fill(Loud(), 2), fill(set(), 2))
del Loud.add
print(fill(Loud(), 2))
