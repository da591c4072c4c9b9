//===- runtime/exception.cpp - exception types, raising, tracebacks -------===//
//
// Printing follows MicroPython's mp_obj_exception_print: str() of an
// exception is "" with no args, str(arg) with one, the args tuple otherwise;
// repr() is the type name followed by the args tuple; the last traceback line
// is "Type: " followed by str().
//
//===----------------------------------------------------------------------===//
#include "exception.h"

#include <string.h>

#include "class.h"
#include "function.h"
#include "gc.h"
#include "oserror.h"
#include "print.h"

extern "C" {
kr_value kr_pending = 0;
uintptr_t kr_stack_limit = 0;
}

namespace {

constexpr uint32_t kStaticTracebackEntries = 16;
kr_traceback_entry memory_error_tb[kStaticTracebackEntries];

/// Raised when the heap is exhausted; allocating a fresh one could fail.
kr_exception memory_error_obj = {{&kr_type_MemoryError},  0, memory_error_tb, 0,
                                 kStaticTracebackEntries, 0};

kr_exception *as_exc(kr_value v) {
    return (kr_exception *)kr_obj(v);
}

size_t exc_nargs(const kr_exception *e, kr_value **items) {
    size_t n = 0;
    *items = e->args ? kr_tuple_items(e->args, &n) : nullptr;
    return n;
}

bool exc_print(const kr_printer *p, kr_value self, kr_print_kind kind) {
    kr_exception *e = as_exc(self);
    kr_value *items;
    size_t n = exc_nargs(e, &items);
    if (kind == KR_PRINT_STR) {
        if (n == 0) return true;
        if (kr_oserror_print(p, self, n, items)) return true;
        if (n == 1) return kr_print_value(p, items[0], KR_PRINT_STR);
    }
    if (kind == KR_PRINT_REPR) kr_print_cstr(p, e->base.type->name);
    if (n == 0) {
        kr_print_cstr(p, "()");
        return true;
    }
    return kr_print_value(p, e->args, KR_PRINT_REPR);
}

kr_value exc_make_new(const kr_type *type, size_t nargs, const kr_value *args, kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, KR_ARGS_ANY, false)) return 0;
    return kr_exc_new(type, nargs, args);
}

kr_value exc_getattr(kr_value self, kr_value name) {
    kr_exception *e = as_exc(self);
    if (kr_str_equal_cstr(name, "args")) return kr_exc_args(self);
    if (kr_str_equal_cstr(name, "value") || kr_str_equal_cstr(name, "errno"))
        return kr_exc_value(self);
    if (e->dict) {
        kr_value v = kr_dict_get(e->dict, name);
        if (v != KR_NOTFOUND) return v;
    }
    return KR_NOTFOUND;
}

kr_value exc_setattr(kr_value self, kr_value name, kr_value value) {
    kr_exception *e = as_exc(self);
    if (!(e->base.type->flags & KR_TYPE_FLAG_USER))
        return KR_NOTFOUND; // built-in exception instances have no dict
    if (!e->dict) {
        e->dict = kr_dict_new();
        if (!e->dict) return 0;
    }
    if (!value) {
        kr_value old = kr_dict_remove(e->dict, name);
        return old == 0 ? 0 : old == KR_NOTFOUND ? KR_NOTFOUND : kr_val(&kr_None);
    }
    return kr_dict_set(e->dict, name, value);
}

} // namespace

#define KR_EXC_TYPE_BODY(name, parent_ptr)                                                         \
    {                                                                                              \
        {&kr_type_type}, #name, KR_TYPE_FLAG_BASETYPE | KR_TYPE_FLAG_EXCEPTION, parent_ptr,        \
            exc_print, exc_make_new, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,         \
            nullptr, exc_getattr, exc_setattr, nullptr, 0, 0                                       \
    }

extern "C" {
const kr_type kr_type_BaseException = KR_EXC_TYPE_BODY(BaseException, &kr_type_object);
#define KR_DEFINE_EXC_TYPE(name, parent)                                                           \
    const kr_type kr_type_##name = KR_EXC_TYPE_BODY(name, &kr_type_##parent);
KR_EXCEPTION_TYPES(KR_DEFINE_EXC_TYPE)
#undef KR_DEFINE_EXC_TYPE
}

//===--- Creating and inspecting ------------------------------------------===//

kr_value kr_exc_new(const kr_type *type, size_t nargs, const kr_value *args) {
    kr_value tuple = 0;
    if (nargs) {
        tuple = kr_tuple_new(nargs);
        if (!tuple) return 0;
        kr_value *items = kr_tuple_items(tuple, &nargs);
        memcpy(items, args, nargs * sizeof(kr_value));
    }
    kr_exception *e = kr_new_object<kr_exception>(type);
    if (!e) return 0;
    e->args = tuple;
    return kr_val(e);
}

