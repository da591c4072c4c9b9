//===- Lexer.h - Python tokenizer ------------------------------*- C++ -*-===//
///
/// \file
/// Turns Python source into tokens, one at a time: indentation becomes
/// INDENT/DEDENT tokens, logical lines end with NEWLINE (not inside brackets
/// or after a backslash continuation), literals are decoded.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_LEXER_H
#define KRAIT_FRONTEND_LEXER_H

#include "frontend/Diagnostics.h"
#include "frontend/Token.h"

#include <string>
#include <utility>
#include <vector>

namespace krait {

/// A tokenizer over one source file (or a byte range of it).
class Lexer {
  public:
    /// Tokenizes the whole of `file`, reporting errors to `diags`.
    Lexer(const SourceFile &file, DiagnosticEngine &diags);

    /// Tokenizes bytes [begin, end) of `file` as the inside of brackets (an
    /// f-string replacement field): no NEWLINE, INDENT or DEDENT tokens; ends
    /// with EndMarker. Token positions are positions in `file`.
    Lexer(const SourceFile &file, DiagnosticEngine &diags, uint32_t begin, uint32_t end);

    /// Returns the next token. After an Error token, every further call
    /// returns EndMarker.
    Token next();

  private:
    const SourceFile &file_;
    DiagnosticEngine &diags_;
    const std::string &src_;
    uint32_t pos_;
    uint32_t end_;
    uint32_t line_ = 1;
    uint32_t col_ = 1;
    bool exprMode_ = false; ///< Lexing an f-string field.
    bool atLineStart_ = true;
    bool failed_ = false;
    bool emittedAny_ = false; ///< A token of the current logical line was emitted.
    /// Open brackets: the character and where it was opened.
    std::vector<std::pair<char, SourceLoc>> brackets_;
    std::vector<unsigned> indents_{0};
    unsigned pendingDedents_ = 0;
    bool finished_ = false;
    bool initialError_ = false;   ///< The source is not UTF-8: the first token is an Error.
    bool continuedToEnd_ = false; ///< A backslash continuation ran into the end of input.

    char peek(uint32_t ahead = 0) const { return pos_ + ahead < end_ ? src_[pos_ + ahead] : '\0'; }
    bool atEnd() const { return pos_ >= end_; }
    void advance();
    SourceLoc loc() const { return SourceLoc{line_, col_}; }
    Token makeToken(TokenKind kind, SourceLoc begin) const;
    Token fail(SourceLoc at, const std::string &message);

    bool handleLineStart(Token &out);
    void skipSpaceAndComments();
    Token lexName();
    Token lexNumber();
    Token lexString(SourceLoc begin, const std::string &prefix);
    Token lexOperator();
};

/// Decodes the body of a string literal, bytes [begin, end) of `file`:
/// escapes (unless `raw`), backslash-newline continuation, and for bytes the
/// ASCII-only rule. Appends the result to `out` (UTF-8 for str). Reports
/// errors to `diags` and returns false on the first one.
bool decodeStringBody(const SourceFile &file, DiagnosticEngine &diags, uint32_t begin, uint32_t end,
                      bool bytes, bool raw, std::string &out);

/// Appends the UTF-8 encoding of code point `cp` to `out`.
void appendUtf8(std::string &out, uint32_t cp);

} // namespace krait

#endif // KRAIT_FRONTEND_LEXER_H
