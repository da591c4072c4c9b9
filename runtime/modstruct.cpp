//===- runtime/modstruct.cpp - the struct module --------------------------===//
//
// MicroPython's struct: calcsize, pack, pack_into, unpack, unpack_from.
// Formats: an optional byte order (@ native with alignment, = native order
// standard sizes, < little, > and ! big), then items: an optional count and
// one of b B h H i I l L q Q f d s P ? x. As in MicroPython there is no
// struct.error: bad formats and sizes raise ValueError, ints are truncated
// to the item width, and unpack accepts a buffer longer than the format.
//
//===----------------------------------------------------------------------===//
#include "buffer.h"

#include "exception.h"
#include "function.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

namespace {

/// A parsed format string.
struct format {
    const char *p, *end;
    bool native; ///< '@': native sizes and alignment
    bool little; ///< byte order
};

/// The format's string (str or bytes); false with TypeError pending.
bool format_begin(kr_value fmt, format *f) {
    size_t len;
    if (kr_isinstance(fmt, &kr_type_str)) {
        f->p = kr_str_data(fmt, &len);
    } else if (kr_is_bytes(fmt)) {
        f->p = kr_str_obj(fmt)->data;
        len = kr_str_obj(fmt)->len;
    } else {
        kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                     kr_type_name(fmt));
        return false;
    }
    f->end = f->p + len;
    f->native = true;
    f->little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    if (f->p < f->end) {
        switch (*f->p) {
        case '@':
            f->p++;
            break;
        case '=':
            f->native = false;
            f->p++;
            break;
        case '<':
            f->native = false;
            f->little = true;
            f->p++;
            break;
        case '>':
        case '!':
            f->native = false;
            f->little = false;
            f->p++;
            break;
        default:
            break;
        }
    }
    return true;
}

/// One item group: `count` repetitions of `code` (for 's', one string of
/// `count` bytes).
struct item {
    char code;
    size_t count;
    size_t size; ///< bytes of one item (of the whole string for 's')
};

/// Size of one item of `code` in format f; 0 when the code is invalid.
size_t code_size(const format *f, char code) {
    if (code == 's' || code == 'x') return 1;
    if (!f->native) {
        switch (code) {
        case 'l':
        case 'L':
            return 4;
        default:
            break;
        }
    }
    return kr_typecode_size(code);
}

/// The next item of f: 1 when one was read, 0 at the end, -1 on a bad code
/// (ValueError pending).
int next_item(format *f, item *it) {
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t' || *f->p == '\n'))
        f->p++;
    if (f->p == f->end) return 0;
    size_t count = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        count = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9')
            count = count * 10 + (size_t)(*f->p++ - '0');
    }
    if (f->p == f->end) {
        kr_raise_msg(&kr_type_ValueError, "bad typecode");
        return -1;
    }
    it->code = *f->p++;
    it->count = count;
    it->size = code_size(f, it->code);
    if (it->size == 0) {
        kr_raise_msg(&kr_type_ValueError, "bad typecode");
        return -1;
    }
    return 1;
}

/// Offset after aligning `offset` for an item of `size` bytes in f.
size_t align(const format *f, size_t offset, const item &it) {
    if (!f->native || it.code == 's' || it.code == 'x') return offset;
    return (offset + it.size - 1) / it.size * it.size;
}

/// The packed size of a format, and the number of values it packs; false
/// with an exception pending.
bool measure(kr_value fmt, size_t *size, size_t *nvalues) {
    format f;
    if (!format_begin(fmt, &f)) return false;
    size_t off = 0, n = 0;
    item it;
    int r;
    while ((r = next_item(&f, &it)) > 0) {
        off = align(&f, off, it) + it.size * it.count;
        if (it.code == 's')
            n++;
        else if (it.code != 'x')
            n += it.count;
    }
    *size = off;
    *nvalues = n;
    return r == 0;
}

kr_value struct_calcsize(size_t, const kr_value *args, kr_value) {
    size_t size, n;
    if (!measure(args[0], &size, &n)) return 0;
    return kr_small_int((kr_int)size);
}

/// Pack `values` by format into out (size bytes, zeroed).
bool pack_values(kr_value fmt, uint8_t *out, size_t nvalues, const kr_value *values) {
    size_t size, expected;
    if (!measure(fmt, &size, &expected)) return false;
    if (nvalues != expected) {
        kr_raise_msg(&kr_type_ValueError, "pack expected %zu items for packing (got %zu)", expected,
                     nvalues);
        return false;
    }
    format f;
    format_begin(fmt, &f);
    size_t off = 0, v = 0;
    item it;
    while (next_item(&f, &it) > 0) {
        off = align(&f, off, it);
        if (it.code == 'x') {
            memset(out + off, 0, it.count);
            off += it.count;
            continue;
        }
        if (it.code == 's') {
            kr_buffer buf;
            if (kr_isinstance(values[v], &kr_type_str)) {
                buf.data = (uint8_t *)kr_str_data(values[v], &buf.len);
            } else if (!kr_get_buffer_raise(values[v], &buf)) {
                return false;
            }
            v++;
            size_t n = buf.len < it.count ? buf.len : it.count;
            memcpy(out + off, buf.data, n);
            memset(out + off + n, 0, it.count - n);
            off += it.count;
            continue;
        }
        for (size_t k = 0; k < it.count; k++, off += it.size) {
            char code = it.code;
            // Standard sizes: 'l'/'L' are 4 bytes, encoded as 'i'/'I'.
            if (!f.native && (code == 'l' || code == 'L')) code = code == 'l' ? 'i' : 'I';
            if (!kr_binary_set(code, out + off, values[v++], f.little)) return false;
        }
    }
    return true;
}

