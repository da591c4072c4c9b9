//===- driver/BindgenMacros.cpp - integer #defines for krait bindgen ------===//
//
// A macro's value is computed the way a C compiler would compute it where
// the macro is used: its body is expanded (object-like macros only, with C's
// rule that a macro does not expand inside itself), then parsed as a C
// constant expression and evaluated with the target's integer types: the
// usual arithmetic conversions, unsigned wrap-around, and two's complement
// for signed overflow and shifts (what GCC and Clang do).
//
//===----------------------------------------------------------------------===//

#include "driver/BindgenMacros.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/Lex/MacroInfo.h>
#include <clang/Lex/Preprocessor.h>
#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/StringMap.h>

#include <cctype>
#include <cstdint>
#include <optional>

namespace krait {

void MacroRecorder::MacroDefined(const clang::Token &name, const clang::MacroDirective *md) {
    const clang::MacroInfo *mi = md->getMacroInfo();
    if (mi && mi->isObjectLike() && pp.getSourceManager().isWrittenInMainFile(name.getLocation()))
        defs.emplace_back(name, mi);
}

namespace {

/// A C integer type: width, signedness and conversion rank (0: below int,
/// 1: int, 2: long, 3: long long).
struct CType {
    unsigned width = 32;
    bool isSigned = true;
    int rank = 1;
    bool isBool = false;
};

uint64_t maskOf(unsigned width) {
    return width >= 64 ? ~0ull : (1ull << width) - 1;
}

/// A value of a C integer type: its bits, masked to the type's width.
struct CValue {
    uint64_t bits = 0;
    CType type;

    static CValue of(uint64_t bits, CType type) { return {bits & maskOf(type.width), type}; }
    /// The mathematical value of a signed type (sign-extended bits).
    int64_t signedValue() const {
        uint64_t sign = 1ull << (type.width - 1);
        return (int64_t)(type.width < 64 && (bits & sign) ? bits | ~maskOf(type.width) : bits);
    }
    bool isNegative() const { return type.isSigned && signedValue() < 0; }
    bool isZero() const { return bits == 0; }
    /// C's conversion to `to`: the value modulo 2^width.
    CValue convert(CType to) const {
        if (to.isBool) return of(isZero() ? 0 : 1, to);
        return of(type.isSigned ? (uint64_t)signedValue() : bits, to);
    }
};

/// The target's integer types, and the header's typedefs and enumerators,
/// which constant expressions may name.
class TypeTable {
  public:
    explicit TypeTable(clang::ASTContext &ctx) : ctx(ctx) {
        intType = *typeOf(ctx.IntTy);
        for (clang::Decl *d : ctx.getTranslationUnitDecl()->decls())
            scan(d);
    }

    clang::ASTContext &ctx;
    CType intType;

    /// The CType of an integer QualType; nullopt for others (and for
    /// integers wider than 64 bits).
    std::optional<CType> typeOf(clang::QualType type) const {
        type = type.getCanonicalType();
        if (const auto *et = type->getAs<clang::EnumType>()) {
            if (et->getDecl()->getIntegerType().isNull()) return std::nullopt; // incomplete
            type = et->getDecl()->getIntegerType().getCanonicalType();
        }
        const auto *bt = type->getAs<clang::BuiltinType>();
        if (!bt || !bt->isInteger() || ctx.getTypeSize(type) > 64) return std::nullopt;
        CType t;
        t.width = (unsigned)ctx.getTypeSize(type);
        t.isSigned = type->isSignedIntegerType();
        switch (bt->getKind()) {
        case clang::BuiltinType::Bool:
            t.isBool = true;
            t.rank = 0;
            break;
        case clang::BuiltinType::Int:
        case clang::BuiltinType::UInt:
            t.rank = 1;
            break;
        case clang::BuiltinType::Long:
        case clang::BuiltinType::ULong:
            t.rank = 2;
            break;
        case clang::BuiltinType::LongLong:
        case clang::BuiltinType::ULongLong:
            t.rank = 3;
            break;
        default: // the char types and short
            t.rank = 0;
            break;
        }
        return t;
    }

    /// The integer type a typedef names, if it is one.
    std::optional<CType> typedefType(llvm::StringRef name) const {
        auto it = typedefs.find(name);
        if (it == typedefs.end()) return std::nullopt;
        return typeOf(it->second);
    }

    /// An enumerator's value.
    std::optional<CValue> enumerator(llvm::StringRef name) const {
        auto it = enumerators.find(name);
        if (it == enumerators.end()) return std::nullopt;
        return it->second;
    }

  private:
    llvm::StringMap<clang::QualType> typedefs;
    llvm::StringMap<CValue> enumerators;