bool kr_is_exception_type(kr_value v) {
    if (!kr_is_obj(v) || !kr_isinstance(v, &kr_type_type)) return false;
    const kr_type *t = (const kr_type *)kr_obj(v);
    return (t->flags & KR_TYPE_FLAG_EXCEPTION) || kr_type_is_subtype(t, &kr_type_BaseException);
}

bool kr_is_exception(kr_value v) {
    return kr_is_obj(v) && kr_type_is_subtype(kr_type_of(v), &kr_type_BaseException);
}

kr_value kr_exc_args(kr_value exc) {
    kr_exception *e = as_exc(exc);
    if (!e->args) return kr_tuple_new(0);
    return e->args;
}

kr_value kr_exc_value(kr_value exc) {
    kr_value *items;
    size_t n = exc_nargs(as_exc(exc), &items);
    return n ? items[0] : kr_val(&kr_None);
}

bool kr_exc_pending_is(const kr_type *type) {
    return kr_pending && kr_type_is_subtype(kr_type_of(kr_pending), type);
}

//===--- Raising ----------------------------------------------------------===//

kr_value kr_raise_type(const kr_type *type) {
    kr_value e = kr_exc_new(type, 0, nullptr);
    if (e) kr_pending = e;
    return 0;
}

kr_value kr_raise_with_arg(const kr_type *type, kr_value arg) {
    kr_value e = kr_exc_new(type, 1, &arg);
    if (e) kr_pending = e;
    return 0;
}

kr_value kr_raise_memory_error(void) {
    memory_error_obj.tb_len = 0;
    memory_error_obj.args = 0;
    kr_pending = kr_val(&memory_error_obj);
    return 0;
}

namespace {

/// Layout-compatible with kr_str and kr_tuple: the static MemoryError's
/// message and args, since the heap that failed cannot hold them.
struct memory_error_msg_layout {
    kr_object base;
    size_t hash, len, char_len;
    char data[64];
};
struct memory_error_args_layout {
    kr_object base;
    size_t len;
    kr_value items[1];
};
memory_error_msg_layout memory_error_msg = {{&kr_type_str}, 0, 0, 0, {0}};
memory_error_args_layout memory_error_args = {{&kr_type_tuple}, 1, {0}};

/// Appends `s` to the message.
void msg_append(const char *s) {
    size_t n = strlen(s);
    if (memory_error_msg.len + n >= sizeof memory_error_msg.data) return;
    memcpy(memory_error_msg.data + memory_error_msg.len, s, n + 1);
    memory_error_msg.len += n;
}

} // namespace

kr_value kr_raise_memory_error_size(size_t bytes) {
    memory_error_msg.len = 0;
    memory_error_msg.hash = 0;
    msg_append("memory allocation failed, allocating ");
    char digits[24];
    char *d = digits + sizeof digits;
    *--d = 0;
    do {
        *--d = (char)('0' + bytes % 10);
        bytes /= 10;
    } while (bytes);
    msg_append(d);
    msg_append(" bytes");
    memory_error_msg.char_len = memory_error_msg.len;
    memory_error_args.items[0] = kr_val(&memory_error_msg);
    kr_raise_memory_error();
    memory_error_obj.args = kr_val(&memory_error_args);
    return 0;
}

kr_value kr_raise_msg(const kr_type *type, const char *fmt, ...) {
    kr_strbuf buf;
    kr_strbuf_init(&buf);
    va_list ap;
    va_start(ap, fmt);
    bool ok = kr_vprintf(&buf.printer, fmt, ap);
    va_end(ap);
    if (!ok) return 0; // printing an argument raised: that exception stays pending
    if (buf.failed) return kr_raise_memory_error();
    kr_value msg = kr_strbuf_to_str(&buf);
    if (!msg) return 0;
    return kr_raise_with_arg(type, msg);
}

extern "C" kr_value kr_raise(kr_value v) {
    if (kr_is_exception(v)) {
        kr_pending = v;
        return 0;
    }
    if (kr_is_exception_type(v)) {
        kr_value e = kr_call(v, 0, nullptr);
        if (!e) return 0;
        if (!kr_is_exception(e))
            return kr_raise_msg(&kr_type_TypeError, "exceptions must derive from BaseException");
        kr_pending = e;
        return 0;
    }
    return kr_raise_msg(&kr_type_TypeError, "exceptions must derive from BaseException");
}

