# End to end over every C type class bindgen maps: generate the module from
# a header, link the C file implementing it, and call each function; the
# results show each value crossed with its C type (widths, signedness).
# RUN: rm -rf %t && mkdir -p %t
# RUN: %krait bindgen %S/Inputs/bindgen_types.h -o %t/bindgen_types.py
# RUN: %krait build %s -I %t --link %S/Inputs/bindgen_types.c -o %t/prog
# RUN: %t/prog | FileCheck %s
import bindgen_types as bg

bg.bg_void()
bg.bg_void()
# CHECK: 2 False True
print(bg.bg_get_counter(), bg.bg_bool(True), bg.bg_bool(False))
# CHECK-NEXT: -128 -128 0
print(bg.bg_char(127), bg.bg_schar(127), bg.bg_uchar(255))
# CHECK-NEXT: -32768 0
print(bg.bg_short(32767), bg.bg_ushort(65535))
# (64-bit unsigned arguments stay below 2**63: the FFI's argument conversion
# raises OverflowError above.)
# CHECK-NEXT: -84 0 -1 9223372036854775808
print(bg.bg_int(-42), bg.bg_uint(4294967295), bg.bg_long(0), bg.bg_ulong(9223372036854775807))
# CHECK-NEXT: 3000000000000 18446744073709551615
print(bg.bg_llong(1000000000000), bg.bg_ullong(0))
# CHECK-NEXT: 2.5 0.25
print(bg.bg_float(1.25), bg.bg_double(1.0))
# CHECK-NEXT: 127 0 32767 0
print(bg.bg_i8(-128), bg.bg_u8(255), bg.bg_i16(-32768), bg.bg_u16(65535))
# CHECK-NEXT: -3 0 -9223372036854775807 9223372036854775807
print(bg.bg_i32(-7), bg.bg_u32(4294967295), bg.bg_i64(9223372036854775807),
      bg.bg_u64(9223372036854775806))
# CHECK-NEXT: 20 5 1 1
print(bg.bg_size_t(10), bg.bg_ptrdiff(-5), bg.bg_intptr(0), bg.bg_uintptr(0))
# CHECK-NEXT: 6 0
print(bg.bg_enum(bg.BG_T_TWO), bg.bg_enum(bg.BG_T_ONE))
# CHECK-NEXT: ello None <krait>
print(bg.bg_str("hello"), bg.bg_str(None), bg.bg_mutable_str("krait"))
# CHECK-NEXT: 6 0 1234
print(bg.bg_bytes(b"\x01\x02\x03", 3), bg.bg_buffer(0), bg.bg_ptr(1234, 0))
p = bg.bg_point_new(3, 4)
# CHECK-NEXT: 7 True
print(bg.bg_point_sum(p), bg.bg_handle(p) == p)
bg.bg_point_free(p)
# CHECK-NEXT: 0 9 123 -84
print(bg.bg_array(0, 0), bg.bg_unnamed(7, 2.9), bg.bg_reserved_names(1, 2, 3),
      bg.bg_typedef_chain(-42))
# The constants.
# CHECK-NEXT: 255 15 4294967295 -56 6 2147483647 64 9
print(bg.BG_HEX, bg.BG_OCT, bg.BG_NOT, bg.BG_CAST_SIGNED, bg.BG_BLUE, bg.BG_FROM_STDINT,
      bg.BG_LIMIT, bg.BG_NESTED)