    /// Record the typedefs and enumerators visible at file scope (C puts
    /// the enumerators of an enum nested in a struct there too).
    void scan(clang::Decl *d) {
        if (auto *td = llvm::dyn_cast<clang::TypedefNameDecl>(d)) {
            typedefs[td->getName()] = td->getUnderlyingType();
        } else if (auto *ed = llvm::dyn_cast<clang::EnumDecl>(d)) {
            // An enumerator has type int in C (the enum's type in C23 when
            // it does not fit).
            for (clang::EnumConstantDecl *ec : ed->enumerators()) {
                std::optional<CType> t = typeOf(ec->getType());
                if (!t) continue;
                const llvm::APSInt &v = ec->getInitVal();
                uint64_t bits = v.isSigned() ? (uint64_t)v.getExtValue() : v.getZExtValue();
                enumerators[ec->getName()] = CValue::of(bits, *t);
            }
        } else if (auto *rd = llvm::dyn_cast<clang::RecordDecl>(d)) {
            for (clang::Decl *inner : rd->decls())
                scan(inner);
        }
    }
};

/// A token of the expanded body.
struct Tok {
    clang::tok::TokenKind kind;
    std::string text; ///< the spelling (identifiers, literals)
};

/// How the result is printed: in the radix of the expression's first
/// integer literal (a hex mask stays hex), with its letter case.
struct Style {
    unsigned radix = 0; ///< 0: no literal seen yet
    bool upper = false;
};

/// Parses and evaluates an expanded macro body.
class Evaluator {
  public:
    Evaluator(const std::vector<Tok> &toks, const TypeTable &types) : toks(toks), types(types) {}

    /// The value of the whole body; false when it is not an integer
    /// constant expression.
    bool evaluate(CValue &out) { return conditional(true, out) && pos == toks.size(); }

    Style style;

  private:
    const std::vector<Tok> &toks;
    const TypeTable &types;
    size_t pos = 0;
    unsigned depth = 0; ///< nesting of unary operators and parentheses

    /// Counts one level of nesting while alive; a body nested deeper than
    /// C compilers accept (256 brackets) is refused rather than recursed into.
    struct Nest {
        unsigned &depth;
        explicit Nest(unsigned &depth) : depth(++depth) {}
        ~Nest() { --depth; }
    };

    bool at(clang::tok::TokenKind k) const { return pos < toks.size() && toks[pos].kind == k; }
    bool accept(clang::tok::TokenKind k) {
        if (!at(k)) return false;
        ++pos;
        return true;
    }

    CValue boolean(bool b) const { return CValue::of(b ? 1 : 0, types.intType); }

    CValue promote(CValue v) const { return v.type.rank == 0 ? v.convert(types.intType) : v; }

    /// The type of a binary operation on promoted operands (C11 6.3.1.8).
    static CType common(CType a, CType b) {
        if (a.isSigned == b.isSigned) return a.rank >= b.rank ? a : b;
        CType u = a.isSigned ? b : a, s = a.isSigned ? a : b;
        if (u.rank >= s.rank) return u;
        if (s.width > u.width) return s;
        s.isSigned = false;
        return s;
    }

    // conditional: binary ('?' conditional ':' conditional)?
    bool conditional(bool live, CValue &out) {
        CValue cond;
        if (!binary(0, live, cond)) return false;
        if (!accept(clang::tok::question)) {
            out = cond;
            return true;
        }
        CValue a, b;
        bool pick = !cond.isZero();
        if (!conditional(live && pick, a) || !accept(clang::tok::colon) ||
            !conditional(live && !pick, b))
            return false;
        CType t = common(promote(a).type, promote(b).type);
        out = (pick ? a : b).convert(t);
        return true;
    }

    /// The precedence of a binary operator (higher binds tighter), 0 for none.
    static int precedence(clang::tok::TokenKind k) {
        using namespace clang::tok;
        switch (k) {
        case pipepipe:
            return 1;
        case ampamp:
            return 2;
        case clang::tok::pipe:
            return 3;
        case caret:
            return 4;
        case amp:
            return 5;
        case equalequal:
        case exclaimequal:
            return 6;
        case less:
        case greater:
        case lessequal:
        case greaterequal:
            return 7;
        case lessless:
        case greatergreater:
            return 8;
        case plus:
        case minus:
            return 9;
        case star:
        case slash:
        case percent:
            return 10;
        default:
            return 0;
        }
    }

