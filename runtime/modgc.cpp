//===- runtime/modgc.cpp - the gc module ----------------------------------===//
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "module.h"

namespace {

kr_value gc_collect(size_t, const kr_value *, kr_value) {
    kr_gc_collect();
    return kr_val(&kr_None);
}

kr_value gc_enable(size_t, const kr_value *, kr_value) {
    kr_gc_enable(true);
    return kr_val(&kr_None);
}

kr_value gc_disable(size_t, const kr_value *, kr_value) {
    kr_gc_enable(false);
    return kr_val(&kr_None);
}

kr_value gc_isenabled(size_t, const kr_value *, kr_value) {
    return kr_bool(kr_gc_is_enabled());
}

kr_value gc_mem_free(size_t, const kr_value *, kr_value) {
    return kr_int_from_i64((int64_t)kr_gc_mem_free());
}

kr_value gc_mem_alloc(size_t, const kr_value *, kr_value) {
    return kr_int_from_i64((int64_t)kr_gc_mem_alloc());
}

/// gc.threshold() returns the threshold; gc.threshold(n) sets it (-1: off).
kr_value gc_threshold(size_t nargs, const kr_value *args, kr_value) {
    if (nargs == 0) return kr_int_from_i64(kr_gc_threshold());
    int64_t n;
    if (!kr_int_to_i64(args[0], &n))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(args[0]));
    kr_gc_set_threshold(n < 0 ? -1 : (kr_int)n);
    return kr_val(&kr_None);
}

KR_BUILTIN(gc_collect_obj, "collect", gc_collect, 0, 0);
KR_BUILTIN(gc_enable_obj, "enable", gc_enable, 0, 0);
KR_BUILTIN(gc_disable_obj, "disable", gc_disable, 0, 0);
KR_BUILTIN(gc_isenabled_obj, "isenabled", gc_isenabled, 0, 0);
KR_BUILTIN(gc_mem_free_obj, "mem_free", gc_mem_free, 0, 0);
KR_BUILTIN(gc_mem_alloc_obj, "mem_alloc", gc_mem_alloc, 0, 0);
KR_BUILTIN(gc_threshold_obj, "threshold", gc_threshold, 0, 1);

const kr_attr_entry gc_attrs[] = {
    KR_ATTR("collect", gc_collect_obj),     KR_ATTR("enable", gc_enable_obj),
    KR_ATTR("disable", gc_disable_obj),     KR_ATTR("isenabled", gc_isenabled_obj),
    KR_ATTR("mem_free", gc_mem_free_obj),   KR_ATTR("mem_alloc", gc_mem_alloc_obj),
    KR_ATTR("threshold", gc_threshold_obj), {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_gc = {"gc", gc_attrs, nullptr};
