//===- Token.h - Python tokens ---------------------------------*- C++ -*-===//
///
/// \file
/// The tokens produced by the Lexer.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_TOKEN_H
#define KRAIT_FRONTEND_TOKEN_H

#include "frontend/SourceLocation.h"

#include <cstdint>
#include <string>

namespace krait {

/// Token kinds. Operator kinds are named after CPython's token module.
enum class TokenKind : uint8_t {
    EndMarker, ///< End of input (after the final NEWLINE and DEDENTs).
    Error,     ///< A lexical error (already reported).
    Newline,   ///< End of a logical line.
    Indent,
    Dedent,
    Name,   ///< Identifier; `text` holds it.
    Number, ///< Numeric literal; see Token's number fields.
    String, ///< String/bytes/f-string literal; see Token's string fields.

    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,

    // Keywords.
    KwFalse,
    KwNone,
    KwTrue,
    KwAnd,
    KwAs,
    KwAssert,
    KwAsync,
    KwAwait,
    KwBreak,
    KwClass,
    KwContinue,
    KwDef,
    KwDel,
    KwElif,
    KwElse,
    KwExcept,
    KwFinally,
    KwFor,
    KwFrom,
    KwGlobal,
    KwIf,
    KwImport,
    KwIn,
    KwIs,
    KwLambda,
    KwNonlocal,
    KwNot,
    KwOr,
    KwPass,
    KwRaise,
    KwReturn,
    KwTry,
    KwWhile,
    KwWith,
    KwYield,
};

/// A short description of a token kind for messages and tests ("NAME", "'('", "'def'").
const char *tokenKindName(TokenKind kind);

/// The kind of a numeric literal.
enum class NumberKind : uint8_t { Int, Float, Imaginary };

/// One token with its source range and decoded payload.
struct Token {
    TokenKind kind = TokenKind::EndMarker;
    SourceRange range;
    /// Name: the identifier. Number: Int digits without prefix/underscores,
    /// or Float/Imaginary spelling without underscores and `j`. String (not
    /// f-string): the decoded value (UTF-8 for str, raw bytes for bytes).
    std::string text;

    // Numbers.
    NumberKind numberKind = NumberKind::Int;
    unsigned base = 10;      ///< Int base: 2, 8, 10 or 16.
    double floatValue = 0.0; ///< Float value / imaginary part.

    // Strings.
    bool isBytes = false;   ///< `b` prefix.
    bool isRaw = false;     ///< `r` prefix.
    bool isFString = false; ///< `f` prefix: `text` is empty; parse [bodyBegin, bodyEnd).
    uint32_t bodyBegin = 0; ///< Byte offset of the first character after the opening quote(s).
    uint32_t bodyEnd = 0;   ///< Byte offset of the closing quote(s).

    bool is(TokenKind k) const { return kind == k; }
};

} // namespace krait

#endif // KRAIT_FRONTEND_TOKEN_H
