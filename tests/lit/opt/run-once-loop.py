# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# A module body with a loop may be where the program spends its time: it is
# optimised as usual (here inlined into krait_main), never made optnone.

# CHECK-NOT: @"py.<module>"
# CHECK-LABEL: define {{.*}}@krait_main()
# CHECK-NOT: krait-run-once
total = 0
for i in range(10):
    total += i
print(total)
