//===- runtime/modhashlib.cpp - the hashlib module ------------------------===//
//
// hashlib.sha256, sha1 and md5 (hash_algos.h): constructors taking optional
// initial data, objects with update(data), digest() and, beyond
// MicroPython's, CPython's hexdigest(). digest() does not end the
// computation: update() may follow, as in CPython.
//
//===----------------------------------------------------------------------===//
#include "buffer.h"
#include "hash_algos.h"

#include "exception.h"
#include "function.h"
#include "module.h"
#include "str.h"

namespace {

struct hash_object {
    kr_object base;
    kr_hash_state state;
};

hash_object *as_hash(kr_value v) {
    return (hash_object *)kr_obj(v);
}

bool feed(hash_object *h, kr_value data) {
    kr_buffer buf;
    if (!kr_get_buffer_raise(data, &buf)) return false;
    kr_hash_update(&h->state, buf.data, buf.len);
    return true;
}

kr_value hash_new(const kr_type *type, kr_hash_algo algo, size_t nargs, const kr_value *args,
                  kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, false)) return 0;
    hash_object *h = (hash_object *)kr_gc_alloc_atomic(sizeof(hash_object));
    if (!h) return 0;
    h->base.type = type;
    kr_hash_init(&h->state, algo);
    if (nargs && !feed(h, args[0])) return 0;
    return kr_val(h);
}

/// self of a hash method, or null with TypeError pending.
hash_object *self_hash(kr_value v);

kr_value hash_update(size_t, const kr_value *args, kr_value) {
    hash_object *h = self_hash(args[0]);
    return h && feed(h, args[1]) ? kr_val(&kr_None) : 0;
}

kr_value hash_digest(size_t, const kr_value *args, kr_value) {
    hash_object *h = self_hash(args[0]);
    if (!h) return 0;
    uint8_t out[32];
    kr_hash_final(&h->state, out);
    return kr_bytes_new(out, kr_hash_digest_size(h->state.algo));
}

kr_value hash_hexdigest(size_t, const kr_value *args, kr_value) {
    hash_object *h = self_hash(args[0]);
    if (!h) return 0;
    uint8_t out[32];
    kr_hash_final(&h->state, out);
    return kr_hex_encode(out, kr_hash_digest_size(h->state.algo), 0, false);
}

KR_BUILTIN(hash_update_obj, "update", hash_update, 2, 2);
KR_BUILTIN(hash_digest_obj, "digest", hash_digest, 1, 1);
KR_BUILTIN(hash_hexdigest_obj, "hexdigest", hash_hexdigest, 1, 1);

const kr_attr_entry hash_attrs[] = {
    KR_ATTR("update", hash_update_obj),
    KR_ATTR("digest", hash_digest_obj),
    KR_ATTR("hexdigest", hash_hexdigest_obj),
    {nullptr, nullptr},
};

#define KR_HASH_TYPE(name, algo)                                                                   \
    kr_value name##_make_new(const kr_type *type, size_t nargs, const kr_value *args,              \
                             kr_value kwnames) {                                                   \
        return hash_new(type, algo, nargs, args, kwnames);                                         \
    }                                                                                              \
    extern "C" const kr_type kr_type_##name = {                                                    \
        {&kr_type_type}, #name,   0,       &kr_type_object, nullptr, name##_make_new,              \
        nullptr,         nullptr, nullptr, nullptr,         nullptr, nullptr,                      \
        nullptr,         nullptr, nullptr, hash_attrs,      0,       0};

KR_HASH_TYPE(sha256, KR_HASH_SHA256)
KR_HASH_TYPE(sha1, KR_HASH_SHA1)
KR_HASH_TYPE(md5, KR_HASH_MD5)

hash_object *self_hash(kr_value v) {
    const kr_type *t = kr_is_obj(v) ? kr_obj(v)->type : nullptr;
    if (t == &kr_type_sha256 || t == &kr_type_sha1 || t == &kr_type_md5) return as_hash(v);
    kr_raise_msg(&kr_type_TypeError, "argument has wrong type");
    return nullptr;
}

const kr_attr_entry hashlib_attrs[] = {
    {"sha256", &kr_type_sha256.base},
    {"sha1", &kr_type_sha1.base},
    {"md5", &kr_type_md5.base},
    {nullptr, nullptr},
};

} // namespace

const kr_builtin_module_def kr_module_hashlib = {"hashlib", hashlib_attrs, nullptr};
