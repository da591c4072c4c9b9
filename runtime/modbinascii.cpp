//===- runtime/modbinascii.cpp - the binascii module ----------------------===//
//
// MicroPython's binascii: hexlify, unhexlify, a2b_base64, b2a_base64 and
// crc32. Inputs are any bytes-like object (str too, for the decoders).
//
//===----------------------------------------------------------------------===//
#include "buffer.h"

#include "exception.h"
#include "function.h"
#include "module.h"
#include "str.h"

namespace {

const char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

kr_value binascii_hexlify(size_t nargs, const kr_value *args, kr_value) {
    kr_buffer buf;
    if (!kr_get_buffer_raise(args[0], &buf)) return 0;
    return kr_hex_encode(buf.data, buf.len, nargs > 1 ? args[1] : 0, true);
}

kr_value binascii_unhexlify(size_t, const kr_value *args, kr_value) {
    kr_buffer buf;
    if (!kr_get_text_or_buffer(args[0], &buf)) return 0;
    return kr_hex_decode(buf.data, buf.len, false);
}

int base64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/// a2b_base64: characters outside the alphabet are skipped; the data must
/// end on a whole group once padding is counted.
kr_value binascii_a2b_base64(size_t, const kr_value *args, kr_value) {
    kr_buffer buf;
    if (!kr_get_text_or_buffer(args[0], &buf)) return 0;
    uint8_t *out = (uint8_t *)kr_gc_alloc_atomic(buf.len / 4 * 3 + 3);
    if (!out) return 0;
    size_t n = 0, quad = 0, pads = 0;
    uint32_t acc = 0;
    for (size_t i = 0; i < buf.len; i++) {
        uint8_t c = buf.data[i];
        if (c == '=') {
            // Padding completes the current group.
            if (quad >= 2 && quad + (++pads) == 4) {
                acc <<= 6 * (4 - quad);
                out[n++] = (uint8_t)(acc >> 16);
                if (quad == 3) out[n++] = (uint8_t)(acc >> 8);
                quad = pads = 0;
                acc = 0;
            }
            continue;
        }
        int v = base64_value(c);
        if (v < 0) continue;
        acc = acc << 6 | (uint32_t)v;
        if (++quad == 4) {
            out[n++] = (uint8_t)(acc >> 16);
            out[n++] = (uint8_t)(acc >> 8);
            out[n++] = (uint8_t)acc;
            quad = 0;
            acc = 0;
        }
    }
    if (quad != 0) return kr_raise_msg(&kr_type_ValueError, "incorrect padding");
    return kr_bytes_new(out, n);
}

kr_value binascii_b2a_base64(size_t nargs, const kr_value *args, kr_value kwnames) {
    kr_value newline = 0;
    static const char *const names[] = {"newline"};
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 1, &newline)) return 0;
    int add_newline = newline ? kr_truthy(newline) : 1;
    if (add_newline < 0) return 0;
    kr_buffer buf;
    if (!kr_get_buffer_raise(args[0], &buf)) return 0;
    size_t len = (buf.len + 2) / 3 * 4 + (add_newline ? 1 : 0);
    kr_str *out = kr_bytes_alloc(len);
    if (!out) return 0;
    char *q = out->data;
    for (size_t i = 0; i < buf.len; i += 3) {
        size_t left = buf.len - i;
        uint32_t acc = (uint32_t)buf.data[i] << 16;
        if (left > 1) acc |= (uint32_t)buf.data[i + 1] << 8;
        if (left > 2) acc |= buf.data[i + 2];
        *q++ = kBase64[acc >> 18 & 63];
        *q++ = kBase64[acc >> 12 & 63];
        *q++ = left > 1 ? kBase64[acc >> 6 & 63] : '=';
        *q++ = left > 2 ? kBase64[acc & 63] : '=';
    }
    if (add_newline) *q++ = '\n';
    return kr_val(out);
}

/// CRC-32 (ISO 3309, reflected polynomial 0xEDB88320), bitwise: no table,
/// which keeps bare-metal images small.
kr_value binascii_crc32(size_t nargs, const kr_value *args, kr_value) {
    kr_buffer buf;
    if (!kr_get_buffer_raise(args[0], &buf)) return 0;
    uint64_t start = 0;
    if (nargs > 1 && !kr_int_truncated_u64(args[1], &start)) return 0;
    uint32_t crc = ~(uint32_t)start;
    for (size_t i = 0; i < buf.len; i++) {
        crc ^= buf.data[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return kr_int_from_u64(~crc);
}

KR_BUILTIN(hexlify_obj, "hexlify", binascii_hexlify, 1, 2);
KR_BUILTIN(unhexlify_obj, "unhexlify", binascii_unhexlify, 1, 1);
KR_BUILTIN(a2b_base64_obj, "a2b_base64", binascii_a2b_base64, 1, 1);
KR_BUILTIN_KW(b2a_base64_obj, "b2a_base64", binascii_b2a_base64, 1, 1);
KR_BUILTIN(crc32_obj, "crc32", binascii_crc32, 1, 2);

const kr_attr_entry binascii_attrs[] = {
    KR_ATTR("hexlify", hexlify_obj),       KR_ATTR("unhexlify", unhexlify_obj),
    KR_ATTR("a2b_base64", a2b_base64_obj), KR_ATTR("b2a_base64", b2a_base64_obj),
    KR_ATTR("crc32", crc32_obj),           {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_binascii = {"binascii", binascii_attrs, nullptr};