    // Precedence climbing; every binary operator is left-associative.
    bool binary(int minPrec, bool live, CValue &out) {
        if (!unary(live, out)) return false;
        while (pos < toks.size()) {
            clang::tok::TokenKind op = toks[pos].kind;
            int prec = precedence(op);
            if (prec == 0 || prec <= minPrec) break;
            ++pos;
            // && and || do not evaluate their right side when the left decides.
            bool rightLive = live;
            if (op == clang::tok::ampamp) rightLive = live && !out.isZero();
            if (op == clang::tok::pipepipe) rightLive = live && out.isZero();
            CValue rhs;
            if (!binary(prec, rightLive, rhs) || !apply(op, out, rhs, live, out)) return false;
        }
        return true;
    }

    bool apply(clang::tok::TokenKind op, CValue a, CValue b, bool live, CValue &out) {
        using namespace clang::tok;
        if (op == ampamp) return out = boolean(!a.isZero() && !b.isZero()), true;
        if (op == pipepipe) return out = boolean(!a.isZero() || !b.isZero()), true;
        a = promote(a);
        b = promote(b);
        if (op == lessless || op == greatergreater) {
            // The result has the left operand's type; a count outside
            // [0, width) is undefined: not a constant.
            uint64_t count = b.isNegative() ? ~0ull : b.bits;
            if (count >= a.type.width) return !live && (out = a, true);
            if (op == lessless) return out = CValue::of(a.bits << count, a.type), true;
            uint64_t v = a.type.isSigned ? (uint64_t)(a.signedValue() >> count) : a.bits >> count;
            return out = CValue::of(v, a.type), true;
        }
        CType t = common(a.type, b.type);
        a = a.convert(t);
        b = b.convert(t);
        switch (op) {
        case equalequal:
            return out = boolean(a.bits == b.bits), true;
        case exclaimequal:
            return out = boolean(a.bits != b.bits), true;
        case less:
        case greater:
        case lessequal:
        case greaterequal: {
            bool lt = t.isSigned ? a.signedValue() < b.signedValue() : a.bits < b.bits;
            bool gt = t.isSigned ? a.signedValue() > b.signedValue() : a.bits > b.bits;
            bool r = op == less ? lt : op == greater ? gt : op == lessequal ? !gt : !lt;
            return out = boolean(r), true;
        }
        case clang::tok::pipe:
            return out = CValue::of(a.bits | b.bits, t), true;
        case caret:
            return out = CValue::of(a.bits ^ b.bits, t), true;
        case amp:
            return out = CValue::of(a.bits & b.bits, t), true;
        case plus:
            return out = CValue::of(a.bits + b.bits, t), true;
        case minus:
            return out = CValue::of(a.bits - b.bits, t), true;
        case star:
            return out = CValue::of(a.bits * b.bits, t), true;
        case slash:
        case percent: {
            if (b.isZero()) return !live && (out = a, true);
            if (!t.isSigned) {
                uint64_t r = op == slash ? a.bits / b.bits : a.bits % b.bits;
                return out = CValue::of(r, t), true;
            }
            int64_t x = a.signedValue(), y = b.signedValue();
            // INT_MIN / -1 overflows: wraps to INT_MIN, remainder 0.
            if (y == -1) return out = CValue::of(op == slash ? 0 - (uint64_t)x : 0, t), true;
            return out = CValue::of((uint64_t)(op == slash ? x / y : x % y), t), true;
        }
        default:
            return false;
        }
    }

    bool unary(bool live, CValue &out) {
        using namespace clang::tok;
        Nest nest(depth);
        if (pos >= toks.size() || depth > 256) return false;
        const Tok &tok = toks[pos];
        switch (tok.kind) {
        case plus:
        case minus:
        case tilde:
        case exclaim: {
            ++pos;
            CValue v;
            if (!unary(live, v)) return false;
            if (tok.kind == exclaim) return out = boolean(v.isZero()), true;
            v = promote(v);
            uint64_t bits = tok.kind == plus ? v.bits : tok.kind == minus ? 0 - v.bits : ~v.bits;
            return out = CValue::of(bits, v.type), true;
        }
        case l_paren: {
            ++pos;
            CType cast;
            if (typeName(cast)) {
                CValue v;
                if (!unary(live, v)) return false;
                return out = v.convert(cast), true;
            }
            return conditional(live, out) && accept(r_paren);
        }
        case numeric_constant:
            ++pos;
            return integerLiteral(tok.text, out);
        case char_constant:
            ++pos;
            return charLiteral(tok.text, out);
        case identifier:
            ++pos;
            if (std::optional<CValue> v = types.enumerator(tok.text)) return out = *v, true;
            return false;
        default:
            return false;
        }
    }

