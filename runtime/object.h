//===- runtime/object.h - krait's object model ------------------*- C++ -*-===//
//
// The representation every runtime file shares: tagged value words, the object
// header, type objects and their slots. Compiled code never includes this
// header; it sees only the C ABI in runtime.h.
//
// A value is one machine word:
//   ...xxx1  small int: the word shifted right by one (arithmetic) is the int
//   ...xx00  pointer to an object whose first word is its type (never null)
//   0        "no value": a function that returns it has raised, the pending
//            exception is in kr_pending (see exceptions in runtime.h)
// None, True, False and the other singletons are statically allocated
// objects, so a type check is a tag test plus one load for every value.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_OBJECT_H
#define KRAIT_RUNTIME_OBJECT_H

#include "runtime.h"

/// The machine-word signed integer small ints fit in (63 or 31 bits used).
typedef intptr_t kr_int;

struct kr_type;

/// Every heap or static object starts with this header.
struct kr_object {
    const kr_type *type;
};

//===----------------------------------------------------------------------===//
// Tagging
//===----------------------------------------------------------------------===//

/// Smallest and largest int a small-int value can hold.
#define KR_SMALL_INT_MIN ((kr_int)(((uintptr_t)-1) << (sizeof(uintptr_t) * 8 - 2)))
#define KR_SMALL_INT_MAX (-(KR_SMALL_INT_MIN + 1))

inline bool kr_is_small_int(kr_value v) { return (v & 1) != 0; }
inline kr_int kr_small_int_value(kr_value v) { return (kr_int)v >> 1; }
inline bool kr_small_int_fits(kr_int i) { return i >= KR_SMALL_INT_MIN && i <= KR_SMALL_INT_MAX; }
/// Caller guarantees kr_small_int_fits(i).
inline kr_value kr_small_int(kr_int i) { return ((uintptr_t)i << 1) | 1; }
inline bool kr_is_obj(kr_value v) { return v != 0 && (v & 3) == 0; }
inline kr_object *kr_obj(kr_value v) { return (kr_object *)v; }
inline kr_value kr_val(const void *o) { return (kr_value)o; }

//===----------------------------------------------------------------------===//
// Printing: objects write themselves to a byte sink, as MicroPython's
// mp_print_t does, so str()/repr()/print() share one code path and print()
// never builds intermediate strings.
//===----------------------------------------------------------------------===//

/// A byte sink: console, string builder, file.
struct kr_printer {
    void (*write)(void *ctx, const char *bytes, size_t len);
    void *ctx;
};

/// Whether print wants str() or repr() of the object.
enum kr_print_kind { KR_PRINT_STR, KR_PRINT_REPR };

//===----------------------------------------------------------------------===//
// Operators. Unary and binary slots receive one of these codes; a slot that
// does not support an operation returns KR_NOTIMPL and the caller tries the
// reflected form or raises TypeError.
//===----------------------------------------------------------------------===//

enum kr_unary_op {
    KR_UNARY_POS,
    KR_UNARY_NEG,
    KR_UNARY_INVERT,
    KR_UNARY_NOT,  ///< handled generically via KR_UNARY_BOOL
    KR_UNARY_BOOL, ///< returns kr_True / kr_False
    KR_UNARY_LEN,  ///< returns an int value
    KR_UNARY_HASH, ///< returns a small int value
    KR_UNARY_ABS,  ///< abs(); added for the numeric types
};

