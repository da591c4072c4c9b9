/* A tiny stand-in for libkrait_rt.a, enough to link and run the programs
 * EndToEndTest.cpp builds: small ints, strs, tuples, globals, compiled
 * functions, print (with end=), exceptions with traceback counting and the
 * recursion limit. It implements the same C ABI (runtime/runtime.h), so the
 * test exercises codegen's real calling convention, tagging and failure
 * paths without depending on the real runtime. */
#include "runtime/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { T_NONE = 1, T_BOOL, T_STR, T_TUPLE, T_LIST, T_FUNC, T_BUILTIN, T_CLASS, T_EXC, T_OTHER };

struct kr_object {
    intptr_t tag;
};
typedef struct {
    intptr_t tag;
    size_t len;
    char data[];
} Str;
typedef struct {
    intptr_t tag;
    size_t len;
    kr_value items[];
} Tuple;
/* Same layout as the runtime's struct kr_list: codegen reads and writes the
 * item of a cell (a one-item list) in place. */
typedef struct {
    intptr_t tag;
    size_t len;
    size_t alloc;
    kr_value *items;
} List;
/* Same layout as the runtime's struct kr_function: codegen stores the
 * closure and keyword defaults words directly. */
typedef struct {
    intptr_t tag;
    const struct kr_code_info *info;
    kr_code_fn code;
    kr_value defaults;
    kr_value kwdefaults;
    kr_value globals;
    kr_value closure;
} Func;
typedef struct {
    intptr_t tag;
    const char *name;
} Named;
typedef struct {
    intptr_t tag;
    const char *message;
    unsigned traceback;     /* entries added */
    unsigned innermostLine; /* first entry's line */
} Exc;

const struct kr_object kr_None = {T_NONE}, kr_True = {T_BOOL}, kr_False = {T_BOOL},
                       kr_Stop_obj = {T_OTHER}, kr_Ellipsis_obj = {T_OTHER};
uintptr_t kr_stack_limit;
/* Function objects start with its address, as the runtime's do with their
 * type: codegen's direct-call guard compares that word. */
const struct kr_object kr_type_function = {T_FUNC};
/* Types the inline paths compare against (floats, lists, tuples and ranges
 * never occur in mock programs, so the guards always fail and the generic
 * calls run). */
const struct kr_object kr_type_float = {T_OTHER}, kr_type_list = {T_OTHER},
                       kr_type_tuple = {T_OTHER}, kr_type_range = {T_OTHER};
kr_value kr_float_new(double value) {
    (void)value;
    fprintf(stderr, "mock runtime: kr_float_new is not supported\n");
    abort();
}

static kr_value pending;
static struct kr_object module_obj = {T_OTHER};
/* Generated code reads a dict's version stamp at offset 8. The mock never
 * fills global-load caches, so every load misses and asks the mock. */
static struct {
    struct kr_object base;
    uint64_t version;
} dict_obj = {{T_OTHER}, 1};
kr_value kr_builtins_dict;
static const Named print_fn = {T_BUILTIN, "print"}, len_fn = {T_BUILTIN, "len"},
                   runtime_error = {T_CLASS, "RuntimeError"};
static struct { kr_value name, value; } globals[64];
static int nglobals;

static int is_small(kr_value v) {
    return (int)(v & 1);
}
static intptr_t small_value(kr_value v) {
    return (intptr_t)v >> 1;
}
static kr_value small(intptr_t i) {
    return ((uintptr_t)i << 1) | 1;
}
static intptr_t tag_of(kr_value v) {
    if (is_small(v)) return 0;
    intptr_t tag = ((const struct kr_object *)v)->tag;
    return tag == (intptr_t)&kr_type_function ? T_FUNC : tag;
}
static unsigned long generic_calls; /* compiled functions called through kr_call */
static const char *str_data(kr_value v) {
    return ((const Str *)v)->data;
}

static kr_value raise_msg(const char *message) {
    Exc *e = calloc(1, sizeof(Exc));
    e->tag = T_EXC;
    e->message = message;
    pending = (kr_value)e;
    return 0;
}

kr_value kr_str_new(const char *s, size_t n) {
    Str *o = malloc(sizeof(Str) + n + 1);
    o->tag = T_STR;
    o->len = n;
    memcpy(o->data, s, n);
    o->data[n] = 0;
    return (kr_value)o;
}
void kr_gc_add_roots(kr_value *start, size_t count) {
    (void)start;
    (void)count;
}
kr_value kr_module_new(const char *name, const char *file) {
    (void)name;
    (void)file;
    return (kr_value)&module_obj;
}
kr_value kr_module_dict(kr_value module) {
    (void)module;
    return (kr_value)&dict_obj;
}
kr_value kr_build_tuple(size_t n, const kr_value *items);
/* The module's constants from codegen's table: strs and keyword-name tuples
 * (the kinds mock programs use). */
