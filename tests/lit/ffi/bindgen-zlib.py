# A real library's header: bindgen the system's zlib.h (Debian's zlib1g-dev,
# which scripts/install-deps.sh installs), link libz.a and call it.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %krait bindgen /usr/include/zlib.h -o %t/zlibc.py
# RUN: FileCheck %s --check-prefix=MODULE < %t/zlibc.py
# RUN: %krait build %s -I %t --link /usr/lib/x86_64-linux-gnu/libz.a -o %t/prog
# RUN: %t/prog | FileCheck %s
# MODULE-DAG: Z_OK = 0
# MODULE-DAG: Z_DEFLATED = 8
# MODULE-DAG: def zlibVersion() -> str: ...
# MODULE-DAG: def crc32(crc: c_ulong, buf: bytes, len: c_uint32) -> c_ulong: ...
# MODULE-DAG: # skipped gzprintf: variadic
import zlibc

# CHECK: True
print(zlibc.zlibVersion().startswith("1."))
# crc32 and adler32 of b"hello", and compressBound's formula for 1000 bytes.
# CHECK-NEXT: 907060870 103547413 1013
print(zlibc.crc32(0, b"hello", 5), zlibc.adler32(1, b"hello", 5), zlibc.compressBound(1000))
# CHECK-NEXT: 0 8
print(zlibc.Z_OK, zlibc.Z_DEFLATED)