/// Binary operators, comparisons and `in`. The in-place forms follow the plain
/// ones in the same order, so KR_BINARY_INPLACE_ADD - KR_BINARY_INPLACE_FIRST
/// == KR_BINARY_ADD - KR_BINARY_FIRST.
enum kr_binary_op {
    KR_BINARY_LT,
    KR_BINARY_GT,
    KR_BINARY_EQ,
    KR_BINARY_LE,
    KR_BINARY_GE,
    KR_BINARY_NE,
    KR_BINARY_IN, ///< slot called on the container: `rhs in self`
    KR_BINARY_IS,
    KR_BINARY_IS_NOT,
    KR_BINARY_NOT_IN,
    // Arithmetic.
    KR_BINARY_FIRST,
    KR_BINARY_OR = KR_BINARY_FIRST,
    KR_BINARY_XOR,
    KR_BINARY_AND,
    KR_BINARY_LSHIFT,
    KR_BINARY_RSHIFT,
    KR_BINARY_ADD,
    KR_BINARY_SUB,
    KR_BINARY_MUL,
    KR_BINARY_MATMUL,
    KR_BINARY_FLOOR_DIVIDE,
    KR_BINARY_TRUE_DIVIDE,
    KR_BINARY_MODULO,
    KR_BINARY_POWER,
    KR_BINARY_DIVMOD, ///< used by divmod(); returns a 2-tuple
    KR_BINARY_INPLACE_FIRST,
    KR_BINARY_INPLACE_OR = KR_BINARY_INPLACE_FIRST,
    KR_BINARY_INPLACE_XOR,
    KR_BINARY_INPLACE_AND,
    KR_BINARY_INPLACE_LSHIFT,
    KR_BINARY_INPLACE_RSHIFT,
    KR_BINARY_INPLACE_ADD,
    KR_BINARY_INPLACE_SUB,
    KR_BINARY_INPLACE_MUL,
    KR_BINARY_INPLACE_MATMUL,
    KR_BINARY_INPLACE_FLOOR_DIVIDE,
    KR_BINARY_INPLACE_TRUE_DIVIDE,
    KR_BINARY_INPLACE_MODULO,
    KR_BINARY_INPLACE_POWER,
    KR_BINARY_OP_COUNT
};

//===----------------------------------------------------------------------===//
// Type objects
//===----------------------------------------------------------------------===//

/// A native function: positional args first, then the values of keyword
/// args whose names are in the tuple kwnames (0 when there are none). Returns
/// a value, or 0 with an exception pending.
typedef kr_value (*kr_native_fn)(size_t nargs, const kr_value *args, kr_value kwnames);

/// One named attribute of a built-in type: a method (a static builtin
/// function object) or a constant object. Tables end with {nullptr, nullptr}.
/// (A pointer, not a kr_value, so tables stay constant-initialised.)
struct kr_attr_entry {
    const char *name;
    const kr_object *value;
};

/// Type flags.
enum kr_type_flags : uint32_t {
    KR_TYPE_FLAG_BASETYPE = 1u << 0,  ///< may be subclassed
    KR_TYPE_FLAG_EXCEPTION = 1u << 1, ///< BaseException or a subclass
    KR_TYPE_FLAG_USER = 1u << 2,      ///< created by a class statement
    KR_TYPE_FLAG_ITER_IS_SELF = 1u << 3,
};