kr_value kr_constants_init(kr_value *constants, size_t count, const struct kr_const_desc *descs,
                           const char *name, const char *file) {
    constants[0] = kr_module_new(name, file);
    constants[1] = kr_module_dict(constants[0]);
    for (size_t i = 2; i < count; ++i) {
        const struct kr_const_desc *d = &descs[i - 2];
        if (d->kind == KR_CONST_STR) {
            constants[i] = kr_str_new(d->data, d->size);
        } else if (d->kind == KR_CONST_NAMES) {
            kr_value items[64];
            const uint32_t *indices = d->data;
            for (uint32_t k = 0; k < d->size && k < 64; ++k)
                items[k] = constants[indices[k]];
            constants[i] = kr_build_tuple(d->size, items);
        } else if (d->kind == KR_CONST_FLOAT) {
            double v;
            memcpy(&v, d->data, sizeof v);
            constants[i] = kr_float_new(v);
        } else {
            fprintf(stderr, "mock runtime: constant kind %u is not supported\n", d->kind);
            abort();
        }
    }
    return constants[0];
}

kr_value kr_builtin_load(kr_value name) {
    if (!strcmp(str_data(name), "print")) return (kr_value)&print_fn;
    if (!strcmp(str_data(name), "len")) return (kr_value)&len_fn;
    if (!strcmp(str_data(name), "RuntimeError")) return (kr_value)&runtime_error;
    return raise_msg("NameError: builtin not found");
}
kr_value kr_global_load(kr_value dict, kr_value name) {
    (void)dict;
    for (int i = 0; i < nglobals; ++i)
        if (!strcmp(str_data(globals[i].name), str_data(name))) return globals[i].value;
    return kr_builtin_load(name);
}
kr_value kr_global_load_cached(kr_value dict, kr_value name, kr_global_cache *cache) {
    (void)cache;
    return kr_global_load(dict, name);
}
kr_value kr_global_store(kr_value dict, kr_value name, kr_value value) {
    (void)dict;
    for (int i = 0; i < nglobals; ++i)
        if (!strcmp(str_data(globals[i].name), str_data(name))) {
            globals[i].value = value;
            return (kr_value)&kr_None;
        }
    globals[nglobals].name = name;
    globals[nglobals++].value = value;
    return (kr_value)&kr_None;
}
kr_value kr_raise_unbound_local(kr_value name) {
    (void)name;
    return raise_msg("UnboundLocalError");
}

int kr_truthy(kr_value v) {
    if (is_small(v)) return small_value(v) != 0;
    return v != (kr_value)&kr_False && v != (kr_value)&kr_None;
}
kr_value kr_binary_op(int op, kr_value a, kr_value b) {
    if (op >= 24) /* in-place forms behave as the plain ones on ints */
        op -= 14;
    if (is_small(a) && is_small(b)) {
        intptr_t x = small_value(a), y = small_value(b);
        switch (op) {
        case 0: /* LT */
            return x < y ? (kr_value)&kr_True : (kr_value)&kr_False;
        case 15: /* ADD */
        case 16: /* SUB */
        case 17: /* MUL */ {
            intptr_t r;
            int overflow = op == 15   ? __builtin_add_overflow(x, y, &r)
                           : op == 16 ? __builtin_sub_overflow(x, y, &r)
                                      : __builtin_mul_overflow(x, y, &r);
            /* Small ints hold one bit less than a word. */
            if (overflow || r > (INTPTR_MAX >> 1) || r < (INTPTR_MIN >> 1))
                return raise_msg("OverflowError: big int needed");
            return small(r);
        }
        case 2: /* EQ */
            return x == y ? (kr_value)&kr_True : (kr_value)&kr_False;
        }
    }
    return raise_msg("TypeError: unsupported operand types");
}

static kr_value build(intptr_t tag, size_t n, const kr_value *items) {
    Tuple *t = malloc(sizeof(Tuple) + n * sizeof(kr_value));
    t->tag = tag;
    t->len = n;
    memcpy(t->items, items, n * sizeof(kr_value));
    return (kr_value)t;
}
kr_value kr_build_tuple(size_t n, const kr_value *items) {
    return build(T_TUPLE, n, items);
}
kr_value kr_build_list(size_t n, const kr_value *items) {
    List *l = malloc(sizeof(List) + n * sizeof(kr_value));
    l->tag = T_LIST;
    l->len = l->alloc = n;
    l->items = (kr_value *)(l + 1);
    memcpy(l->items, items, n * sizeof(kr_value));
    return (kr_value)l;
}
static kr_value *item_at(kr_value seq, kr_value index) {
    intptr_t t = tag_of(seq);
    if ((t != T_TUPLE && t != T_LIST) || !is_small(index) || small_value(index) < 0 ||
        (size_t)small_value(index) >= ((Tuple *)seq)->len) {
        raise_msg("IndexError: index out of range");
        return NULL;
    }
    kr_value *items = t == T_LIST ? ((List *)seq)->items : ((Tuple *)seq)->items;
    return &items[small_value(index)];
}
kr_value kr_getitem(kr_value obj, kr_value index) {
    kr_value *item = item_at(obj, index);
    return item ? *item : 0;
}
kr_value kr_setitem(kr_value obj, kr_value index, kr_value value) {
    if (tag_of(obj) != T_LIST)
        return raise_msg("TypeError: object doesn't support item assignment");
    kr_value *item = item_at(obj, index);
    if (!item) return 0;
    *item = value;
    return (kr_value)&kr_None;
}
int kr_unpack(kr_value seq, size_t n, kr_value *out) {
    if (tag_of(seq) != T_TUPLE || ((Tuple *)seq)->len != n) {
        raise_msg("ValueError: wrong number of values to unpack");
        return 0;
    }
    memcpy(out, ((Tuple *)seq)->items, n * sizeof(kr_value));
    return 1;
}

