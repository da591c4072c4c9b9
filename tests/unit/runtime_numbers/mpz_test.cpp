//===- mpz_test.cpp - arbitrary-precision arithmetic on digit arrays ------===//
#include "numbers_test.h"

#include "mpz.h"

#include <gtest/gtest.h>

#include <math.h>
#include <string.h>

namespace {

/// Digit patterns that stress carries and quotient estimates, whatever the
/// digit width.
const kr_digit kAllOnes = (kr_digit)-1;
const kr_digit kTopBit = (kr_digit)1 << (KR_DIGIT_BITS - 1);

std::string text(const kr_mpz &z, unsigned base = 10) {
    size_t len;
    char *s = kr_mpz_to_chars(&z, base, &len);
    EXPECT_NE(s, nullptr);
    EXPECT_EQ(strlen(s), len);
    return (z.neg ? "-" : "") + std::string(s, len);
}

kr_mpz from_text(const char *s, unsigned base = 10) {
    bool neg = *s == '-';
    if (neg) s++;
    kr_mpz z;
    EXPECT_TRUE(kr_mpz_from_digits(&z, s, strlen(s), base));
    z.neg = neg && z.len != 0;
    return z;
}

kr_mpz from_i64(int64_t v) {
    kr_mpz z;
    EXPECT_TRUE(kr_mpz_from_i64(&z, v));
    return z;
}

double to_double(const char *s) {
    kr_mpz z = from_text(s);
    return kr_mpz_to_double(&z);
}

int64_t hash_of(const char *s, unsigned bits) {
    kr_mpz z = from_text(s);
    return kr_mpz_hash(&z, bits);
}

kr_mpz factorial(unsigned n) {
    kr_mpz acc = from_i64(1);
    for (unsigned i = 2; i <= n; i++) {
        kr_mpz k = from_i64(i), r;
        EXPECT_TRUE(kr_mpz_mul(&r, &acc, &k));
        acc = r;
    }
    return acc;
}

const char *const kFactorial200 =
    "788657867364790503552363213932185062295135977687173263294742533244359449963403342920304284"
    "011984623904177212138919638830257642790242637105061926624952829931113462857270763317237396"
    "988943922445621451664240254033291864131227428294853277524242407573903240321257405579568660"
    "226031904170324062351700858796178922222789623703897374720000000000000000000000000000000000"
    "000000000000000";

const char *const kTwoPow1000 =
    "107150860718626732094842504906000181056140481170553360744375038837035105112493612249319837"
    "881569585812759467291755314682518714528569231404359845775746985748039345677748242309854210"
    "746050623711418779541821530464749835819412673987675591655439460770629145711964776865421676"
    "60429831652624386837205668069376";

TEST(Mpz, Factorial200) {
    EXPECT_EQ(text(factorial(200)), kFactorial200);
}

TEST(Mpz, Factorial1000Decimal) {
    std::string s = text(factorial(1000));
    EXPECT_EQ(s.size(), 2568u);
    EXPECT_EQ(s.substr(0, 40), "4023872600770937735437024339230039857193");
    int sum = 0;
    for (char c : s)
        sum += c - '0';
    EXPECT_EQ(sum, 10539);
}

TEST(Mpz, PowerOfTwo) {
    kr_mpz two = from_i64(2), r;
    ASSERT_TRUE(kr_mpz_pow(&r, &two, 1000));
    EXPECT_EQ(text(r), kTwoPow1000);
    EXPECT_EQ(kr_mpz_bit_length(&r), 1001u);
    kr_mpz m3 = from_i64(-3);
    ASSERT_TRUE(kr_mpz_pow(&r, &m3, 3));
    EXPECT_EQ(text(r), "-27");
    ASSERT_TRUE(kr_mpz_pow(&r, &m3, 0));
    EXPECT_EQ(text(r), "1");
}

TEST(Mpz, DecimalRoundTrip) {
    EXPECT_EQ(text(from_text(kFactorial200)), kFactorial200);
    EXPECT_EQ(text(from_text("0")), "0");
    EXPECT_EQ(text(from_text("000000000000000000000000012")), "12");
    EXPECT_EQ(text(from_text("-1000000000")), "-1000000000");
    EXPECT_EQ(text(from_text("999999999999999999")), "999999999999999999");
    EXPECT_EQ(text(from_text("1000000000000000000")), "1000000000000000000");
}

TEST(Mpz, OtherBases) {
    kr_mpz three = from_i64(3), r;
    ASSERT_TRUE(kr_mpz_pow(&r, &three, 200));
    EXPECT_EQ(text(r, 16),
              "1fd5863c3eb0469ec21a937a76f3432ffd73d97e447606b683ecf6f6e4a7ae225bfaff1eaaf8b0a1");
    kr_mpz seven = from_i64(7);
    ASSERT_TRUE(kr_mpz_pow(&r, &seven, 50));
    EXPECT_EQ(text(r, 8), "51224665577236273426207621127114424373547350261");
    EXPECT_EQ(text(from_text("1fd5863c3eb0469ec21a937a76f3432ffd73d97e447606b683ecf6f6e4a7ae225bf"
                             "aff1eaaf8b0a1",
                             16),
                   10),
              "265613988875874769338781322035779626829233452653394495974574961739092490901302182994"
              "384699044001");
    EXPECT_EQ(text(from_text("10000000000000000000000000000000000000000000000000000000000000000000"
                             "101",
                             2),
                   2),
              "10000000000000000000000000000000000000000000000000000000000000000000101");
    EXPECT_EQ(text(from_text("zz", 36)), "1295");
}

struct DivCase {
    const char *a, *b, *q, *r;
};

TEST(Mpz, FloorDivmodSigns) {
    const DivCase cases[] = {
        {"7", "2", "3", "1"},
        {"-7", "2", "-4", "1"},
        {"7", "-2", "-4", "-1"},
        {"-7", "-2", "3", "-1"},
        {"-6", "2", "-3", "0"},
        {"6", "-2", "-3", "0"},
        {"0", "-5", "0", "0"},
        {"100000000000000000000000000000000000000000000000000", "7",
         "14285714285714285714285714285714285714285714285714", "2"},
        {"-100000000000000000000000000000000000000000000000000", "7",
         "-14285714285714285714285714285714285714285714285715", "5"},
        {"100000000000000000000000000000000000000000000000000", "-100000000000000000000001",
         "-999999999999999999999990001", "-99999999999999999990001"},
        {"-18446744073709551616", "18446744073709551616", "-1", "0"},
        {"-18446744073709551615", "18446744073709551616", "-1", "1"},
        {"3", "-18446744073709551616", "-1", "-18446744073709551613"},
    };
    for (const DivCase &c : cases) {
        kr_mpz a = from_text(c.a), b = from_text(c.b), q, r;
        ASSERT_TRUE(kr_mpz_divmod(&q, &r, &a, &b));
        EXPECT_EQ(text(q), c.q) << c.a << " // " << c.b;
        EXPECT_EQ(text(r), c.r) << c.a << " % " << c.b;
    }
}

/// xorshift64: deterministic digits, biased toward the patterns that make
/// algorithm D's quotient estimate need correction (all ones, top bit only).
struct Rng {
    uint64_t s = 0x9e3779b97f4a7c15u;
    uint64_t next() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    kr_mpz number(size_t max_digits) {
        size_t n = 1 + next() % max_digits;
        kr_digit *d = kr_mpz_alloc_digits(n);
        for (size_t i = 0; i < n; i++) {
            uint64_t pick = next() % 8;
            d[i] = pick == 0 ? kAllOnes : pick == 1 ? kTopBit : pick == 2 ? 0 : (kr_digit)next();
        }
        if (d[n - 1] == 0) d[n - 1] = 1;
        return {d, n, (next() & 1) != 0};
    }
};

TEST(Mpz, DivmodIdentityRandom) {
    Rng rng;
    for (int iter = 0; iter < 3000; iter++) {
        kr_mpz a = rng.number(12), b = rng.number(iter % 3 == 0 ? 2 : 8), q, r, qb, back;
        ASSERT_TRUE(kr_mpz_divmod(&q, &r, &a, &b));
        // a == q * b + r, with r between 0 and b (exclusive), on b's side.
        ASSERT_TRUE(kr_mpz_mul(&qb, &q, &b));
        ASSERT_TRUE(kr_mpz_add(&back, &qb, &r));
        ASSERT_EQ(kr_mpz_cmp(&back, &a), 0) << text(a) << " divmod " << text(b);
        if (r.len != 0) {
            ASSERT_EQ(r.neg, b.neg);
            kr_mpz rabs = {r.d, r.len, false}, babs = {b.d, b.len, false};
            ASSERT_LT(kr_mpz_cmp(&rabs, &babs), 0);
        }
    }
}

TEST(Mpz, MulAddSubRandom) {
    Rng rng;
    for (int iter = 0; iter < 1000; iter++) {
        kr_mpz a = rng.number(10), b = rng.number(10), s, d, p, q, r;
        ASSERT_TRUE(kr_mpz_add(&s, &a, &b));
        ASSERT_TRUE(kr_mpz_sub(&d, &s, &b));
        ASSERT_EQ(kr_mpz_cmp(&d, &a), 0);
        ASSERT_TRUE(kr_mpz_mul(&p, &a, &b));
        ASSERT_TRUE(kr_mpz_divmod(&q, &r, &p, &b));
        ASSERT_EQ(kr_mpz_cmp(&q, &a), 0);
        ASSERT_EQ(r.len, 0u);
    }
}

TEST(Mpz, ShiftsOnNegatives) {
    struct {
        const char *a;
        size_t bits;
        const char *shr;
    } cases[] = {
        {"-1", 100, "-1"},
        {"-5", 1, "-3"},
        {"-4", 1, "-2"},
        {"-18446744073709551616", 64, "-1"},
        {"-18446744073709551617", 64, "-2"},
        {"-18446744073709551616", 65, "-1"},
        {"18446744073709551617", 64, "1"},
        {"-340282366920938463463374607431768211456", 33, "-39614081257132168796771975168"},
        {"-340282366920938463463374607431768211457", 33, "-39614081257132168796771975169"},
    };
    for (const auto &c : cases) {
        kr_mpz a = from_text(c.a), r;
        ASSERT_TRUE(kr_mpz_shr(&r, &a, c.bits));
        EXPECT_EQ(text(r), c.shr) << c.a << " >> " << c.bits;
    }
    kr_mpz m3 = from_text("-3"), r;
    ASSERT_TRUE(kr_mpz_shl(&r, &m3, 100));
    EXPECT_EQ(text(r), "-3802951800684688204490109616128");
}

TEST(Mpz, BitwiseOnNegatives) {
    struct {
        const char *a, *b;
        kr_mpz_bitop op;
        const char *r;
    } cases[] = {
        {"-1", "12345678901234567890", KR_MPZ_AND, "12345678901234567890"},
        {"-18446744073709551616", "1", KR_MPZ_OR, "-18446744073709551615"},
        {"-18446744073709551616", "-1", KR_MPZ_XOR, "18446744073709551615"},
        {"-5", "3", KR_MPZ_AND, "3"},
        {"-5", "-3", KR_MPZ_AND, "-7"},
        {"-5", "3", KR_MPZ_OR, "-5"},
        {"-5", "3", KR_MPZ_XOR, "-8"},
        {"-4294967296", "4294967295", KR_MPZ_AND, "0"},
        {"-4294967297", "-4294967296", KR_MPZ_OR, "-1"},
        {"-340282366920938463463374607431768211456", "340282366920938463463374607431768211455",
         KR_MPZ_XOR, "-1"},
    };
    for (const auto &c : cases) {
        kr_mpz a = from_text(c.a), b = from_text(c.b), r;
        ASSERT_TRUE(kr_mpz_bitwise(&r, c.op, &a, &b));
        EXPECT_EQ(text(r), c.r) << c.a << " op" << c.op << " " << c.b;
    }
}

TEST(Mpz, ToDoubleRoundsHalfEven) {
    EXPECT_EQ(to_double("9007199254740993"), 9007199254740992.0);
    EXPECT_EQ(to_double("9007199254740995"), 9007199254740996.0);
    // 2^80 + 2^27 is a tie (to even: 2^80); one more unit tips it up.
    kr_mpz tie = from_text("1208925819614629308923904");
    kr_mpz above = from_text("1208925819614629308923905");
    EXPECT_EQ(kr_mpz_to_double(&tie), ldexp(1.0, 80));
    EXPECT_EQ(kr_mpz_to_double(&above), ldexp(1.0, 80) + ldexp(1.0, 28));
    kr_mpz two = from_i64(2), big, nbig;
    ASSERT_TRUE(kr_mpz_pow(&big, &two, 1024));
    EXPECT_TRUE(isinf(kr_mpz_to_double(&big)));
    ASSERT_TRUE(kr_mpz_pow(&big, &two, 1023));
    EXPECT_EQ(kr_mpz_to_double(&big), ldexp(1.0, 1023));
    kr_mpz_neg(&nbig, &big);
    EXPECT_EQ(kr_mpz_to_double(&nbig), -ldexp(1.0, 1023));
}

TEST(Mpz, TrueDivide) {
    kr_mpz a = from_text("1000000000000000000000000000000");
    kr_mpz b = from_text("3000000000000000000000000000000");
    double d;
    ASSERT_TRUE(kr_mpz_true_divide(&a, &b, &d));
    EXPECT_EQ(d, 1.0 / 3.0);
    kr_mpz c = from_text("-7");
    ASSERT_TRUE(kr_mpz_true_divide(&c, &b, &d));
    EXPECT_EQ(d, -7.0 / 3e30);
    kr_mpz f = factorial(200), g = factorial(198);
    ASSERT_TRUE(kr_mpz_true_divide(&f, &g, &d));
    EXPECT_EQ(d, 39800.0);
}

TEST(Mpz, FromDouble) {
    kr_mpz z;
    ASSERT_TRUE(kr_mpz_from_double(&z, 1e20));
    EXPECT_EQ(text(z), "100000000000000000000");
    ASSERT_TRUE(kr_mpz_from_double(&z, -2.75));
    EXPECT_EQ(text(z), "-2");
    ASSERT_TRUE(kr_mpz_from_double(&z, 0.5));
    EXPECT_EQ(text(z), "0");
    ASSERT_TRUE(kr_mpz_from_double(&z, ldexp(1.0, 200)));
    EXPECT_EQ(text(z), "1606938044258990275541962092341162602522202993782792835301376");
}

TEST(Mpz, HashIsValueBelowModulus) {
    EXPECT_EQ(hash_of("123456789", 61), 123456789);
    EXPECT_EQ(hash_of("-123456789", 29), -123456789);
    // 2^61 - 1 reduces to 0, 2^61 to 1.
    EXPECT_EQ(hash_of("2305843009213693951", 61), 0);
    EXPECT_EQ(hash_of("2305843009213693952", 61), 1);
    EXPECT_EQ(hash_of("536870912", 29), 1);
    EXPECT_EQ(hash_of("1073741825", 29), 3);
}

TEST(Mpz, PowMod) {
    kr_mpz b = from_i64(4), e = from_text("13"), m = from_i64(497), r;
    ASSERT_TRUE(kr_mpz_pow_mod(&r, &b, &e, &m));
    EXPECT_EQ(text(r), "445");
    kr_mpz big_e = from_text("100000000000000000000000000000");
    kr_mpz p = from_text("1000000007");
    kr_mpz three = from_i64(3);
    ASSERT_TRUE(kr_mpz_pow_mod(&r, &three, &big_e, &p));
    EXPECT_EQ(text(r), "270676942");
    kr_mpz neg_m = from_i64(-7);
    ASSERT_TRUE(kr_mpz_pow_mod(&r, &three, &e, &neg_m));
    EXPECT_EQ(text(r), "-4");
}

} // namespace

