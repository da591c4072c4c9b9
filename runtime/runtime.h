//===- runtime/runtime.h - the C ABI compiled code calls --------*- C++ -*-===//
//
// Every function compiled Python code calls. codegen/ declares these same
// signatures in LLVM IR (codegen/RuntimeABI.def is the single list both
// sides are checked against); keep them in sync.
//
// Conventions:
//  - kr_value is one tagged machine word (see object.h).
//  - A function returning kr_value returns 0 when it raised: the exception is
//    pending in the thread state and the caller must propagate or handle it.
//  - A function returning int returns -1 when it raised.
//  - Operator codes are the kr_unary_op / kr_binary_op enums of object.h.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_RUNTIME_H
#define KRAIT_RUNTIME_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

typedef uintptr_t kr_value;

/// Describes a compiled function's parameters; emitted by codegen as a
/// constant. Slot order for the code entry: positional params (n_pos), then
/// keyword-only (n_kwonly), then *args (if KR_CODE_VARARGS), then **kwargs
/// (if KR_CODE_VARKW).
struct kr_code_info {
    const char *name;             ///< function name, for tracebacks and repr
    const char *const *params;    ///< names of all parameters, in slot order
    uint16_t n_pos;               ///< positional (or keyword) parameters
    uint16_t n_kwonly;            ///< keyword-only parameters
    uint32_t flags;               ///< KR_CODE_* flags
};
enum { KR_CODE_VARARGS = 1, KR_CODE_VARKW = 2, KR_CODE_GENERATOR = 4 };
/// flags >> KR_CODE_POSONLY_SHIFT: how many of the n_pos parameters are positional-only.
#define KR_CODE_POSONLY_SHIFT 16

/// The native entry of a compiled function. `self` is the function object
/// (for its closure and globals); `slots` holds every parameter, bound by the
/// runtime from the call's arguments and the defaults.
typedef kr_value (*kr_code_fn)(kr_value self, kr_value *slots);

