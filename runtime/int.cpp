//===- runtime/int.cpp - int arithmetic -----------------------------------===//
//
// The int type's operator slots. Both operands small (bools count as 0 and
// 1) is the fast path on machine words with overflow checks; anything that
// overflows, or any heap operand, goes through mpz and normalises back.
// Construction, parsing and printing are in int_convert.cpp.
//
//===----------------------------------------------------------------------===//
#include "int.h"

#include "complex.h"
#include "exception.h"
#include "floatobj.h"

#include <math.h>

/// Bits in a machine word, and the widest shift a word can take exactly.
#define KR_WORD_BITS ((int)(sizeof(kr_int) * 8))

/// Integers below this magnitude convert to double exactly.
#define KR_EXACT_DOUBLE ((int64_t)1 << 53)

//===----------------------------------------------------------------------===//
// Conversions between values and mpz
//===----------------------------------------------------------------------===//

/// The machine value of a small int or a bool; false for heap ints.
static inline bool small_value(kr_value v, kr_int *out) {
    if (kr_is_small_int(v)) {
        *out = kr_small_int_value(v);
        return true;
    }
    if (v == kr_val(&kr_True) || v == kr_val(&kr_False)) {
        *out = v == kr_val(&kr_True);
        return true;
    }
    return false;
}

void kr_int_as_mpz(kr_value v, kr_mpz *z, kr_digit buf[KR_MPZ_I64_DIGITS]) {
    kr_int i;
    if (small_value(v, &i))
        kr_mpz_set_i64(z, buf, (int64_t)i);
    else
        *z = ((const kr_bigint *)kr_obj(v))->z;
}

kr_value kr_int_from_mpz(const kr_mpz *z) {
    int64_t i;
    if (kr_mpz_to_i64(z, &i) && i >= KR_SMALL_INT_MIN && i <= KR_SMALL_INT_MAX)
        return kr_small_int((kr_int)i);
    kr_bigint *b = kr_new_object<kr_bigint>(&kr_type_int);
    if (!b) return 0;
    b->z = *z;
    if (b->z.len <= KR_MPZ_I64_DIGITS) {
        // z may name a caller's stack buffer: give the object its own digits.
        kr_digit *d = kr_mpz_alloc_digits(KR_MPZ_I64_DIGITS);
        if (!d) return 0;
        for (size_t k = 0; k < z->len; k++)
            d[k] = z->d[k];
        b->z.d = d;
    }
    return kr_val(b);
}

kr_value kr_int_from_i64(int64_t v) {
    if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX) return kr_small_int((kr_int)v);
    kr_digit buf[KR_MPZ_I64_DIGITS];
    kr_mpz z;
    kr_mpz_set_i64(&z, buf, v);
    return kr_int_from_mpz(&z);
}

bool kr_int_to_i64(kr_value v, int64_t *out) {
    kr_int i;
    if (small_value(v, &i)) {
        *out = i;
        return true;
    }
    if (!kr_is_int_exact(v)) return false;
    return kr_mpz_to_i64(&((const kr_bigint *)kr_obj(v))->z, out);
}

bool kr_int_to_word(kr_value v, kr_int *out) {
    int64_t i;
    if (kr_int_to_i64(v, &i) && i >= INTPTR_MIN && i <= INTPTR_MAX) {
        *out = (kr_int)i;
        return true;
    }
    kr_raise_msg(&kr_type_OverflowError, "overflow converting long int to machine word");
    return false;
}

double kr_int_to_double(kr_value v) {
    kr_int i;
    if (small_value(v, &i)) return (double)i;
    return kr_mpz_to_double(&((const kr_bigint *)kr_obj(v))->z);
}