    /// After '(': an integer type name and ')' (a cast), or nothing consumed.
    bool typeName(CType &out) {
        size_t start = pos;
        int longs = 0, chars = 0, shorts = 0, ints = 0, bools = 0, signs = 0, unsigns = 0;
        std::optional<CType> named;
        for (; pos < toks.size() && toks[pos].kind != clang::tok::r_paren; ++pos) {
            const std::string &w = toks[pos].text;
            if (w == "const" || w == "volatile") continue;
            if (w == "long")
                ++longs;
            else if (w == "char")
                ++chars;
            else if (w == "short")
                ++shorts;
            else if (w == "int")
                ++ints;
            else if (w == "_Bool")
                ++bools;
            else if (w == "signed")
                ++signs;
            else if (w == "unsigned")
                ++unsigns;
            else if (!named && toks[pos].kind == clang::tok::identifier &&
                     (named = types.typedefType(w)))
                continue;
            else
                return pos = start, false;
        }
        int keywords = longs + chars + shorts + ints + bools + signs + unsigns;
        if (pos == toks.size() || (named && keywords) || (!named && !keywords))
            return pos = start, false;
        ++pos; // ')'
        if (named) return out = *named, true;
        clang::ASTContext &ctx = types.ctx;
        clang::QualType t;
        if (bools)
            t = ctx.BoolTy;
        else if (chars)
            t = unsigns ? ctx.UnsignedCharTy : signs ? ctx.SignedCharTy : ctx.CharTy;
        else if (shorts)
            t = unsigns ? ctx.UnsignedShortTy : ctx.ShortTy;
        else if (longs >= 2)
            t = unsigns ? ctx.UnsignedLongLongTy : ctx.LongLongTy;
        else if (longs == 1)
            t = unsigns ? ctx.UnsignedLongTy : ctx.LongTy;
        else
            t = unsigns ? ctx.UnsignedIntTy : ctx.IntTy;
        std::optional<CType> ct = types.typeOf(t);
        if (!ct) return pos = start, false;
        return out = *ct, true;
    }

    /// A C integer literal, typed by C11 6.4.4.1: the first of the listed
    /// types that holds the value.
    bool integerLiteral(llvm::StringRef text, CValue &out) {
        std::string s;
        for (char c : text)
            if (c != '\'') s += c; // C23 digit separators
        unsigned radix = 10;
        size_t i = 0;
        if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            radix = 16, i = 2;
        else if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
            radix = 2, i = 2;
        else if (s.size() > 1 && s[0] == '0' && std::isdigit((unsigned char)s[1]))
            radix = 8, i = 1;
        size_t digitsStart = i;
        uint64_t value = 0;
        bool upper = false;
        for (; i < s.size(); ++i) {
            char c = s[i];
            unsigned d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                break;
            if (d >= radix) break; // a suffix, or an invalid digit the suffix check refuses
            upper = upper || (c >= 'A' && c <= 'F');
            if (value > (~0ull - d) / radix) return false; // too large for any C type
            value = value * radix + d;
        }
        if (i == digitsStart) return false;
        std::string suffix = s.substr(i);
        bool isUnsigned = false;
        if (!suffix.empty() && (suffix[0] == 'u' || suffix[0] == 'U'))
            isUnsigned = true, suffix.erase(0, 1);
        else if (!suffix.empty() && (suffix.back() == 'u' || suffix.back() == 'U'))
            isUnsigned = true, suffix.pop_back();
        int longs;
        if (suffix.empty())
            longs = 0;
        else if (suffix == "l" || suffix == "L")
            longs = 1;
        else if (suffix == "ll" || suffix == "LL")
            longs = 2;
        else
            return false; // floats, C23 wb, user suffixes

        clang::ASTContext &ctx = types.ctx;
        std::vector<clang::QualType> candidates;
        bool decimal = radix == 10;
        auto add = [&](clang::QualType s, clang::QualType u) {
            if (!isUnsigned) candidates.push_back(s);
            if (isUnsigned || !decimal) candidates.push_back(u);
        };
        if (longs == 0) add(ctx.IntTy, ctx.UnsignedIntTy);
        if (longs <= 1) add(ctx.LongTy, ctx.UnsignedLongTy);
        add(ctx.LongLongTy, ctx.UnsignedLongLongTy);
        // Clang's extension: a decimal too large for long long is unsigned.
        candidates.push_back(ctx.UnsignedLongLongTy);
        for (clang::QualType q : candidates) {
            std::optional<CType> t = types.typeOf(q);
            if (!t) continue;
            uint64_t max = t->isSigned ? maskOf(t->width) >> 1 : maskOf(t->width);
            if (value <= max) {
                if (style.radix == 0) style = {value == 0 && radix == 8 ? 10u : radix, upper};
                return out = CValue::of(value, *t), true;
            }
        }
        return false;
    }

