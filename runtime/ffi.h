//===- runtime/ffi.h - calling compiled Python from C -----------*- C++ -*-===//
//
// The helpers behind a krait static library (`krait build --emit=staticlib`,
// docs/FFI.md). The driver generates, for each @export function, a C
// function whose body is a straight line of calls to these: kr_ffi_begin,
// one conversion per argument, kr_ffi_call, one conversion of the result.
// Each helper passes a failure on (a null value in, a zero out) and records
// the first error, so the generated code needs no branches. The error stays
// readable through kr_ffi_last_error / kr_ffi_error_message until the next
// call into the library.
//
// The runtime is single-threaded: call the library from one thread.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_FFI_H
#define KRAIT_RUNTIME_FFI_H

#include "runtime.h"

/// kr_ffi_last_error codes (the generated header repeats them per library).
enum kr_ffi_status {
    KR_FFI_OK = 0,              ///< the last call returned normally
    KR_FFI_EXCEPTION = 1,       ///< it raised a Python exception
    KR_FFI_NOT_INITIALISED = 2, ///< the library's init function has not succeeded
};

extern "C" {

/// Initialise the runtime once (heap, GC roots, stack limit), with the C
/// stack above `stack_base` counted as the caller's, then run the module
/// body through `start` and keep the module in `*module_slot` (registered as
/// a GC root). Returns a kr_ffi_status; calling it again after success does
/// nothing and returns KR_FFI_OK.
int kr_ffi_init(void *stack_base, kr_value (*start)(void), kr_value *module_slot);

/// Start a call from C: clears the last error and makes sure the collector
/// scans the stack up to `frame` (an address in the generated function's
/// frame). Returns `module`, or 0 with KR_FFI_NOT_INITIALISED recorded when
/// it is 0.
kr_value kr_ffi_begin(void *frame, kr_value module);

/// Argument conversions: 0 when allocation failed (the exception pending).
kr_value kr_ffi_from_i64(int64_t v);
kr_value kr_ffi_from_f64(double v);
kr_value kr_ffi_from_bool(bool v);
/// A NUL-terminated UTF-8 string as a str; NULL becomes None.
kr_value kr_ffi_from_cstr(const char *s);
/// `len` bytes as a bytes object; NULL with length 0 is b''.
kr_value kr_ffi_from_bytes(const uint8_t *data, size_t len);

/// Call the global `name` of `module` with `nargs` arguments. `name_cache`
/// is the entry point's own word, 0 at first, where the str for `name` is
/// kept (a GC root) so calls do not allocate it again. Returns the result,
/// or 0 with the error recorded when the module is 0, an argument is 0 (its
/// conversion failed) or the call raised. Flushes Python's stdout.
kr_value kr_ffi_call(kr_value module, const char *name, kr_value *name_cache, size_t nargs,
                     const kr_value *args);

/// Result conversions. Each returns 0 (0.0, false, NULL) for a null result or
/// a value of the wrong type (then with TypeError or OverflowError recorded).
int64_t kr_ffi_to_i64(kr_value v);
double kr_ffi_to_f64(kr_value v);
/// The truth value of any object.
bool kr_ffi_to_bool(kr_value v);
/// A str's UTF-8 bytes, NUL-terminated, valid until the next call into the
/// library (the runtime keeps the object alive until then).
const char *kr_ffi_to_cstr(kr_value v);
/// A bytes object's data and length (*len), valid as kr_ffi_to_cstr's.
const uint8_t *kr_ffi_to_bytes(kr_value v, size_t *len);

//===--- @extern: Python calling C ------------------------------------------===//
//
// Each @extern declaration gets a thunk with the code-entry signature: it
// converts the bound parameters with these helpers (false: the exception is
// pending and the thunk returns 0), calls the C function and converts its
// result with kr_int_from_i64, kr_ffi_int_from_u64, kr_float_new,
// kr_ffi_str_or_none. The driver lists the thunks in kr_extern_functions,
// where the `extern` decorator (modkrait.cpp) finds them. Call sites in the
// declaring module call the C function directly when the arguments have the
// usual types (codegen/EmitExternCall.cpp) and reach the thunk otherwise.

/// An int or bool as 64 bits (the thunk truncates to the C width, as
/// MicroPython's conversions do); TypeError / OverflowError otherwise.
bool kr_ffi_arg_i64(kr_value v, int64_t *out);
/// An int, bool or float as a double; TypeError otherwise.
bool kr_ffi_arg_f64(kr_value v, double *out);
/// A str's NUL-terminated UTF-8 bytes, or NULL for None; TypeError otherwise.
/// The pointer is valid while the argument is alive (the call's duration).
bool kr_ffi_arg_cstr(kr_value v, const char **out);
/// The data of a bytes-like object (bytes, bytearray, array, memoryview: C
/// may write into the mutable ones), or NULL for None; TypeError otherwise.
bool kr_ffi_arg_bytes(kr_value v, const uint8_t **out);
/// An unsigned 64-bit C result as an int. 0 with MemoryError pending.
kr_value kr_ffi_int_from_u64(uint64_t v);
/// A C string result as a str (copied), NULL as None.
kr_value kr_ffi_str_or_none(const char *s);

/// One @extern function compiled into the program.
struct kr_extern_function {
    const char *module;       ///< the declaring module's __name__
    const char *name;         ///< the Python name
    const kr_code_info *info; ///< the thunk's parameters
    kr_code_fn code;          ///< the thunk
};

/// The program's @extern functions, ended by an entry whose name is null.
/// The driver links in the table when a module declares any; the runtime's
/// weak default is empty.
extern const kr_extern_function kr_extern_functions[];

/// The status of the last call (kr_ffi_status).
int kr_ffi_last_error(void);
/// "Type: message" of the last call's exception (MicroPython's last
/// traceback line, truncated to 255 bytes); "" after a successful call.
const char *kr_ffi_error_message(void);

} // extern "C"

#endif // KRAIT_RUNTIME_FFI_H