int kr_int_compare_double(kr_value a, double b) {
    if (isnan(b)) return 2;
    if (isinf(b)) return b > 0 ? -1 : 1;
    kr_int i;
    // Machine ints within 2^53 convert to double exactly.
    if (small_value(a, &i) && (int64_t)i > -KR_EXACT_DOUBLE && (int64_t)i < KR_EXACT_DOUBLE) {
        double d = (double)i;
        return d < b ? -1 : d > b ? 1 : 0;
    }
    // Compare with the integer part exactly, then let the fraction decide.
    kr_digit abuf[KR_MPZ_I64_DIGITS];
    kr_mpz az, bz;
    kr_int_as_mpz(a, &az, abuf);
    double ipart = trunc(b);
    if (!kr_mpz_from_double(&bz, ipart)) {
        // Out of memory for a comparison: fall back to rounding.
        double d = kr_int_to_double(a);
        return d < b ? -1 : d > b ? 1 : 0;
    }
    int c = kr_mpz_cmp(&az, &bz);
    if (c != 0) return c;
    double frac = b - ipart;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

static kr_value raise_div_zero(void) {
    return kr_raise_msg(&kr_type_ZeroDivisionError, "divide by zero");
}

static kr_value raise_negative_shift(void) {
    return kr_raise_msg(&kr_type_ValueError, "negative shift count");
}

//===----------------------------------------------------------------------===//
// Binary operators
//===----------------------------------------------------------------------===//

static bool is_comparison(enum kr_binary_op op) {
    return op <= KR_BINARY_NE;
}

static kr_value compare_result(enum kr_binary_op op, int c) {
    switch (op) {
    case KR_BINARY_LT:
        return kr_bool(c < 0);
    case KR_BINARY_GT:
        return kr_bool(c > 0);
    case KR_BINARY_EQ:
        return kr_bool(c == 0);
    case KR_BINARY_LE:
        return kr_bool(c <= 0);
    case KR_BINARY_GE:
        return kr_bool(c >= 0);
    case KR_BINARY_NE:
        return kr_bool(c != 0);
    default:
        return KR_NOTIMPL;
    }
}

/// A 2-tuple (q, r) for divmod(); 0 on error in either part.
static kr_value make_pair(kr_value q, kr_value r) {
    if (!q || !r) return 0;
    kr_value t = kr_tuple_new(2);
    if (!t) return 0;
    size_t n;
    kr_value *items = kr_tuple_items(t, &n);
    items[0] = q;
    items[1] = r;
    return t;
}

/// base ** exp for exp < 0: a float, as Python gives.
static kr_value power_negative(kr_value base, kr_value exp) {
    return kr_float_binary_double(KR_BINARY_POWER, kr_int_to_double(base), kr_int_to_double(exp));
}

static kr_value big_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs);

/// Both operands are machine words in the small-int range.
static kr_value small_binary_op(enum kr_binary_op op, kr_int a, kr_int b, kr_value lhs,
                                kr_value rhs) {
    kr_int r;
    switch (op) {
    case KR_BINARY_LT:
    case KR_BINARY_GT:
    case KR_BINARY_EQ:
    case KR_BINARY_LE:
    case KR_BINARY_GE:
    case KR_BINARY_NE:
        return compare_result(op, a < b ? -1 : a > b ? 1 : 0);
    case KR_BINARY_OR:
        return kr_small_int(a | b);
    case KR_BINARY_XOR:
        return kr_small_int(a ^ b);
    case KR_BINARY_AND:
        return kr_small_int(a & b);
    case KR_BINARY_ADD:
        if (__builtin_add_overflow(a, b, &r)) break;
        return kr_int_from_i64(r);
    case KR_BINARY_SUB:
        if (__builtin_sub_overflow(a, b, &r)) break;
        return kr_int_from_i64(r);
    case KR_BINARY_MUL:
        if (__builtin_mul_overflow(a, b, &r)) break;
        return kr_int_from_i64(r);
    case KR_BINARY_FLOOR_DIVIDE:
    case KR_BINARY_MODULO:
    case KR_BINARY_DIVMOD: {
        if (b == 0) return raise_div_zero();
        // Small ints are one bit short of the word, so a / b cannot overflow.
        kr_int q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
            q -= 1;
            m += b;
        }
        if (op == KR_BINARY_FLOOR_DIVIDE) return kr_int_from_i64(q);
        if (op == KR_BINARY_MODULO) return kr_small_int(m);
        return make_pair(kr_int_from_i64(q), kr_small_int(m));
    }
    case KR_BINARY_TRUE_DIVIDE:
        if (b == 0) return raise_div_zero();
        if ((int64_t)a > -KR_EXACT_DOUBLE && (int64_t)a < KR_EXACT_DOUBLE &&
            (int64_t)b > -KR_EXACT_DOUBLE && (int64_t)b < KR_EXACT_DOUBLE)
            return kr_float_new((double)a / (double)b);
        break;
    case KR_BINARY_POWER: {
        if (b < 0) return power_negative(lhs, rhs);
        // Square-and-multiply on words while nothing overflows.
        kr_int result = 1, base = a;
        kr_int e = b;
        bool overflow = false;
        while (e > 0 && !overflow) {
            if (e & 1) overflow = __builtin_mul_overflow(result, base, &result);
            e >>= 1;
            if (e > 0 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow) return kr_int_from_i64(result);
        break;
    }
    case KR_BINARY_LSHIFT:
        if (b < 0) return raise_negative_shift();
        if (b < KR_WORD_BITS - 1 && !__builtin_mul_overflow(a, (kr_int)1 << b, &r))
            return kr_int_from_i64(r);
        if (a == 0) return kr_small_int(0);
        break;
    case KR_BINARY_RSHIFT:
        if (b < 0) return raise_negative_shift();
        return kr_small_int(b >= KR_WORD_BITS ? (a < 0 ? -1 : 0) : a >> b);
    default:
        return KR_NOTIMPL;
    }
    return big_binary_op(op, lhs, rhs);
}