namespace {

TEST(Mpz, KaratsubaMatchesDivision) {
    // Operands from below to well above the Karatsuba threshold, balanced
    // and unbalanced: the product divided by one factor gives the other.
    Rng rng;
    const size_t sizes[] = {39, 40, 41, 64, 81, 128, 200, 333, 700};
    for (size_t as : sizes) {
        for (size_t bs : sizes) {
            if (bs > as) continue;
            kr_digit *ad = kr_mpz_alloc_digits(as), *bd = kr_mpz_alloc_digits(bs);
            for (size_t i = 0; i < as; i++)
                ad[i] = (kr_digit)rng.next() | (i + 1 == as);
            for (size_t i = 0; i < bs; i++)
                bd[i] = i % 7 == 0 ? kAllOnes : (kr_digit)rng.next() | (i + 1 == bs);
            kr_mpz a = {ad, as, false}, b = {bd, bs, true}, p, q, r;
            ASSERT_TRUE(kr_mpz_mul(&p, &a, &b));
            ASSERT_TRUE(kr_mpz_divmod(&q, &r, &p, &b));
            ASSERT_EQ(kr_mpz_cmp(&q, &a), 0) << as << "x" << bs;
            ASSERT_EQ(r.len, 0u);
            ASSERT_TRUE(kr_mpz_divmod(&q, &r, &p, &a));
            ASSERT_EQ(kr_mpz_cmp(&q, &b), 0) << as << "x" << bs;
        }
    }
    // All-ones operands maximise every carry.
    kr_digit *ones = kr_mpz_alloc_digits(300);
    for (size_t i = 0; i < 300; i++)
        ones[i] = kAllOnes;
    kr_mpz x = {ones, 300, false}, sq, one, xp1, check;
    ASSERT_TRUE(kr_mpz_mul(&sq, &x, &x));
    // (B^300 - 1)^2 = B^600 - 2 B^300 + 1, and (x + 1)^2 - 2x - 1 == x^2.
    one = from_i64(1);
    ASSERT_TRUE(kr_mpz_add(&xp1, &x, &one));
    ASSERT_TRUE(kr_mpz_mul(&check, &xp1, &xp1));
    kr_mpz two_x, t;
    ASSERT_TRUE(kr_mpz_add(&two_x, &x, &x));
    ASSERT_TRUE(kr_mpz_sub(&t, &check, &two_x));
    ASSERT_TRUE(kr_mpz_sub(&check, &t, &one));
    EXPECT_EQ(kr_mpz_cmp(&check, &sq), 0);
}

TEST(Mpz, BigPowerDecimal) {
    // 3**20000 has 9543 digits; spot-check both ends against CPython.
    kr_mpz three = from_i64(3), r;
    ASSERT_TRUE(kr_mpz_pow(&r, &three, 20000));
    std::string s = text(r);
    EXPECT_EQ(s.size(), 9543u);
    EXPECT_EQ(s.substr(0, 20), "26613034272174197919");
    EXPECT_EQ(s.substr(s.size() - 20), "08807535253104400001");
}

} // namespace

