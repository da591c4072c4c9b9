//===- runtime/ffi.cpp - calling compiled Python from C -------------------===//
//
// See ffi.h. The state here is global: a program links one krait library.
//
//===----------------------------------------------------------------------===//
#include "ffi.h"

#include <stddef.h>
#include <string.h>

#include "buffer.h"
#include "exception.h"
#include "gc.h"
#include "init.h"
#include "int.h"
#include "print.h"
#include "str.h"

// Direct @extern calls (codegen/EmitExternCall.cpp) pass a str's or bytes'
// data to C as the object's address plus four words, as kr_ffi_arg_cstr does.
static_assert(offsetof(kr_str, data) == 4 * sizeof(kr_value), "kr_str layout changed");

namespace {

constexpr size_t kMessageSize = 256;

/// Stack the runtime may use below the init frame before raising
/// RuntimeError: the C program owns the stack and its size is unknown, so a
/// conservative allowance on hosted targets; none (no check) on 32-bit
/// bare-metal targets, whose stacks are set by the firmware.
constexpr uintptr_t kHostedStackAllowance = sizeof(void *) == 8 ? (1u << 20) : 0;

struct FfiState {
    bool initialised;
    int status;
    /// The last call's result, kept alive while C reads its str or bytes.
    kr_value last_result;
    char message[kMessageSize];
    size_t message_len;
};

FfiState ffi = {};

void message_write(void *, const char *bytes, size_t len) {
    size_t room = kMessageSize - 1 - ffi.message_len;
    if (len > room) len = room;
    memcpy(ffi.message + ffi.message_len, bytes, len);
    ffi.message_len += len;
    ffi.message[ffi.message_len] = 0;
}

/// Record the first error of a call: the pending exception's summary line.
void record_exception() {
    kr_value exc = kr_exc_fetch();
    if (ffi.status != KR_FFI_OK) return;
    ffi.status = KR_FFI_EXCEPTION;
    ffi.message_len = 0;
    ffi.message[0] = 0;
    if (!exc) return;
    kr_printer p = {message_write, nullptr};
    if (!kr_exc_print_summary(&p, exc)) {
        kr_exc_fetch();
        kr_print_cstr(&p, "<exception str() failed>");
    }
}

void record_status(int status, const char *message) {
    if (ffi.status != KR_FFI_OK) return;
    ffi.status = status;
    ffi.message_len = 0;
    ffi.message[0] = 0;
    message_write(nullptr, message, strlen(message));
}

/// A converted argument: 0 with the pending exception recorded on failure.
kr_value checked(kr_value v) {
    if (!v) record_exception();
    return v;
}

/// Keep `v` alive until the next call and return true when it has `type`;
/// otherwise record TypeError "can't convert T to <what>".
bool result_of_type(kr_value v, const kr_type *type, const char *what) {
    if (!v) return false;
    if (kr_is_obj(v) && kr_obj(v)->type == type) {
        ffi.last_result = v;
        return true;
    }
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to %s", kr_type_name(v), what);
    record_exception();
    return false;
}

} // namespace

extern "C" {

int kr_ffi_init(void *stack_base, kr_value (*start)(void), kr_value *module_slot) {
    if (ffi.initialised) return KR_FFI_OK;
    ffi = FfiState{};
    kr_init(0, nullptr, stack_base);
    if (kHostedStackAllowance) kr_stack_limit = (uintptr_t)stack_base - kHostedStackAllowance;
    kr_gc_add_roots(&ffi.last_result, 1);
    kr_gc_add_roots(module_slot, 1);
    kr_value module = start();
    kr_stdout_flush();
    if (!module) {
        record_exception();
        return KR_FFI_EXCEPTION;
    }
    *module_slot = module;
    ffi.initialised = true;
    return KR_FFI_OK;
}

kr_value kr_ffi_begin(void *frame, kr_value module) {
    ffi.status = KR_FFI_OK;
    ffi.message_len = 0;
    ffi.message[0] = 0;
    ffi.last_result = 0;
    if (!module) {
        record_status(KR_FFI_NOT_INITIALISED, "the library is not initialised");
        return 0;
    }
    // C may call in from a frame above the one init ran in: scan up to here.
    if ((uintptr_t)frame > kr_gc_stack_base()) kr_gc_set_stack_base(frame);
    return module;
}

kr_value kr_ffi_from_i64(int64_t v) {
    return checked(kr_int_from_i64(v));
}

kr_value kr_ffi_from_f64(double v) {
    return checked(kr_float_new(v));
}

kr_value kr_ffi_from_bool(bool v) {
    return kr_bool(v);
}

kr_value kr_ffi_from_cstr(const char *s) {
    if (!s) return kr_val(&kr_None);
    return checked(kr_str_new(s, strlen(s)));
}

kr_value kr_ffi_from_bytes(const uint8_t *data, size_t len) {
    return checked(kr_bytes_new(data, len));
}

kr_value kr_ffi_call(kr_value module, const char *name, kr_value *name_cache, size_t nargs,
                     const kr_value *args) {
    if (!module || ffi.status != KR_FFI_OK) return 0;
    for (size_t i = 0; i < nargs; ++i)
        if (!args[i]) return 0; // a conversion failed and recorded it
    if (!*name_cache) {
        // Only calls after a successful init get here, so the root outlives
        // no heap: init never runs again once it succeeded.
        kr_value key = kr_str_new(name, strlen(name));
        if (!key) {
            record_exception();
            return 0;
        }
        *name_cache = key;
        kr_gc_add_roots(name_cache, 1);
    }
    kr_value fn = kr_global_load(kr_module_dict(module), *name_cache);
    kr_value result = fn ? kr_call(fn, nargs, args) : 0;
    kr_stdout_flush();
    if (!result) {
        record_exception();
        return 0;
    }
    // Python code may have called C that called back into the library: an
    // error of such a nested call is not this call's.
    ffi.status = KR_FFI_OK;
    ffi.message_len = 0;
    ffi.message[0] = 0;
    ffi.last_result = result;
    return result;
}

int64_t kr_ffi_to_i64(kr_value v) {
    if (!v) return 0;
    int64_t out;
    if (kr_int_to_i64(v, &out)) return out;
    if (kr_is_intlike(v))
        kr_raise_msg(&kr_type_OverflowError, "overflow converting long int to machine word");
    else
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
    record_exception();
    return 0;
}

double kr_ffi_to_f64(kr_value v) {
    if (!v) return 0;
    double out;
    if (kr_number_to_double(v, &out)) return out;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(v));
    record_exception();
    return 0;
}

