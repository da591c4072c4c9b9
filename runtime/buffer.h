//===- runtime/buffer.h - the buffer protocol and typed arrays --*- C++ -*-===//
//
// bytes, bytearray, array.array and memoryview all expose their contents as
// a contiguous run of typed items (MicroPython's buffer protocol), so
// functions taking "bytes-like" arguments (struct, binascii, hashlib, file
// writes, bytes(x)) accept any of them. bytearray and array share one object
// layout (kr_array), as in MicroPython: a bytearray is an array of 'B'.
//
// Item encodings follow struct's native mode: typecodes b B h H i I l L q Q
// f d (and P, ? for struct), 'l' being the machine's C long.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_BUFFER_H
#define KRAIT_RUNTIME_BUFFER_H

#include "object.h"

extern "C" {
extern const kr_type kr_type_bytearray, kr_type_array, kr_type_memoryview;
}

/// A view of an object's contents. `data` stays valid until the object is
/// resized (bytearray/array may move their items on growth).
struct kr_buffer {
    uint8_t *data;
    size_t len;    ///< bytes
    char typecode; ///< item type; 'B' for bytes and bytearray
    bool writable;
};

/// Fill `out` when v supports the buffer protocol (bytes, bytearray, array,
/// memoryview); false (nothing raised) otherwise.
bool kr_get_buffer(kr_value v, kr_buffer *out);
/// As kr_get_buffer, raising TypeError "object with buffer protocol
/// required" when v has no buffer.
bool kr_get_buffer_raise(kr_value v, kr_buffer *out);
/// As kr_get_buffer_raise, also taking a str (its UTF-8 bytes, read-only):
/// the text arguments of bytes.fromhex and the binascii decoders.
bool kr_get_text_or_buffer(kr_value v, kr_buffer *out);

/// Size in bytes of one item of `typecode`, or 0 when it is not a valid
/// array typecode.
size_t kr_typecode_size(char typecode);
/// Read one native-order item of `typecode` at p (unaligned ok) as a value.
kr_value kr_binary_get(char typecode, const uint8_t *p);
/// Write value v as one item of `typecode` at p, in little- or big-endian
/// order. Ints are truncated to the item width, as MicroPython does. False
/// with TypeError pending for a wrong value type.
bool kr_binary_set(char typecode, uint8_t *p, kr_value v, bool little);
/// Read one item of `typecode` in the given byte order.
kr_value kr_binary_get_order(char typecode, const uint8_t *p, bool little);
/// The low 64 bits of an int's two's complement (int or bool); false with
/// TypeError "can't convert <type> to int" pending for other types.
bool kr_int_truncated_u64(kr_value v, uint64_t *out);
/// An int value from an unsigned 64-bit integer.
kr_value kr_int_from_u64(uint64_t v);

/// Hex digits of `len` bytes (lower case), with the one-character str or
/// bytes `sep` between bytes when it is not 0/None; a str, or bytes when
/// `as_bytes` (binascii.hexlify).
kr_value kr_hex_encode(const uint8_t *data, size_t len, kr_value sep, bool as_bytes);
/// The bytes of a string of hex digit pairs; ValueError "odd-length string"
/// or "non-hex digit found". Whitespace between pairs is skipped when
/// `skip_space` (bytes.fromhex).
kr_value kr_hex_decode(const uint8_t *data, size_t len, bool skip_space);

/// bytes.hex, shared by bytearray (bytes.cpp).
extern const struct kr_builtin_function kr_bytes_hex_obj;
/// bytes.fromhex, a class method shared by bytearray (bytes.cpp).
extern const struct kr_builtin_function kr_bytes_fromhex_obj;

/// bytearray and array.array objects.
struct kr_array {
    kr_object base;
    char typecode; ///< 'B' for bytearray
    size_t len;    ///< items
    size_t cap;    ///< items allocated
    uint8_t *items;
};

inline bool kr_is_bytearray(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_bytearray;
}
/// A memoryview: a window of `len` items from item `start` of obj's buffer.
/// The buffer is fetched at each access, so a view survives its target's
/// reallocation.
struct kr_memoryview {
    kr_object base;
    kr_value obj;
    char typecode;
    bool writable;
    size_t start, len; ///< items
};

/// A new zero-filled array of `len` items (type bytearray or array). Null
/// with MemoryError pending.
kr_array *kr_array_new(const kr_type *type, char typecode, size_t len);
/// A new bytearray holding a copy of `len` bytes.
kr_value kr_bytearray_new(const uint8_t *data, size_t len);
/// Append the bytes of `data` to an array whose items are bytes (grows it).
bool kr_array_append_bytes(kr_array *a, const uint8_t *data, size_t len);
/// An iterator over the items of any buffer object (the iter slot of bytes,
/// bytearray, array and memoryview): it fetches the buffer at each step, so
/// it sees the object's growth and shrinking.
kr_value kr_buffer_iter(kr_value self);

#endif // KRAIT_RUNTIME_BUFFER_H
