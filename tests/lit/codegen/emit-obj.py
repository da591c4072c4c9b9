# --emit=obj writes an ELF relocatable object for x86-64 exporting krait_main.
# RUN: %krait build %s --emit=obj -o %t.o
# RUN: llvm-readelf-19 -h -s %t.o | FileCheck %s
# CHECK: Class: ELF64
# CHECK: Type: REL (Relocatable file)
# CHECK: Machine: Advanced Micro Devices X86-64
# CHECK: GLOBAL DEFAULT {{.*}} krait_main
print(6 * 7)