/// A type. Built-in types are static constants; user classes (a later layer)
/// are heap-allocated kr_type objects with a dict. Every slot may be null,
/// meaning "not supported" (the generic dispatcher raises TypeError).
struct kr_type {
    kr_object base; ///< its type is kr_type_type
    const char *name;
    uint32_t flags;
    /// Single native base (object for most); user classes also fill `bases`.
    const kr_type *parent;
    /// Write str() or repr() of self. Returns false with an exception pending.
    bool (*print)(const kr_printer *p, kr_value self, kr_print_kind kind);
    /// Called as type(args...): construct an instance.
    kr_value (*make_new)(const kr_type *type, size_t nargs, const kr_value *args, kr_value kwnames);
    /// Called as self(args...).
    kr_value (*call)(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames);
    /// Unary operators; KR_NOTIMPL when unsupported.
    kr_value (*unary_op)(enum kr_unary_op op, kr_value self);
    /// Binary operators with self on the left (or the container for IN);
    /// KR_NOTIMPL when unsupported for this right operand.
    kr_value (*binary_op)(enum kr_binary_op op, kr_value self, kr_value other);
    /// self[index]. Raises (returns 0) on a bad index.
    kr_value (*getitem)(kr_value self, kr_value index);
    /// self[index] = value, or del self[index] when value is 0. Returns kr_None or 0.
    kr_value (*setitem)(kr_value self, kr_value index, kr_value value);
    /// iter(self).
    kr_value (*getiter)(kr_value self);
    /// next(self): a value, KR_STOP when exhausted, or 0 on exception.
    kr_value (*iternext)(kr_value self);
    /// Attribute lookup beyond the method table (instance dicts, properties of
    /// native objects). Returns the value, KR_NOTFOUND, or 0 on exception.
    kr_value (*getattr)(kr_value self, kr_value name);
    /// self.name = value, or del self.name when value is 0. Returns kr_None,
    /// KR_NOTFOUND (not settable: AttributeError), or 0.
    kr_value (*setattr)(kr_value self, kr_value name, kr_value value);
    /// Methods and class constants of a built-in type (may be null).
    const kr_attr_entry *attrs;
    /// Class dict (a kr_dict value) for user classes; 0 for built-ins.
    kr_value dict;
    /// Tuple of base classes for user classes; 0 for built-ins.
    kr_value bases;
};

/// The type of any value (small ints included).
const kr_type *kr_type_of(kr_value v);
/// True when `t` is `base` or derives from it (depth-first over bases).
bool kr_type_is_subtype(const kr_type *t, const kr_type *base);
/// True when instances of t are laid out as instances of built-in type
/// `base` (C code may treat them as such): t is base or derives from it,
/// except that instances of user classes are kr_instance objects holding a
/// native sub-object, unless base is object or an exception type.
bool kr_type_has_layout(const kr_type *t, const kr_type *base);
/// True when v may be used as an instance of t by C code: kr_type_has_layout
/// for built-in t, subtype for user classes. (Python's isinstance() is
/// kr_type_is_subtype.)
inline bool kr_isinstance(kr_value v, const kr_type *t) {
    return kr_type_has_layout(kr_type_of(v), t);
}

/// Static objects every type file may use. KR_NOTIMPL, KR_NOTFOUND and KR_STOP
/// are sentinels that never escape to Python code.
extern "C" {
extern const kr_type kr_type_type, kr_type_object, kr_type_none, kr_type_bool, kr_type_int,
    kr_type_float, kr_type_str, kr_type_bytes, kr_type_list, kr_type_tuple, kr_type_dict,
    kr_type_range, kr_type_slice, kr_type_function, kr_type_builtin_function,
    kr_type_bound_method, kr_type_module, kr_type_cell, kr_type_notimpl;
extern const kr_type kr_type_complex; ///< complex.cpp
extern const kr_type kr_type_set; ///< set.cpp (also in set.h)
extern const kr_object kr_NotImplemented_obj, kr_NotFound_obj, kr_Stop_obj, kr_Ellipsis_obj;
}
#define KR_NOTIMPL kr_val(&kr_NotImplemented_obj)
#define KR_NOTFOUND kr_val(&kr_NotFound_obj)

inline kr_value kr_bool(bool b) { return b ? kr_val(&kr_True) : kr_val(&kr_False); }

//===----------------------------------------------------------------------===//
// Allocation (gc.cpp). Memory is zeroed. Returns null with MemoryError
// pending when the heap is exhausted even after a collection.
//===----------------------------------------------------------------------===//

/// Allocate `bytes` whose words the collector scans conservatively.
void *kr_gc_alloc(size_t bytes);
/// Allocate `bytes` of raw data (string bytes, digits): never scanned.
void *kr_gc_alloc_atomic(size_t bytes);
/// Grow or shrink an allocation; keeps its atomic-ness. Null on failure (old
/// block intact).
void *kr_gc_realloc(void *ptr, size_t bytes);
/// Allocate an object of `bytes` (header included) and set its type.
template <typename T> inline T *kr_new_object(const kr_type *type, size_t bytes = sizeof(T)) {
    T *o = (T *)kr_gc_alloc(bytes);
    if (o)
        ((kr_object *)o)->type = type;
    return o;
}

