//===- runtime/modrandom.cpp - the random module --------------------------===//
//
// MicroPython's random module: seed, getrandbits, randrange, randint,
// choice, random and uniform, with MicroPython's errors (a bare ValueError
// for an empty range, a bare IndexError for an empty sequence).
//
// The generator is xorshift64* (Marsaglia's xorshift with a multiplicative
// output scramble, after Vigna): one 64-bit word of state, never zero, so it
// costs nothing to keep on a microcontroller. Seeds go through a splitmix64
// finaliser so that nearby seeds give unrelated sequences. Without seed()
// the state comes from the platform clock, on first use.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "function.h"
#include "int.h"
#include "module.h"
#include "platform/platform.h"

namespace {

/// The generator state; 0 means "not seeded yet".
uint64_t state;

/// splitmix64's output function: a bijection that spreads every input bit.
uint64_t mix(uint64_t z) {
    z += 0x9e3779b97f4a7c15u;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

void seed_with(uint64_t seed) {
    state = mix(seed);
    if (state == 0) state = 0x2545f4914f6cdd1du; // the one fixed point of xorshift
}

uint64_t next64() {
    if (state == 0) seed_with(kr_platform_time_ns() ^ (kr_platform_ticks_us() << 20));
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1du;
}

/// A uniform value in [0, n) for n > 0, by rejection so there is no bias.
uint64_t below(uint64_t n) {
    // The largest multiple of n that fits in 2^64, minus one.
    uint64_t limit = UINT64_MAX - (UINT64_MAX % n + 1) % n;
    for (;;) {
        uint64_t r = next64();
        if (r <= limit) return r % n;
    }
}

/// A machine-word int argument (OverflowError beyond the word, as
/// MicroPython's mp_obj_get_int).
bool word_arg(kr_value v, kr_int *out) {
    if (!kr_is_intlike(v)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
        return false;
    }
    return kr_int_to_word(v, out);
}

kr_value bare_value_error() {
    return kr_raise_type(&kr_type_ValueError);
}

/// start + step * k for k uniform in [0, n): n > 0 and the result lies in
/// the range the caller checked, so it fits a word.
kr_value pick(kr_int start, kr_int step, uint64_t n) {
    uint64_t k = below(n);
    return kr_int_from_i64((int64_t)((uint64_t)start + (uint64_t)step * k));
}

kr_value random_seed(size_t nargs, const kr_value *args, kr_value) {
    if (nargs == 0 || args[0] == kr_val(&kr_None)) {
        seed_with(kr_platform_time_ns() ^ (kr_platform_ticks_us() << 20));
        return kr_val(&kr_None);
    }
    int64_t s;
    if (kr_int_to_i64(args[0], &s)) {
        seed_with((uint64_t)s);
    } else if (kr_is_intlike(args[0])) {
        // A big seed: its hash keeps every digit's influence.
        kr_int h;
        if (!kr_hash(args[0], &h)) return 0;
        seed_with((uint64_t)h);
    } else {
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(args[0]));
    }
    return kr_val(&kr_None);
}

kr_value random_getrandbits(size_t, const kr_value *args, kr_value) {
    kr_int n;
    if (!word_arg(args[0], &n)) return 0;
    if (n < 0 || n > 32) return kr_raise_msg(&kr_type_ValueError, "bits must be 32 or less");
    if (n == 0) return kr_small_int(0);
    return kr_int_from_i64((int64_t)(next64() >> (64 - n)));
}

/// randrange(stop), randrange(start, stop[, step]).
kr_value random_randrange(size_t nargs, const kr_value *args, kr_value) {
    kr_int start, stop, step = 1;
    if (!word_arg(args[0], &start)) return 0;
    if (nargs == 1) {
        if (start <= 0) return bare_value_error();
        return pick(0, 1, (uint64_t)start);
    }
    if (!word_arg(args[1], &stop)) return 0;
    if (nargs == 3 && !word_arg(args[2], &step)) return 0;
    if (step == 0) return bare_value_error();
    // The count of values, in unsigned arithmetic: the span may exceed a word.
    uint64_t n;
    if (step > 0) {
        if (start >= stop) return bare_value_error();
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    } else {
        if (start <= stop) return bare_value_error();
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return pick(start, step, n);
}

kr_value random_randint(size_t, const kr_value *args, kr_value) {
    kr_int a, b;
    if (!word_arg(args[0], &a) || !word_arg(args[1], &b)) return 0;
    if (a > b) return bare_value_error();
    uint64_t span = (uint64_t)b - (uint64_t)a;
    // The full 64-bit span has no count that fits: take a raw word.
    if (span == UINT64_MAX) return kr_int_from_i64((int64_t)next64());
    return pick(a, 1, span + 1);
}

kr_value random_choice(size_t, const kr_value *args, kr_value) {
    kr_value len = kr_unary_op(KR_UNARY_LEN, args[0]);
    if (!len) return 0;
    kr_int n;
    if (!kr_int_to_word(len, &n)) return 0;
    if (n <= 0) return kr_raise_type(&kr_type_IndexError);
    return kr_getitem(args[0], kr_int_from_i64((int64_t)below((uint64_t)n)));
}

/// A float in [0.0, 1.0) with 53 random bits.
double unit() {
    return (double)(next64() >> 11) * (1.0 / 9007199254740992.0);
}

kr_value random_random(size_t, const kr_value *, kr_value) {
    return kr_float_new(unit());
}

kr_value random_uniform(size_t, const kr_value *args, kr_value) {
    double a, b;
    if (!kr_number_to_double(args[0], &a))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(args[0]));
    if (!kr_number_to_double(args[1], &b))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(args[1]));
    return kr_float_new(a + (b - a) * unit());
}

KR_BUILTIN(seed_obj, "seed", random_seed, 0, 1);
KR_BUILTIN(getrandbits_obj, "getrandbits", random_getrandbits, 1, 1);
KR_BUILTIN(randrange_obj, "randrange", random_randrange, 1, 3);
KR_BUILTIN(randint_obj, "randint", random_randint, 2, 2);
KR_BUILTIN(choice_obj, "choice", random_choice, 1, 1);
KR_BUILTIN(random_obj, "random", random_random, 0, 0);
KR_BUILTIN(uniform_obj, "uniform", random_uniform, 2, 2);

const kr_attr_entry random_attrs[] = {
    KR_ATTR("seed", seed_obj),           KR_ATTR("getrandbits", getrandbits_obj),
    KR_ATTR("randrange", randrange_obj), KR_ATTR("randint", randint_obj),
    KR_ATTR("choice", choice_obj),       KR_ATTR("random", random_obj),
    KR_ATTR("uniform", uniform_obj),     {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_random = {"random", random_attrs, nullptr};