/// The shift count of an int operand as size_t; false when it is too big to
/// be a count at all (the caller decides what that means).
static bool shift_count(const kr_mpz *z, size_t *out) {
    int64_t i;
    if (!kr_mpz_to_i64(z, &i) || (uint64_t)i > (uint64_t)((size_t)-1 / 2)) return false;
    *out = (size_t)i;
    return true;
}

static kr_value big_power(const kr_mpz *a, const kr_mpz *b, kr_value lhs, kr_value rhs) {
    if (b->neg) return power_negative(lhs, rhs);
    int64_t e;
    kr_mpz r;
    if (!kr_mpz_to_i64(b, &e)) {
        // Only 0, 1 and -1 survive an exponent this large.
        if (a->len == 0 || (a->len == 1 && a->d[0] == 1)) {
            bool odd = b->d[0] & 1;
            return kr_small_int(a->len == 0 ? 0 : (a->neg && odd) ? -1 : 1);
        }
        return kr_raise_memory_error();
    }
    if (a->len > 1 || (a->len == 1 && a->d[0] > 1)) {
        // Refuse results of more bits than there are bytes in the address
        // space: they cannot be allocated, and trying takes a while.
        uint64_t bits = (uint64_t)kr_mpz_bit_length(a) - 1;
        if (bits && (uint64_t)e > (uint64_t)(size_t)-1 / bits) return kr_raise_memory_error();
    }
    if (!kr_mpz_pow(&r, a, (uint64_t)e)) return 0;
    return kr_int_from_mpz(&r);
}

static kr_value big_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs) {
    kr_digit abuf[KR_MPZ_I64_DIGITS], bbuf[KR_MPZ_I64_DIGITS];
    kr_mpz a, b, r, m;
    kr_int_as_mpz(lhs, &a, abuf);
    kr_int_as_mpz(rhs, &b, bbuf);
    if (is_comparison(op)) return compare_result(op, kr_mpz_cmp(&a, &b));
    bool ok;
    size_t count;
    switch (op) {
    case KR_BINARY_OR:
        ok = kr_mpz_bitwise(&r, KR_MPZ_OR, &a, &b);
        break;
    case KR_BINARY_XOR:
        ok = kr_mpz_bitwise(&r, KR_MPZ_XOR, &a, &b);
        break;
    case KR_BINARY_AND:
        ok = kr_mpz_bitwise(&r, KR_MPZ_AND, &a, &b);
        break;
    case KR_BINARY_ADD:
        ok = kr_mpz_add(&r, &a, &b);
        break;
    case KR_BINARY_SUB:
        ok = kr_mpz_sub(&r, &a, &b);
        break;
    case KR_BINARY_MUL:
        ok = kr_mpz_mul(&r, &a, &b);
        break;
    case KR_BINARY_FLOOR_DIVIDE:
    case KR_BINARY_MODULO:
    case KR_BINARY_DIVMOD:
        if (b.len == 0) return raise_div_zero();
        if (op == KR_BINARY_FLOOR_DIVIDE)
            ok = kr_mpz_divmod(&r, nullptr, &a, &b);
        else if (op == KR_BINARY_MODULO)
            ok = kr_mpz_divmod(nullptr, &r, &a, &b);
        else
            return kr_mpz_divmod(&r, &m, &a, &b)
                       ? make_pair(kr_int_from_mpz(&r), kr_int_from_mpz(&m))
                       : 0;
        break;
    case KR_BINARY_TRUE_DIVIDE: {
        if (b.len == 0) return raise_div_zero();
        double d;
        return kr_mpz_true_divide(&a, &b, &d) ? kr_float_new(d) : 0;
    }
    case KR_BINARY_POWER:
        return big_power(&a, &b, lhs, rhs);
    case KR_BINARY_LSHIFT:
        if (b.neg) return raise_negative_shift();
        if (a.len == 0) return kr_small_int(0);
        if (!shift_count(&b, &count)) return kr_raise_memory_error();
        ok = kr_mpz_shl(&r, &a, count);
        break;
    case KR_BINARY_RSHIFT:
        if (b.neg) return raise_negative_shift();
        if (!shift_count(&b, &count)) return kr_small_int(a.neg ? -1 : 0);
        ok = kr_mpz_shr(&r, &a, count);
        break;
    default:
        return KR_NOTIMPL;
    }
    return ok ? kr_int_from_mpz(&r) : 0;
}