//===----------------------------------------------------------------------===//
// Helpers shared by the type files (defined where noted).
//===----------------------------------------------------------------------===//

/// Raise `type` with a formatted message (printf subset: %s %d %ld %zu %q for
/// a kr_value's repr, %S for its str, %T for its type name). Always returns 0.
kr_value kr_raise_msg(const kr_type *type, const char *fmt, ...);
/// Write bytes / a NUL-terminated string to a printer.
inline void kr_print_bytes(const kr_printer *p, const char *s, size_t n) { p->write(p->ctx, s, n); }
void kr_print_cstr(const kr_printer *p, const char *s);
/// Print a value as str() or repr(). False with an exception pending.
bool kr_print_value(const kr_printer *p, kr_value v, kr_print_kind kind);

//===----------------------------------------------------------------------===//
// The internal API the type files use of each other. Each function is
// defined in the file named beside its group.
//===----------------------------------------------------------------------===//

// str.cpp
/// Bytes and byte length of a str value (UTF-8).
const char *kr_str_data(kr_value s, size_t *len);
kr_value kr_str_from_cstr(const char *s);
bool kr_str_equal_cstr(kr_value s, const char *cstr);
/// A printer that accumulates bytes into a growable buffer, then a str.
struct kr_strbuf {
    kr_printer printer; ///< pass &buf.printer to print functions
    char *data;
    size_t len, cap;
    bool failed; ///< an allocation failed (MemoryError pending)
};
void kr_strbuf_init(kr_strbuf *buf);
/// The accumulated bytes as a new str (0 on MemoryError).
kr_value kr_strbuf_to_str(kr_strbuf *buf);

// tuple.cpp
/// A tuple of n items, all kr_None until filled through kr_tuple_items.
kr_value kr_tuple_new(size_t n);
kr_value *kr_tuple_items(kr_value t, size_t *n);

// list.cpp
kr_value kr_list_new(size_t n); ///< n items, all kr_None until filled
kr_value *kr_list_items(kr_value l, size_t *n);

// dict.cpp (insertion-ordered; also backs module globals and class dicts)
kr_value kr_dict_new(void);
/// The value for key, KR_NOTFOUND when absent, 0 when hashing or comparing raised.
kr_value kr_dict_get(kr_value dict, kr_value key);
/// Insert or replace. kr_None or 0.
kr_value kr_dict_set(kr_value dict, kr_value key, kr_value value);
/// Remove key: the old value, KR_NOTFOUND when absent, 0 on error.
kr_value kr_dict_remove(kr_value dict, kr_value key);

// int.cpp / float.cpp
/// The value of an int (or bool) that fits in 64 bits; false otherwise.
bool kr_int_to_i64(kr_value v, int64_t *out);
/// A float value's double.
double kr_float_value(kr_value f);
/// int, bool or float to double; false (nothing raised) for other types.
bool kr_number_to_double(kr_value v, double *out);

// ops.cpp (generic protocols over the slots)
/// hash(v) as a machine int; false with TypeError pending when unhashable.
bool kr_hash(kr_value v, kr_int *out);
/// v1 == v2 with Python semantics: 1, 0, or -1 on exception.
int kr_equal(kr_value a, kr_value b);
/// str(v) / repr(v) as str values.
kr_value kr_obj_str(kr_value v);
kr_value kr_obj_repr(kr_value v);
/// Name of v's type, for error messages.
inline const char *kr_type_name(kr_value v) { return kr_type_of(v)->name; }

#endif // KRAIT_RUNTIME_OBJECT_H