kr_value struct_pack(size_t nargs, const kr_value *args, kr_value) {
    size_t size, n;
    if (!measure(args[0], &size, &n)) return 0;
    kr_str *b = kr_bytes_alloc(size);
    if (!b) return 0;
    memset(b->data, 0, size);
    if (!pack_values(args[0], (uint8_t *)b->data, nargs - 1, args + 1)) return 0;
    return kr_val(b);
}

/// A buffer offset argument (negative counts from the end); false with an
/// exception pending.
bool offset_arg(kr_value v, size_t len, size_t *out) {
    int64_t off;
    if (!kr_int_to_i64(v, &off)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
        return false;
    }
    if (off < 0) off += (int64_t)len;
    if (off < 0 || (uint64_t)off > len) {
        kr_raise_msg(&kr_type_ValueError, "buffer too small");
        return false;
    }
    *out = (size_t)off;
    return true;
}

/// pack_into(fmt, buffer, offset, v1, v2, ...)
kr_value struct_pack_into(size_t nargs, const kr_value *args, kr_value) {
    size_t size, n, off;
    if (!measure(args[0], &size, &n)) return 0;
    kr_buffer buf;
    if (!kr_get_buffer_raise(args[1], &buf)) return 0;
    if (!buf.writable)
        return kr_raise_msg(&kr_type_TypeError, "object with buffer protocol required");
    if (!offset_arg(args[2], buf.len, &off)) return 0;
    if (buf.len - off < size) return kr_raise_msg(&kr_type_ValueError, "buffer too small");
    if (!pack_values(args[0], buf.data + off, nargs - 3, args + 3)) return 0;
    return kr_val(&kr_None);
}

kr_value unpack_at(kr_value fmt, kr_value data, kr_value offset) {
    size_t size, n, off = 0;
    if (!measure(fmt, &size, &n)) return 0;
    kr_buffer buf;
    if (!kr_get_buffer_raise(data, &buf)) return 0;
    if (offset && !offset_arg(offset, buf.len, &off)) return 0;
    if (buf.len - off < size) return kr_raise_msg(&kr_type_ValueError, "buffer too small");
    kr_value result = kr_tuple_new(n);
    if (!result) return 0;
    size_t count;
    kr_value *items = kr_tuple_items(result, &count);
    format f;
    format_begin(fmt, &f);
    const uint8_t *p = buf.data + off;
    size_t pos = 0, v = 0;
    item it;
    while (next_item(&f, &it) > 0) {
        pos = align(&f, pos, it);
        if (it.code == 'x') {
            pos += it.count;
            continue;
        }
        if (it.code == 's') {
            if (!(items[v++] = kr_bytes_new(p + pos, it.count))) return 0;
            pos += it.count;
            continue;
        }
        for (size_t k = 0; k < it.count; k++, pos += it.size) {
            char code = it.code;
            if (!f.native && (code == 'l' || code == 'L')) code = code == 'l' ? 'i' : 'I';
            if (!(items[v++] = kr_binary_get_order(code, p + pos, f.little))) return 0;
        }
    }
    return result;
}

kr_value struct_unpack(size_t, const kr_value *args, kr_value) {
    return unpack_at(args[0], args[1], 0);
}

kr_value struct_unpack_from(size_t nargs, const kr_value *args, kr_value kwnames) {
    kr_value offset = nargs > 2 ? args[2] : 0;
    if (kr_kwnames_count(kwnames)) {
        static const char *const names[] = {"offset"};
        if (!kr_parse_kwargs(nargs, args, kwnames, names, 1, &offset)) return 0;
    }
    return unpack_at(args[0], args[1], offset);
}

KR_BUILTIN(struct_calcsize_obj, "calcsize", struct_calcsize, 1, 1);
KR_BUILTIN(struct_pack_obj, "pack", struct_pack, 1, KR_ARGS_ANY);
KR_BUILTIN(struct_pack_into_obj, "pack_into", struct_pack_into, 3, KR_ARGS_ANY);
KR_BUILTIN(struct_unpack_obj, "unpack", struct_unpack, 2, 2);
KR_BUILTIN_KW(struct_unpack_from_obj, "unpack_from", struct_unpack_from, 2, 3);

const kr_attr_entry struct_attrs[] = {
    KR_ATTR("calcsize", struct_calcsize_obj),       KR_ATTR("pack", struct_pack_obj),
    KR_ATTR("pack_into", struct_pack_into_obj),     KR_ATTR("unpack", struct_unpack_obj),
    KR_ATTR("unpack_from", struct_unpack_from_obj), {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_struct = {"struct", struct_attrs, nullptr};