kr_value kr_int_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs) {
    // Ints are immutable: in-place operators are the plain ones.
    if (op >= KR_BINARY_INPLACE_FIRST && op < KR_BINARY_OP_COUNT)
        op = (enum kr_binary_op)(op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST);
    if (kr_is_small_int(lhs) && kr_is_small_int(rhs))
        return small_binary_op(op, kr_small_int_value(lhs), kr_small_int_value(rhs), lhs, rhs);
    if (!kr_is_intlike(lhs)) return KR_NOTIMPL;
    if (kr_is_float(rhs)) {
        double b = ((const kr_float *)kr_obj(rhs))->value;
        if (is_comparison(op)) {
            int c = kr_int_compare_double(lhs, b);
            if (c == 2) return kr_bool(op == KR_BINARY_NE);
            return compare_result(op, c);
        }
        return kr_float_binary_double(op, kr_int_to_double(lhs), b);
    }
    if (kr_is_complex(rhs)) {
        const kr_complex *c = (const kr_complex *)kr_obj(rhs);
        return kr_complex_binary_values(op, kr_int_to_double(lhs), 0, c->real, c->imag);
    }
    if (!kr_is_intlike(rhs)) return KR_NOTIMPL;
    kr_int a, b;
    if (small_value(lhs, &a) && small_value(rhs, &b)) {
        // bool & bool, bool | bool and bool ^ bool stay bools.
        if (!kr_is_small_int(lhs) && !kr_is_small_int(rhs) &&
            (op == KR_BINARY_AND || op == KR_BINARY_OR || op == KR_BINARY_XOR))
            return kr_bool(op == KR_BINARY_AND ? (a & b) : op == KR_BINARY_OR ? (a | b) : (a ^ b));
        return small_binary_op(op, a, b, lhs, rhs);
    }
    return big_binary_op(op, lhs, rhs);
}

kr_value kr_int_pow3(kr_value base, kr_value exp, kr_value mod) {
    if (!kr_is_intlike(base) || !kr_is_intlike(exp) || !kr_is_intlike(mod))
        return kr_raise_msg(&kr_type_TypeError, "pow() with 3 arguments requires integers");
    kr_digit abuf[KR_MPZ_I64_DIGITS], ebuf[KR_MPZ_I64_DIGITS], mbuf[KR_MPZ_I64_DIGITS];
    kr_mpz a, e, m, r;
    kr_int_as_mpz(base, &a, abuf);
    kr_int_as_mpz(exp, &e, ebuf);
    kr_int_as_mpz(mod, &m, mbuf);
    if (e.neg) return kr_raise_msg(&kr_type_ValueError, "pow() 2nd argument cannot be negative");
    if (m.len == 0) return kr_raise_msg(&kr_type_ValueError, "pow() 3rd argument cannot be 0");
    if (!kr_mpz_pow_mod(&r, &a, &e, &m)) return 0;
    return kr_int_from_mpz(&r);
}

//===----------------------------------------------------------------------===//
// Unary operators
//===----------------------------------------------------------------------===//

kr_value kr_int_unary_op(enum kr_unary_op op, kr_value v) {
    if (!kr_is_intlike(v)) return KR_NOTIMPL;
    kr_int i;
    if (small_value(v, &i)) {
        switch (op) {
        case KR_UNARY_POS:
            return kr_small_int(i);
        case KR_UNARY_NEG:
            return kr_int_from_i64(-(int64_t)i);
        case KR_UNARY_ABS:
            return kr_int_from_i64(i < 0 ? -(int64_t)i : i);
        case KR_UNARY_INVERT:
            return kr_small_int(~i);
        case KR_UNARY_BOOL:
            return kr_bool(i != 0);
        case KR_UNARY_HASH:
            return kr_small_int(i);
        default:
            return KR_NOTIMPL;
        }
    }
    const kr_mpz *z = &((const kr_bigint *)kr_obj(v))->z;
    kr_mpz r;
    switch (op) {
    case KR_UNARY_POS:
        return v;
    case KR_UNARY_NEG:
        kr_mpz_neg(&r, z);
        return kr_int_from_mpz(&r);
    case KR_UNARY_ABS:
        if (!z->neg) return v;
        kr_mpz_neg(&r, z);
        return kr_int_from_mpz(&r);
    case KR_UNARY_INVERT: {
        // ~x == -x - 1
        static const kr_digit one = 1;
        const kr_mpz unit = {&one, 1, false};
        kr_mpz n;
        kr_mpz_neg(&n, z);
        return kr_mpz_sub(&r, &n, &unit) ? kr_int_from_mpz(&r) : 0;
    }
    case KR_UNARY_BOOL:
        return kr_bool(true);
    case KR_UNARY_HASH:
        return kr_small_int((kr_int)kr_mpz_hash(z, KR_INT_HASH_BITS));
    default:
        return KR_NOTIMPL;
    }
}