extern "C" kr_value kr_reraise(kr_value exc) {
    if (!exc || exc == kr_val(&kr_None))
        return kr_raise_msg(&kr_type_RuntimeError, "no active exception to reraise");
    kr_pending = exc;
    return 0;
}

extern "C" kr_value kr_exc_fetch(void) {
    kr_value e = kr_pending;
    kr_pending = 0;
    return e;
}

extern "C" void kr_exc_restore(kr_value exc) {
    kr_pending = exc;
}

extern "C" int kr_exc_match(kr_value exc, kr_value type) {
    const kr_type *et = kr_type_of(exc);
    if (kr_is_obj(type) && kr_type_of(type) == &kr_type_tuple) {
        size_t n;
        kr_value *items = kr_tuple_items(type, &n);
        for (size_t i = 0; i < n; ++i) {
            int r = kr_exc_match(exc, items[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    if (!kr_is_exception_type(type)) {
        kr_raise_msg(&kr_type_TypeError,
                     "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return kr_type_is_subtype(et, (const kr_type *)kr_obj(type)) ? 1 : 0;
}

extern "C" kr_value kr_raise_assertion(kr_value msg) {
    if (msg) return kr_raise_with_arg(&kr_type_AssertionError, msg);
    return kr_raise_type(&kr_type_AssertionError);
}

extern "C" kr_value kr_raise_recursion(void) {
    return kr_raise_msg(&kr_type_RuntimeError, "maximum recursion depth exceeded");
}

//===--- Tracebacks -------------------------------------------------------===//

extern "C" void kr_traceback_add(const char *file, uint32_t line, const char *function) {
    if (!kr_is_exception(kr_pending)) return;
    kr_exception *e = as_exc(kr_pending);
    if (e->tb_len == e->tb_cap) {
        if (e == &memory_error_obj) return; // its entries are static: drop the outer frames
        uint32_t cap = e->tb_cap ? e->tb_cap * 2 : 4;
        kr_value pending = kr_pending;
        size_t bytes = cap * sizeof(kr_traceback_entry);
        auto *tb =
            (kr_traceback_entry *)(e->tb ? kr_gc_realloc(e->tb, bytes) : kr_gc_alloc_atomic(bytes));
        kr_pending = pending; // a truncated traceback beats losing the exception
        if (!tb) return;
        e->tb = tb;
        e->tb_cap = cap;
    }
    e->tb[e->tb_len++] = {file, function, line};
}

bool kr_exc_print_summary(const kr_printer *p, kr_value exc) {
    if (kr_type_of(exc)->flags & KR_TYPE_FLAG_USER) return kr_instance_print_exc(p, exc);
    kr_print_cstr(p, kr_type_name(exc));
    kr_print_cstr(p, ": ");
    return kr_print_value(p, exc, KR_PRINT_STR);
}

/// Print the traceback (outermost first) and the summary line to stderr.
static void print_uncaught(kr_value exc) {
    const kr_printer *p = &kr_stderr_printer;
    if (kr_is_exception(exc)) {
        kr_exception *e = as_exc(exc);
        if (e->tb_len) kr_print_cstr(p, "Traceback (most recent call last):\n");
        for (uint32_t i = e->tb_len; i-- > 0;) {
            kr_printf(p, "  File \"%s\", line %u", e->tb[i].file, (unsigned)e->tb[i].line);
            if (e->tb[i].function) kr_printf(p, ", in %s", e->tb[i].function);
            kr_print_cstr(p, "\n");
        }
    }
    if (!kr_exc_print_summary(p, exc)) {
        kr_exc_fetch(); // printing the message raised: show what we can
        kr_print_cstr(p, "<exception str() failed>");
    }
    kr_print_cstr(p, "\n");
}

extern "C" int kr_report_uncaught(void) {
    kr_value exc = kr_exc_fetch();
    kr_stdout_flush();
    if (!exc) return 0;
    if (kr_type_is_subtype(kr_type_of(exc), &kr_type_SystemExit)) {
        // sys.exit(code): None exits 0, an int exits with it, anything else
        // is printed and exits 1.
        kr_value code = kr_exc_value(exc);
        if (code == kr_val(&kr_None)) return 0;
        int64_t status;
        if (kr_int_to_i64(code, &status)) return (int)status;
        if (!kr_print_value(&kr_stderr_printer, code, KR_PRINT_STR)) kr_exc_fetch();
        kr_print_cstr(&kr_stderr_printer, "\n");
        return 1;
    }
    print_uncaught(exc);
    return 1;
}
