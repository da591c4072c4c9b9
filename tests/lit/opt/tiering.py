# RUN: %krait build --emit=llvm -O2 --tiering %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O2 --tiering %s -o - | FileCheck %s --check-prefix=HOT
# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s --check-prefix=SMALL
# RUN: %krait build --emit=llvm -O2 --tiering --no-tiering %s -o - | FileCheck %s --check-prefix=SMALL
# Tiering (codegen/Tiering.h): a function that no loop reaches is compiled
# like run-once code (optnone: no optimisation passes, FastISel). A function
# is hot when it has a loop, is recursive, escapes as a value, or a call by
# name reaches it from a loop or from a function a loop reaches. By default
# only modules of 1000 IR instructions or more are tiered (this one is not:
# the third and fourth runs), --tiering forces it.

# Cold: called once, outside any loop (main calls total, total calls
# sum_areas outside a loop; report prints once).
# CHECK-DAG: define internal {{.*}}@py.main() {{.*}}#[[COLD:[0-9]+]] {
# CHECK-DAG: define internal {{.*}}@py.total({{.*}}) {{.*}}#[[COLD]] {
# CHECK-DAG: define internal {{.*}}@py.total.generic({{.*}}) #[[COLD]] {
# CHECK-DAG: define internal {{.*}}@py.report({{.*}}) {{.*}}#[[COLD]] {
# CHECK-DAG: define internal {{.*}}@py.setup({{.*}}) {{.*}}#[[COLD]] {
# CHECK-DAG: attributes #[[COLD]] = { noinline nounwind optnone }

# Hot: a loop (sum_areas), a loop-free method reached only through a call
# from that loop (Shape.area), a constructor called from a comprehension's
# loop, recursion (fact), a function passed as a value (key): none optnone.
# HOT: define internal {{.*}}@py.Shape.__init__({{.*}}) {{.*}}#[[INIT:[0-9]+]] {
# HOT: define internal {{.*}}@py.Shape.area({{.*}}) {{.*}}#[[AREA:[0-9]+]] {
# HOT: define internal {{.*}}@py.sum_areas({{.*}}) {{.*}}#[[SUM:[0-9]+]] {
# HOT: define internal {{.*}}@py.fact({{.*}}) {{.*}}#[[FACT:[0-9]+]] {
# HOT: define internal {{.*}}@py.key({{.*}}) {{.*}}#[[KEY:[0-9]+]] {
# HOT-NOT: attributes #[[INIT]] = {{.*}}optnone
# HOT-NOT: attributes #[[AREA]] = {{.*}}optnone
# HOT-NOT: attributes #[[SUM]] = {{.*}}optnone
# HOT-NOT: attributes #[[FACT]] = {{.*}}optnone
# HOT-NOT: attributes #[[KEY]] = {{.*}}optnone
# CHECK-NOT: krait-cold

# SMALL: define internal {{.*}}@py.total({{.*}}) {{.*}}#[[TOTAL:[0-9]+]] {
# SMALL: define internal {{.*}}@py.main() {{.*}}#[[TOTAL]] {
# SMALL-NOT: attributes #[[TOTAL]] = {{.*}}optnone

class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size


def setup(n):
    return [Shape(i) for i in range(n)]


def total(shapes):
    return sum_areas(shapes)


def sum_areas(shapes):
    s = 0
    for sh in shapes:
        s += sh.area()
    return s


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def key(x):
    return -x


def report(value):
    print("total", value)


def main():
    shapes = setup(5)
    report(total(shapes))
    print(fact(10), sorted([3, 1, 2], key=key))


main()