    /// A plain character constant of one character ('A', '\n', '\x41',
    /// '\101'): an int holding the char's value.
    bool charLiteral(llvm::StringRef text, CValue &out) {
        if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return false;
        llvm::StringRef body = text.drop_front().drop_back();
        uint64_t c;
        if (body.size() == 1 && body[0] != '\\') {
            c = (unsigned char)body[0];
        } else if (body.size() >= 2 && body[0] == '\\') {
            llvm::StringRef esc = body.drop_front();
            static const char simple[] = "n\nt\tr\r0\0a\ab\bf\fv\v\\\\''\"\"??";
            c = 256;
            if (esc.size() == 1)
                for (size_t i = 0; i + 1 < sizeof simple; i += 2)
                    if (simple[i] == esc[0]) c = (unsigned char)simple[i + 1];
            if (c == 256) {
                unsigned radix = esc[0] == 'x' ? 16 : 8;
                llvm::StringRef digits = radix == 16 ? esc.drop_front() : esc;
                if (digits.empty() || (radix == 8 && digits.size() > 3) ||
                    digits.getAsInteger(radix, c) || c > 255)
                    return false;
            }
        } else {
            return false; // multi-character constants are implementation-defined
        }
        CType charType = *types.typeOf(types.ctx.CharTy);
        out = CValue::of(c, charType).convert(types.intType);
        return true;
    }
};

/// Expand `toks` into `out`: object-like macros are replaced by their
/// bodies, except inside their own expansion. False when a function-like or
/// built-in macro (__LINE__) is used, or the expansion grows unreasonably
/// (more than 4096 tokens or `budget` expansions: `#define E1 E0 E0`,
/// `#define E2 E1 E1`... doubles at each step).
bool expand(clang::Preprocessor &pp, llvm::ArrayRef<clang::Token> toks, std::vector<Tok> &out,
            llvm::SmallPtrSetImpl<const clang::IdentifierInfo *> &active, unsigned &budget) {
    for (const clang::Token &t : toks) {
        if (const clang::IdentifierInfo *ii = t.getIdentifierInfo()) {
            const clang::MacroInfo *mi = pp.getMacroInfo(ii);
            if (mi && !active.count(ii)) {
                if (!mi->isObjectLike() || mi->isBuiltinMacro() || budget-- == 0) return false;
                active.insert(ii);
                bool ok = expand(pp, mi->tokens(), out, active, budget);
                active.erase(ii);
                if (!ok) return false;
                continue;
            }
        }
        // Keywords (int, unsigned) become identifiers: casts read their text.
        clang::tok::TokenKind kind = t.getIdentifierInfo() ? clang::tok::identifier : t.getKind();
        out.push_back({kind, pp.getSpelling(t)});
        if (out.size() > 4096) return false;
    }
    return true;
}

/// Python's spelling of `v` in `style` (C's 017 is Python's 0o17).
std::string pythonLiteral(const CValue &v, Style style) {
    bool negative = v.isNegative();
    uint64_t magnitude = negative ? 0 - (uint64_t)v.signedValue() : v.bits;
    unsigned radix = style.radix ? style.radix : 10;
    const char *digits = style.upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string text;
    do {
        text.insert(text.begin(), digits[magnitude % radix]);
        magnitude /= radix;
    } while (magnitude);
    const char *prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : radix == 2 ? "0b" : "";
    return (negative ? "-" : "") + std::string(prefix) + text;
}

} // namespace

void collectMacros(const MacroRecorder &recorder, clang::Preprocessor &pp, clang::ASTContext &ctx,
                   std::vector<BindgenEntry> &entries) {
    TypeTable types(ctx);
    clang::SourceManager &sm = pp.getSourceManager();
    for (const auto &[name, mi] : recorder.definitions()) {
        const clang::IdentifierInfo *ii = name.getIdentifierInfo();
        if (!ii || pp.getMacroInfo(ii) != mi || mi->tokens().empty()) continue;
        std::vector<Tok> toks;
        llvm::SmallPtrSet<const clang::IdentifierInfo *, 8> active;
        active.insert(ii);
        unsigned budget = 4096;
        if (!expand(pp, mi->tokens(), toks, active, budget)) continue;
        Evaluator eval(toks, types);
        CValue value;
        if (!eval.evaluate(value)) continue;
        entries.push_back({BindgenEntry::Constant, sm.getFileOffset(name.getLocation()),
                           ii->getName().str(), pythonLiteral(value, eval.style)});
    }
}

} // namespace krait