#ifdef __cplusplus
extern "C" {
#endif

struct kr_object;
extern const struct kr_object kr_None, kr_True, kr_False;
/// Returned by kr_iter_next when the iterator is exhausted (never an error).
extern const struct kr_object kr_Stop_obj;
#define KR_STOP ((kr_value)&kr_Stop_obj)

//===--- Program start-up ------------------------------------------------===//

/// Emitted by codegen for the main module: runs module-level code. Returns 0
/// if an exception escaped (pending), anything else on success.
kr_value krait_main(void);
/// Initialise the runtime (heap, stack limit, argv). Called by the runtime's
/// own entry point before krait_main; `stack_base` is an address in the
/// outermost frame.
void kr_init(int argc, char **argv, void *stack_base);
/// Print the pending exception as MicroPython's traceback to stderr and
/// return the process exit status for it (1; SystemExit's code later).
int kr_report_uncaught(void);
/// Flush output and exit.
void kr_exit(int status);

//===--- Constants and memory roots ----------------------------------------===//

/// An int from a 64-bit value (small int or big int).
kr_value kr_int_from_i64(int64_t v);
/// An int from decimal digits (big literals); `len` bytes, no sign, no '_'.
kr_value kr_int_from_digits(const char *digits, size_t len);
kr_value kr_float_new(double v);
/// A complex number from its parts (boxes codegen's unboxed complex values).
kr_value kr_complex_new(double real, double imag);
/// A str from UTF-8 bytes (copied).
kr_value kr_str_new(const char *utf8, size_t len);
kr_value kr_bytes_new(const uint8_t *data, size_t len);
/// Register `count` value words (module constants, globals) as GC roots.
void kr_gc_add_roots(kr_value *start, size_t count);
/// What one module constant is (kr_const_desc::kind).
enum kr_const_kind {
    KR_CONST_STR,     ///< `data`: `size` bytes of UTF-8
    KR_CONST_BYTES,   ///< `data`: `size` bytes
    KR_CONST_FLOAT,   ///< `data`: one double
    KR_CONST_INT,     ///< `data`: `size` decimal digits of a big int
    KR_CONST_NEG_INT, ///< the same, negated
    KR_CONST_NAMES,   ///< a tuple: `data` has `size` uint32 indices of earlier str constants
};
/// One entry of a module's constant table, emitted by codegen.
struct kr_const_desc {
    uint32_t kind; ///< kr_const_kind
    uint32_t size;
    const void *data;
};
/// Fills a module's constants array (runtime/constpool.cpp): registers its
/// `count` words as roots, stores the new module `name` (file `file`) and
/// its dict in words 0 and 1, then word i + 2 from `descs[i]`. Returns the
/// module, or 0 when an allocation raised.
kr_value kr_constants_init(kr_value *constants, size_t count, const struct kr_const_desc *descs,
                           const char *name, const char *file);
/// gc.collect()
void kr_gc_collect(void);

//===--- Modules and globals --------------------------------------------===//

/// Create a module object named `name` whose __file__ is `file` (none when
/// null or ""); returns it. A module compiled into the program
/// (kr_compiled_modules) also gets its package __path__ and enters sys.modules.
kr_value kr_module_new(const char *name, const char *file);
/// The globals dict of a module.
kr_value kr_module_dict(kr_value module);
/// Load a global: the module dict, then builtins; NameError if absent.
kr_value kr_global_load(kr_value dict, kr_value name);
/// One `global.load` site's inline cache (generated code keeps one per site,
/// zero-initialised). `value` is the result while the globals dict's and the
/// builtins dict's version stamps still equal the two recorded ones.
typedef struct kr_global_cache {
    uint64_t globals_version;
    uint64_t builtins_version;
    kr_value value;
} kr_global_cache;
/// kr_global_load that also fills `cache` with the result and both stamps.
kr_value kr_global_load_cached(kr_value dict, kr_value name, kr_global_cache *cache);
/// The builtins dict (0 until the first builtin lookup creates it).
extern kr_value kr_builtins_dict;
/// Store / delete (value 0) a global. Returns kr_None, or 0 (NameError on del).
kr_value kr_global_store(kr_value dict, kr_value name, kr_value value);
/// Load a builtin by name (NameError if absent).
kr_value kr_builtin_load(kr_value name);
/// Raise UnboundLocalError / NameError for a local read before assignment.
kr_value kr_raise_unbound_local(kr_value name);

/// `import name` (dotted: "pkg.sub"): a built-in module (gc, sys...) or one
/// compiled into the program, run once and kept in sys.modules; a dotted name
/// imports its packages first and binds the submodule in its parent. Returns
/// the module named (the leaf), or 0 with ImportError "no module named 'name'"
/// (or the exception its body raised).
kr_value kr_import(kr_value name);
/// `from module import name`: the attribute, else the submodule
/// module.__name__ + "." + name if one is compiled in; else ImportError
/// "can't import name name".
kr_value kr_import_from(kr_value module, kr_value name);
/// `from module import *` into the dict `globals`: the names in __all__ if
/// the module defines it, else every name not starting with '_'. kr_None, or
/// 0 on error.
kr_value kr_import_star(kr_value module, kr_value globals);

//===--- Operators -----------------------------------------------------===//

kr_value kr_unary_op(int op, kr_value v);
/// Binary operator, comparison, `in`, `is` (kr_binary_op codes). For
/// KR_BINARY_IN / KR_BINARY_NOT_IN the operands keep Python's order:
/// `lhs in rhs`, rhs being the container.
kr_value kr_binary_op(int op, kr_value lhs, kr_value rhs);
/// Operator and constructor sites of generated code (binop_site.h,
/// ctor_site.h describe the caches).
struct kr_binop_site;
struct kr_ctor_site;
kr_value kr_binary_op_site(int op, kr_value lhs, kr_value rhs, struct kr_binop_site *site);
kr_value kr_binary_op_after(int op, kr_value lhs, kr_value rhs);
kr_value kr_ctor_site_call(kr_value callee, size_t nargs, const kr_value *args,
                           struct kr_ctor_site *site);
kr_value kr_ctor_alloc(kr_value cls);
kr_value kr_ctor_init_result(kr_value r, kr_value obj);
/// Truth value: 1, 0, or -1 when __bool__/__len__ raised.
int kr_truthy(kr_value v);
/// `not v` as a bool object.
kr_value kr_not(kr_value v);

//===--- Containers -------------------------------------------------------===//

kr_value kr_build_tuple(size_t n, const kr_value *items);
kr_value kr_build_list(size_t n, const kr_value *items);
/// keys_values holds n pairs: k0, v0, k1, v1...
kr_value kr_build_dict(size_t n, const kr_value *keys_values);
/// slice(start, stop, step); absent parts are kr_None.
kr_value kr_build_slice(kr_value start, kr_value stop, kr_value step);
kr_value kr_getitem(kr_value obj, kr_value index);
/// obj[index] = value. Returns kr_None or 0.
kr_value kr_setitem(kr_value obj, kr_value index, kr_value value);
kr_value kr_delitem(kr_value obj, kr_value index);
/// obj[start:stop:step], obj[start:stop:step] = value, del obj[start:stop:step]
/// without a slice object (slice_ops.cpp); absent parts are kr_None. Same
/// results and errors as kr_getitem/kr_setitem/kr_delitem with a slice.
kr_value kr_getitem_slice(kr_value obj, kr_value start, kr_value stop, kr_value step);
kr_value kr_setitem_slice(kr_value obj, kr_value start, kr_value stop, kr_value step,
                          kr_value value);
kr_value kr_delitem_slice(kr_value obj, kr_value start, kr_value stop, kr_value step);
/// dst[start:stop:step] = src[src_start:src_stop:src_step] with no list in
/// between when both are lists (src may be dst); otherwise the two calls.
kr_value kr_setitem_slice_from(kr_value dst, kr_value start, kr_value stop, kr_value step,
                               kr_value src, kr_value src_start, kr_value src_stop,
                               kr_value src_step);
/// `needle in container`: 1, 0, or -1 when it raised (contains.cpp).
int kr_contains(kr_value needle, kr_value container);
/// Unpack exactly n items of an iterable into out[0..n). Returns 0 on error
/// (ValueError for a wrong count), nonzero otherwise.
int kr_unpack(kr_value seq, size_t n, kr_value *out);
/// list.append for list comprehensions and starred literals.
kr_value kr_list_append(kr_value list, kr_value item);

//===--- Formatting ---------------------------------------------------===//

/// An f-string replacement field {v!conversion:spec}: conversion is 0, 'r',
/// 's' or 'a'; spec is a str value, or 0 for none. Returns a str.
kr_value kr_format_value(kr_value v, kr_value spec, int conversion);
/// Concatenate n str values (the pieces of an f-string) into one str.
kr_value kr_str_build(size_t n, const kr_value *parts);

//===--- Attributes -----------------------------------------------------===//

kr_value kr_getattr(kr_value obj, kr_value name);
kr_value kr_setattr(kr_value obj, kr_value name, kr_value value);
kr_value kr_delattr(kr_value obj, kr_value name);
/// Classes one attribute site's cache remembers (fewer where RAM is scarce).
#if UINTPTR_MAX > 0xffffffffu
#define KR_ATTR_CACHE_WAYS 4
#else
#define KR_ATTR_CACHE_WAYS 2
#endif
/// One attribute site's inline cache (generated code keeps one per site;
/// index starts at UINTPTR_MAX, the rest 0). See runtime/attr_cache.cpp.
typedef struct kr_attr_cache {
    uintptr_t index;  ///< entry position in an instance dict (read inline)
    kr_value key;     ///< the key at that position (read inline)
    uintptr_t epoch;  ///< the kr_class_epoch the class part is valid in
    uintptr_t rooted; ///< registered as a GC root
    /// Class part: what the class lookup gave (loads, methods) for each
    /// class, or that stores go to the instance dict (stores).
    struct {
        const struct kr_type *type;
        kr_value value;
    } classes[KR_ATTR_CACHE_WAYS];
} kr_attr_cache;
/// kr_getattr that fills a site's cache.
kr_value kr_getattr_cached(kr_value obj, kr_value name, kr_attr_cache *cache);
/// kr_setattr with a site's cache: replacing an instance attribute whose
/// class has no store hook for it is a direct entry store.
kr_value kr_setattr_cached(kr_value obj, kr_value name, kr_value value, kr_attr_cache *cache);
/// The cache of a store that usually adds an attribute (`self.x = ...` in
/// __init__): a kr_attr_cache, then where the name's entry goes in the index
/// of an instance dict with `index_size` byte-wide slots (attr_cache.cpp).
typedef struct kr_attr_add_cache {
    kr_attr_cache base;
    uintptr_t index_size; ///< index slots of the dicts it applies to; ~0: none
    uintptr_t slot;       ///< the name's first probe slot there (read inline)
    intptr_t hash;        ///< the name's hash (stored inline with the entry)
} kr_attr_add_cache;
/// kr_setattr_cached that also remembers where an appended name went.
kr_value kr_setattr_add_cached(kr_value obj, kr_value name, kr_value value,
                               kr_attr_add_cache *cache);
/// The callee of obj.name(...) without a bound method: a plain function of
/// obj's class or a method of its built-in type is returned with *self_out =
/// obj (call it with obj first); anything else is kr_getattr's result with
/// *self_out = 0. 0 on error.
kr_value kr_load_method(kr_value obj, kr_value name, kr_attr_cache *cache, kr_value *self_out);
/// kr_load_method for a name no instance dict holds (the whole program
/// never stores an instance attribute so named): the instance dict is not
/// consulted.
kr_value kr_load_class_method(kr_value obj, kr_value name, kr_attr_cache *cache,
                              kr_value *self_out);
/// A call site `obj.name(args)` of a built-in method (builtin_method.cpp):
/// while obj's type is `type`, the call is fn(nargs + 1, [obj, args...], 0).
typedef struct kr_builtin_method_site {
    const struct kr_type *type;
    kr_value (*fn)(size_t nargs, const kr_value *args, kr_value kwnames);
} kr_builtin_method_site;
/// Remember in `site` that `callee`, which kr_load_method found with obj as
/// self, is obj's built-in type's method `name` taking `nargs` (self
/// included) arguments; anything else leaves the site as it is.
void kr_builtin_method_fill(kr_builtin_method_site *site, kr_value obj, kr_value name,
                            kr_value callee, size_t nargs);
/// kr_load_method, then kr_builtin_method_fill when the callee came with
/// self: the miss path of a built-in method site.
kr_value kr_load_method_fill(kr_value obj, kr_value name, kr_attr_cache *cache, kr_value *self_out,
                             kr_builtin_method_site *site, size_t nargs);
/// Bumped by every change of a class dict and every class creation
/// (method_cache.h); inline attribute stores compare their cache's epoch.
extern uintptr_t kr_class_epoch;

//===--- Iteration ------------------------------------------------------===//

kr_value kr_iter(kr_value obj);
/// Next item, KR_STOP when exhausted, 0 on exception.
kr_value kr_iter_next(kr_value iter);

//===--- Calls and functions -------------------------------------------===//

/// Call with nargs positional arguments.
kr_value kr_call(kr_value callee, size_t nargs, const kr_value *args);
/// Call with positional arguments followed by keyword values; kwnames is a
/// tuple of the keyword names (0 or empty tuple for none).
kr_value kr_call_kw(kr_value callee, size_t nargs, const kr_value *args, kr_value kwnames);
/// obj.name(args..., **kw) in one step: a method of obj's built-in type is
/// called with obj prepended, without allocating a bound method; anything
/// else is looked up with kr_getattr and called. kwnames as for kr_call_kw.
kr_value kr_call_method(kr_value obj, kr_value name, size_t nargs, const kr_value *args,
                        kr_value kwnames);
/// Create a function object. `defaults` is a tuple of the last positional
/// parameters' defaults (or 0); `globals` the defining module's dict.
kr_value kr_function_new(const struct kr_code_info *info, kr_code_fn code, kr_value defaults,
                         kr_value globals);

//===--- Exceptions -----------------------------------------------------===//

/// Raise an exception instance, or a class (instantiated with no args).
/// Always returns 0. TypeError if v is neither.
kr_value kr_raise(kr_value v);
/// Re-raise the exception being handled (bare `raise`); RuntimeError
/// "no active exception to reraise" when there is none.
kr_value kr_reraise(kr_value exc);
/// Record that the pending exception passed through (file, line, function).
void kr_traceback_add(const char *file, uint32_t line, const char *function);
/// Take the pending exception (clearing it) to handle it.
kr_value kr_exc_fetch(void);
/// Make `exc` pending again (re-raise after a failed match or a finally).
void kr_exc_restore(kr_value exc);
/// 1 if exc is an instance of the exception class (or a class in the tuple)
/// `type`, else 0; -1 with TypeError if `type` is not an exception class.
int kr_exc_match(kr_value exc, kr_value type);
/// AssertionError with an optional message (0 for none). Returns 0.
kr_value kr_raise_assertion(kr_value msg);
/// RuntimeError: maximum recursion depth exceeded. Returns 0.
kr_value kr_raise_recursion(void);
/// Compiled functions compare their frame address with this on entry: below
/// it, the stack is too deep (stacks grow down on every supported target).
extern uintptr_t kr_stack_limit;

//===--- Generators (generator.cpp) ----------------------------------------===//
//
// A generator function is compiled to an LLVM coroutine whose frame lives in
// the generator object (see runtime/generator.h for the protocol).

/// The ramp's first step: a generator object with `frame_size` bytes of
/// coroutine frame, resumed through `resume` (the module's trampoline to
/// llvm.coro.resume, a `void (void *frame)` function). 0 with MemoryError
/// pending.
kr_value kr_generator_new(size_t frame_size, void *resume, const struct kr_code_info *info);
/// The frame memory inside a generator object (for llvm.coro.begin).
void *kr_generator_frame(kr_value gen);
/// The coroutine began: `handle` (llvm.coro.begin's result) is what the
/// runtime resumes. (Handing it over also tells LLVM the frame escapes.)
void kr_generator_begin(kr_value gen, void *handle);
/// `yield value`: record the value before the coroutine suspends.
void kr_generator_yield(kr_value gen, kr_value value);
/// After a suspension: the value sent in (kr_None for next()), or 0 with the
/// exception of throw()/close() pending, to be raised at the yield.
kr_value kr_generator_resumed(kr_value gen);
/// The body ended: `value` is its return value, or 0 when an exception
/// escaped (pending). The coroutine then suspends for good.
void kr_generator_return(kr_value gen, kr_value value);
/// `yield from iterable` starts: iter(iterable), with send(None) as the
/// first input to the delegate. 0 on error.
kr_value kr_yield_from_start(kr_value gen, kr_value iterable);
/// One step of `yield from`: forwards what the generator received (sent
/// value, throw, close) to the iterator `it`. 1: it yielded (the value is
/// recorded for the delegating generator's own suspension), 0: it finished
/// (see kr_yield_from_result), -1: exception pending.
int kr_yield_from_step(kr_value gen, kr_value it);
/// The delegate's return value after kr_yield_from_step returned 0.
kr_value kr_yield_from_result(kr_value gen);
/// `nwords` value words of zeroed, collector-scanned scratch memory (a
/// coroutine's call.ex spread buffer, which cannot live in its frame). Null
/// with MemoryError pending.
void *kr_scratch_alloc(size_t nwords);

#ifdef __cplusplus
}
#endif

#endif // KRAIT_RUNTIME_RUNTIME_H