namespace {

TEST(Mpz, ResultMayBeAnOperand) {
    kr_mpz a = from_text("-100000000000000000000000000007"), b = from_text("3");
    ASSERT_TRUE(kr_mpz_divmod(&b, nullptr, &a, &b)); // q into b's own struct
    EXPECT_EQ(text(b), "-33333333333333333333333333336");
    kr_mpz c = from_text("-100000000000000000000000000007"), d = from_text("3");
    ASSERT_TRUE(kr_mpz_divmod(nullptr, &c, &c, &d));
    EXPECT_EQ(text(c), "1");
    kr_mpz e = from_text("12345678901234567890");
    ASSERT_TRUE(kr_mpz_mul(&e, &e, &e));
    EXPECT_EQ(text(e), "152415787532388367501905199875019052100");
    ASSERT_TRUE(kr_mpz_sub(&e, &e, &e));
    EXPECT_EQ(text(e), "0");
}

} // namespace

namespace {

TEST(Mpz, LongDivisionScratchReuse) {
    // Operands longer than any stack scratch: division takes heap scratch
    // and later divisions reuse it; modulo alone also needs the quotient as
    // scratch (two at once). Every result is checked by the identity.
    Rng rng;
    for (size_t n : {1500u, 3000u, 1700u, 40u, 2600u}) {
        kr_digit *ad = kr_mpz_alloc_digits(2 * n), *bd = kr_mpz_alloc_digits(n);
        for (size_t i = 0; i < 2 * n; i++)
            ad[i] = (kr_digit)rng.next() | (i + 1 == 2 * n);
        for (size_t i = 0; i < n; i++)
            bd[i] = i % 5 == 0 ? kAllOnes : (kr_digit)rng.next() | (i + 1 == n);
        kr_mpz a = {ad, 2 * n, true}, b = {bd, n, false}, q, r, m, qb, back;
        ASSERT_TRUE(kr_mpz_divmod(&q, &r, &a, &b));
        ASSERT_TRUE(kr_mpz_divmod(nullptr, &m, &a, &b));
        EXPECT_EQ(kr_mpz_cmp(&m, &r), 0) << n;
        ASSERT_TRUE(kr_mpz_mul(&qb, &q, &b));
        ASSERT_TRUE(kr_mpz_add(&back, &qb, &r));
        EXPECT_EQ(kr_mpz_cmp(&back, &a), 0) << n;
        EXPECT_FALSE(r.neg);
    }
}

TEST(Mpz, PowModMatchesPowThenMod) {
    // A modulus long enough for Karatsuba products and heap scratch.
    kr_mpz three = from_i64(3), seven = from_i64(7), m, e = from_i64(300), r, p, expect;
    ASSERT_TRUE(kr_mpz_pow(&m, &seven, 2000));
    ASSERT_TRUE(kr_mpz_sub(&m, &m, &three));
    ASSERT_TRUE(kr_mpz_pow_mod(&r, &three, &e, &m));
    ASSERT_TRUE(kr_mpz_pow(&p, &three, 300));
    ASSERT_TRUE(kr_mpz_divmod(nullptr, &expect, &p, &m));
    EXPECT_EQ(kr_mpz_cmp(&r, &expect), 0);
    kr_mpz big_e;
    ASSERT_TRUE(kr_mpz_pow(&big_e, &seven, 30));
    kr_mpz neg_m = m;
    neg_m.neg = true;
    ASSERT_TRUE(kr_mpz_pow_mod(&r, &three, &big_e, &neg_m));
    EXPECT_TRUE(r.neg || r.len == 0);
    kr_mpz rabs = {r.d, r.len, false};
    EXPECT_LT(kr_mpz_cmp(&rabs, &m), 0);
}

TEST(Mpz, FloorAdjustCarriesThroughAllDigits) {
    // -(B^4 - 1) * 3 - 1 divided by 3: truncation gives B^4 - 1 (all ones),
    // floor gives -B^4, remainder 2.
    kr_mpz three = from_i64(3), one = from_i64(1), x, a, q, r;
    kr_digit *d = kr_mpz_alloc_digits(4);
    for (int i = 0; i < 4; i++)
        d[i] = kAllOnes;
    x = {d, 4, false};
    ASSERT_TRUE(kr_mpz_mul(&a, &x, &three));
    ASSERT_TRUE(kr_mpz_add(&a, &a, &one));
    a.neg = true;
    ASSERT_TRUE(kr_mpz_divmod(&q, &r, &a, &three));
    ASSERT_EQ(q.len, 5u);
    EXPECT_TRUE(q.neg);
    EXPECT_EQ(q.d[4], 1u);
    EXPECT_EQ(text(r), "2");
}

} // namespace

