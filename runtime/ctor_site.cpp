//===- runtime/ctor_site.cpp - per-site caches of constructor calls -------===//
//
// The runtime half of codegen's constructor sites (ctor_site.h). A site is
// filled only for what class_make_new's fast path would do itself: a class
// whose type is `type` (no metaclass), with no native base, not an exception
// class, with no __new__ and a plain function as __init__. The class epoch
// covers every change that could alter that (a class dict store or delete,
// a new class), and the site roots the class it holds, so a hit is exactly
// class_make_new's fast path.
//
//===----------------------------------------------------------------------===//
#include "ctor_site.h"
#include "class.h"
#include "exception.h"
#include "function.h"
#include "method_cache.h"

namespace {

/// The __init__ class_make_new's fast path would call for `callee`, or 0.
kr_value plain_init(kr_value callee) {
    if (!kr_is_obj(callee) || kr_type_of(callee) != &kr_type_type) return 0;
    const kr_type *t = (const kr_type *)kr_obj(callee);
    if (!(t->flags & KR_TYPE_FLAG_USER) || t->parent != &kr_type_object ||
        (t->flags & KR_TYPE_FLAG_EXCEPTION))
        return 0;
    kr_value new_fn = kr_class_lookup_cstr(t, "__new__", KR_SLOT(make_new));
    if (new_fn != KR_NOTFOUND) return 0; // also a lookup error: the call reports it
    kr_value init = kr_class_lookup_cstr(t, "__init__");
    if (!init || !kr_is_obj(init) || kr_type_of(init) != &kr_type_function) return 0;
    return init;
}

} // namespace

extern "C" kr_value kr_ctor_site_call(kr_value callee, size_t nargs, const kr_value *args,
                                      kr_ctor_site *site) {
    uintptr_t epoch = kr_class_epoch;
    if (kr_value init = plain_init(callee)) {
        if (epoch == kr_class_epoch) {
            // Rooted: a class the program dropped must not be collected and
            // its address reused by another object the site would accept.
            if (!site->rooted) {
                kr_gc_add_roots(&site->cls, 2);
                site->rooted = 1;
            }
            site->epoch = epoch;
            site->cls = callee;
            site->init = init;
        }
    }
    return kr_call(callee, nargs, args);
}

extern "C" kr_value kr_ctor_alloc(kr_value cls) {
    return kr_class_alloc_plain((const kr_type *)kr_obj(cls));
}

extern "C" kr_value kr_ctor_init_result(kr_value r, kr_value obj) {
    if (r == kr_val(&kr_None)) return obj;
    return kr_raise_msg(&kr_type_TypeError, "__init__() should return None, not '%s'",
                        kr_type_name(r));
}
