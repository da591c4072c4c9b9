//===- runtime/exception.h - exception objects and raising ------*- C++ -*-===//
//
// Exceptions are ordinary objects. A raising function stores the instance in
// kr_pending and returns 0 (or -1); compiled code and the runtime propagate
// that null until a handler fetches it (kr_exc_fetch) or the program ends
// (kr_report_uncaught). Tracebacks are (file, line, function) entries the
// exception collects, innermost first, as it passes each frame.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_EXCEPTION_H
#define KRAIT_RUNTIME_EXCEPTION_H

#include "object.h"

/// One frame an exception passed through. The strings are static constants
/// emitted by codegen, so traceback storage is never scanned by the GC.
struct kr_traceback_entry {
    const char *file;
    const char *function;
    uint32_t line;
};

/// An instance of BaseException or a subclass.
struct kr_exception {
    kr_object base;
    kr_value args;          ///< tuple of the constructor args; 0 means ()
    kr_traceback_entry *tb; ///< entries, innermost first (GC atomic block)
    uint32_t tb_len, tb_cap;
    kr_value dict; ///< attributes of user subclass instances, or 0
};

/// Every built-in exception type, as X(name, parent). Parents come first.
#define KR_EXCEPTION_TYPES(X)                                                                      \
    X(SystemExit, BaseException)                                                                   \
    X(KeyboardInterrupt, BaseException)                                                            \
    X(GeneratorExit, BaseException)                                                                \
    X(Exception, BaseException)                                                                    \
    X(StopIteration, Exception)                                                                    \
    X(StopAsyncIteration, Exception)                                                               \
    X(ArithmeticError, Exception)                                                                  \
    X(OverflowError, ArithmeticError)                                                              \
    X(ZeroDivisionError, ArithmeticError)                                                          \
    X(AssertionError, Exception)                                                                   \
    X(AttributeError, Exception)                                                                   \
    X(EOFError, Exception)                                                                         \
    X(ImportError, Exception)                                                                      \
    X(LookupError, Exception)                                                                      \
    X(IndexError, LookupError)                                                                     \
    X(KeyError, LookupError)                                                                       \
    X(MemoryError, Exception)                                                                      \
    X(NameError, Exception)                                                                        \
    X(OSError, Exception)                                                                          \
    X(RuntimeError, Exception)                                                                     \
    X(NotImplementedError, RuntimeError)                                                           \
    X(SyntaxError, Exception)                                                                      \
    X(TypeError, Exception)                                                                        \
    X(ValueError, Exception)                                                                       \
    X(UnicodeError, ValueError)

extern "C" {
/// The root of the exception hierarchy.
extern const kr_type kr_type_BaseException;
#define KR_DECLARE_EXC_TYPE(name, parent) extern const kr_type kr_type_##name;
KR_EXCEPTION_TYPES(KR_DECLARE_EXC_TYPE)
#undef KR_DECLARE_EXC_TYPE

/// The pending exception (an exception instance) or 0. Rooted by the GC.
extern kr_value kr_pending;
}

/// True when an exception is pending.
inline bool kr_exc_pending(void) {
    return kr_pending != 0;
}

/// A new instance of exception type `type` with the given args (any count).
/// 0 with MemoryError pending when allocation fails.
kr_value kr_exc_new(const kr_type *type, size_t nargs, const kr_value *args);

/// Raise `type` with no args (`raise KeyError`). Always returns 0.
kr_value kr_raise_type(const kr_type *type);
/// Raise `type` with one arg (e.g. KeyError(key), StopIteration(value)).
kr_value kr_raise_with_arg(const kr_type *type, kr_value arg);
/// Raise MemoryError without allocating (a static instance if need be).
kr_value kr_raise_memory_error(void);
/// Raise MemoryError("memory allocation failed, allocating N bytes") for a
/// failed request of `bytes`, as MicroPython does, without allocating.
kr_value kr_raise_memory_error_size(size_t bytes);

/// The args tuple of an exception (allocates () when it has none); 0 on
/// MemoryError.
kr_value kr_exc_args(kr_value exc);
/// The first arg of an exception, or kr_None when it has none (e.g. the
/// value a StopIteration carries).
kr_value kr_exc_value(kr_value exc);
/// True when v is an exception instance (not a class).
bool kr_is_exception(kr_value v);
/// True when v is an exception class (BaseException or a subclass).
bool kr_is_exception_type(kr_value v);
/// True when the pending exception is an instance of `type`.
bool kr_exc_pending_is(const kr_type *type);

/// False with RuntimeError "maximum recursion depth exceeded" pending when
/// the C stack is below kr_stack_limit. Recursive runtime paths (printing,
/// hashing, comparing nested containers) call it so deep nesting raises
/// instead of overflowing the stack.
inline bool kr_stack_ok(void) {
    if ((uintptr_t)__builtin_frame_address(0) >= kr_stack_limit) return true;
    kr_raise_recursion();
    return false;
}

/// Print "Type: message" (MicroPython's last traceback line, without the
/// newline) for an exception to `p`.
bool kr_exc_print_summary(const kr_printer *p, kr_value exc);

#endif // KRAIT_RUNTIME_EXCEPTION_H