bool kr_ffi_to_bool(kr_value v) {
    if (!v) return false;
    int t = kr_truthy(v);
    if (t < 0) {
        record_exception();
        return false;
    }
    return t != 0;
}

const char *kr_ffi_to_cstr(kr_value v) {
    if (!result_of_type(v, &kr_type_str, "str")) return nullptr;
    return kr_str_obj(v)->data;
}

const uint8_t *kr_ffi_to_bytes(kr_value v, size_t *len) {
    *len = 0;
    if (!result_of_type(v, &kr_type_bytes, "bytes")) return nullptr;
    *len = kr_str_obj(v)->len;
    return (const uint8_t *)kr_str_obj(v)->data;
}

//===--- @extern helpers ----------------------------------------------------===//

/// The bits of an int in [2**63, 2**64): unsigned 64-bit C parameters take
/// their whole range (the caller truncates to the C width either way).
static bool unsigned_bits(kr_value v, int64_t *out) {
    if (!kr_is_int_exact(v) || kr_is_small_int(v)) return false;
    const kr_mpz *z = &((const kr_bigint *)kr_obj(v))->z;
    if (z->neg || kr_mpz_bit_length(z) > 64) return false;
    uint64_t bits = 0;
    for (size_t i = z->len; i-- > 0;)
        bits = KR_DIGIT_BITS == 64 ? (uint64_t)z->d[i] : (bits << (KR_DIGIT_BITS % 64)) | z->d[i];
    *out = (int64_t)bits;
    return true;
}

bool kr_ffi_arg_i64(kr_value v, int64_t *out) {
    if (kr_int_to_i64(v, out) || unsigned_bits(v, out)) return true;
    if (kr_is_intlike(v))
        kr_raise_msg(&kr_type_OverflowError, "overflow converting long int to machine word");
    else
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
    return false;
}

bool kr_ffi_arg_f64(kr_value v, double *out) {
    if (kr_number_to_double(v, out)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(v));
    return false;
}

bool kr_ffi_arg_cstr(kr_value v, const char **out) {
    if (v == kr_val(&kr_None)) {
        *out = nullptr;
        return true;
    }
    if (kr_is_str(v)) {
        *out = kr_str_obj(v)->data;
        return true;
    }
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to str", kr_type_name(v));
    return false;
}

bool kr_ffi_arg_bytes(kr_value v, const uint8_t **out) {
    if (v == kr_val(&kr_None)) {
        *out = nullptr;
        return true;
    }
    kr_buffer buf;
    if (!kr_get_buffer_raise(v, &buf)) return false;
    *out = buf.data;
    return true;
}

kr_value kr_ffi_int_from_u64(uint64_t v) {
    if (v <= (uint64_t)INT64_MAX) return kr_int_from_i64((int64_t)v);
    // Above int64's range: (v >> 1) * 2 + (v & 1) in Python ints.
    kr_value half = kr_int_from_i64((int64_t)(v >> 1));
    kr_value twice = half ? kr_binary_op(KR_BINARY_MUL, half, kr_small_int(2)) : 0;
    return twice ? kr_binary_op(KR_BINARY_ADD, twice, kr_small_int((kr_int)(v & 1))) : 0;
}

kr_value kr_ffi_str_or_none(const char *s) {
    if (!s) return kr_val(&kr_None);
    return kr_str_new(s, strlen(s));
}

int kr_ffi_last_error(void) {
    return ffi.status;
}

const char *kr_ffi_error_message(void) {
    return ffi.message;
}

} // extern "C"
