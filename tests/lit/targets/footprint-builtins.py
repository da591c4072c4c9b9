# A firmware image carries only the runtime parts the program uses: the
# file-I/O builtins (open, input: runtime/builtins.def) and the viper
# pointer types are linked only into programs that name them.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %krait build %s --target cortex-m3 -o %t/hello.elf
# RUN: %readelf -s %t/hello.elf | FileCheck %s --check-prefix=HELLO \
# RUN:   --implicit-check-not=kr_open_obj --implicit-check-not=kr_input_obj \
# RUN:   --implicit-check-not=kr_type_fileio --implicit-check-not=kr_type_textio \
# RUN:   --implicit-check-not=kr_viper_ptr8_obj --implicit-check-not=kr_dir_obj
# HELLO: krait_main
# RUN: echo 'f = open' > %t/uses_open.py
# RUN: echo 'print(f, dir)' >> %t/uses_open.py
# RUN: %krait build %t/uses_open.py --target cortex-m3 -o %t/open.elf
# RUN: %readelf -s %t/open.elf | FileCheck %s --check-prefix=OPEN
# OPEN-DAG: kr_open_obj
# OPEN-DAG: kr_dir_obj
# OPEN-DAG: kr_linked_builtins
print("hello world")