// Floor division asked for the quotient alone may settle a one-digit
// quotient from the top digits (mpz_div.cpp, quotient_from_top): it must
// agree with the full division for remainders of every size, divisors whose
// digits are all ones or a lone top bit, and dividends one digit longer.
TEST(Mpz, QuotientOnlyMatchesDivmod) {
    Rng rng;
    for (int iter = 0; iter < 6000; iter++) {
        kr_mpz b = rng.number(7);
        if (b.len < 3) continue;
        kr_digit qd = iter % 4 == 0   ? kAllOnes
                      : iter % 4 == 1 ? (kr_digit)(rng.next() % 16)
                                      : (kr_digit)rng.next();
        kr_mpz small = {&qd, qd ? 1u : 0u, false}, bq, a, q1, q2, r2;
        ASSERT_TRUE(kr_mpz_mul(&bq, &b, &small));
        // A remainder of 0, 1, b - 1 or something below b.
        kr_mpz r = rng.number(b.len), babs = {b.d, b.len, false};
        r.neg = false;
        int pick = iter % 5;
        static const kr_digit one = 1;
        kr_mpz unit = {&one, 1, false};
        if (pick == 0) r = {nullptr, 0, false};
        if (pick == 1) r = unit;
        if (pick == 2) ASSERT_TRUE(kr_mpz_sub(&r, &babs, &unit));
        if (kr_mpz_cmp(&r, &babs) >= 0) continue;
        bq.neg = false;
        ASSERT_TRUE(kr_mpz_add(&a, &bq, &r));
        a.neg = (iter / 5) % 2 == 1;
        ASSERT_TRUE(kr_mpz_divmod(&q1, nullptr, &a, &b));
        ASSERT_TRUE(kr_mpz_divmod(&q2, &r2, &a, &b));
        ASSERT_EQ(kr_mpz_cmp(&q1, &q2), 0) << text(a) << " // " << text(b);
    }
}