kr_value kr_function_new(const struct kr_code_info *info, kr_code_fn code, kr_value defaults,
                         kr_value globals_dict) {
    (void)globals_dict;
    Func *f = calloc(1, sizeof(Func));
    f->tag = (intptr_t)&kr_type_function;
    f->info = info;
    f->code = code;
    f->defaults = defaults;
    return (kr_value)f;
}

static void print_value(kr_value v) {
    if (is_small(v))
        printf("%ld", (long)small_value(v));
    else if (tag_of(v) == T_STR)
        fputs(str_data(v), stdout);
    else if (v == (kr_value)&kr_None)
        fputs("None", stdout);
    else if (v == (kr_value)&kr_True)
        fputs("True", stdout);
    else if (v == (kr_value)&kr_False)
        fputs("False", stdout);
    else
        fputs("<object>", stdout);
}

kr_value kr_call_kw(kr_value callee, size_t nargs, const kr_value *args, kr_value kwnames) {
    const char *end = "\n";
    size_t nkw = kwnames ? ((Tuple *)kwnames)->len : 0;
    if (callee == (kr_value)&len_fn && nargs == 1 &&
        (tag_of(args[0]) == T_TUPLE || tag_of(args[0]) == T_LIST))
        return small((intptr_t)((Tuple *)args[0])->len);
    if (callee == (kr_value)&print_fn) {
        for (size_t i = 0; i < nkw; ++i) {
            if (strcmp(str_data(((Tuple *)kwnames)->items[i]), "end"))
                return raise_msg("TypeError: unexpected keyword argument");
            end = str_data(args[nargs + i]);
        }
        for (size_t i = 0; i < nargs; ++i) {
            if (i) putchar(' ');
            print_value(args[i]);
        }
        fputs(end, stdout);
        return (kr_value)&kr_None;
    }
    if (tag_of(callee) == T_FUNC && nkw == 0) {
        const Func *f = (const Func *)callee;
        kr_value slots[8];
        if (nargs != f->info->n_pos || nargs > 8)
            return raise_msg("TypeError: wrong argument count");
        memcpy(slots, args, nargs * sizeof(kr_value));
        ++generic_calls;
        return f->code(callee, slots);
    }
    return raise_msg("TypeError: object isn't callable");
}
kr_value kr_call(kr_value callee, size_t nargs, const kr_value *args) {
    return kr_call_kw(callee, nargs, args, 0);
}

kr_value kr_raise(kr_value v) {
    if (tag_of(v) != T_EXC)
        return raise_msg("TypeError: exceptions must derive from BaseException");
    pending = v;
    return 0;
}
void kr_traceback_add(const char *file, uint32_t line, const char *function) {
    (void)file;
    (void)function;
    Exc *e = (Exc *)pending;
    if (e->traceback++ == 0) e->innermostLine = line;
}
kr_value kr_exc_fetch(void) {
    kr_value e = pending;
    pending = 0;
    return e;
}
void kr_exc_restore(kr_value exc) {
    pending = exc;
}
int kr_exc_match(kr_value exc, kr_value type) {
    if (tag_of(type) != T_CLASS) {
        raise_msg("TypeError: catching classes that do not inherit from BaseException");
        return -1;
    }
    return !strncmp(((Exc *)exc)->message, "RuntimeError", 12);
}
kr_value kr_raise_recursion(void) {
    return raise_msg("RuntimeError: maximum recursion depth exceeded");
}

int main(void) {
    char here;
    /* Leave 256 KiB of the (8 MiB) main stack for compiled frames. */
    kr_stack_limit = (uintptr_t)&here - 256 * 1024;
    kr_value result = krait_main();
    fflush(stdout);
    if (!result) {
        Exc *e = (Exc *)pending;
        printf("uncaught %s (%u traceback entries, innermost line %u)\n", e->message, e->traceback,
               e->innermostLine);
        return 1;
    }
    fprintf(stderr, "generic calls: %lu\n", generic_calls);
    return 0;
}
