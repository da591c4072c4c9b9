# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s --check-prefix=O0
# Code that runs once per program (the constants' initialiser, a loop-free
# module body, a class body) is compiled without optimisation at -O2: it is
# marked optnone (no optimisation passes, FastISel), which saves compile time
# without touching the functions where a program spends its time.

# CHECK-DAG: define internal {{.*}}@"py.<module>"() {{.*}}#[[ONCE:[0-9]+]] {
# CHECK-DAG: define internal i64 @py.Point(i64 %self, ptr %args) #[[ONCE]] {
# CHECK-DAG: define internal {{.*}}@py.Point.__init__({{.*}}) #[[HOT:[0-9]+]] {
# CHECK-DAG: define internal {{.*}}@py.f({{.*}}) {{.*}}#[[SMALL:[0-9]+]] {
# CHECK-DAG: define internal {{.*}}@py.f.generic({{.*}}) #[[HOT]] {
# CHECK-DAG: define internal {{.*}}@krait.init() {{.*}}#[[INIT:[0-9]+]] {
# CHECK-DAG: attributes #[[ONCE]] = { noinline nounwind optnone }
# CHECK-DAG: attributes #[[HOT]] = { nounwind }
# CHECK-DAG: attributes #[[SMALL]] = { inlinehint nounwind }
# CHECK-DAG: attributes #[[INIT]] = { noinline optnone }
# CHECK-NOT: krait-run-once
# O0-NOT: optnone
# O0-NOT: krait-run-once


class Point:
    def __init__(self, x):
        self.x = x


def f(n):
    return n + 1


print(f(Point(1).x))
