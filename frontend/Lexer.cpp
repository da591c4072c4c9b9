//===- Lexer.cpp - Python tokenizer ---------------------------------------===//

#include "frontend/Lexer.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace krait {

namespace {

struct KeywordEntry {
    const char *text;
    TokenKind kind;
};

const KeywordEntry keywords[] = {
    {"False", TokenKind::KwFalse},
    {"None", TokenKind::KwNone},
    {"True", TokenKind::KwTrue},
    {"and", TokenKind::KwAnd},
    {"as", TokenKind::KwAs},
    {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync},
    {"await", TokenKind::KwAwait},
    {"break", TokenKind::KwBreak},
    {"class", TokenKind::KwClass},
    {"continue", TokenKind::KwContinue},
    {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel},
    {"elif", TokenKind::KwElif},
    {"else", TokenKind::KwElse},
    {"except", TokenKind::KwExcept},
    {"finally", TokenKind::KwFinally},
    {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom},
    {"global", TokenKind::KwGlobal},
    {"if", TokenKind::KwIf},
    {"import", TokenKind::KwImport},
    {"in", TokenKind::KwIn},
    {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda},
    {"nonlocal", TokenKind::KwNonlocal},
    {"not", TokenKind::KwNot},
    {"or", TokenKind::KwOr},
    {"pass", TokenKind::KwPass},
    {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn},
    {"try", TokenKind::KwTry},
    {"while", TokenKind::KwWhile},
    {"with", TokenKind::KwWith},
    {"yield", TokenKind::KwYield},
};

struct OperatorEntry {
    const char *text;
    TokenKind kind;
};

// Longest spellings first so that the first match is the longest one.
const OperatorEntry operators[] = {
    {"**=", TokenKind::DoubleStarEqual},
    {"//=", TokenKind::DoubleSlashEqual},
    {">>=", TokenKind::RightShiftEqual},
    {"<<=", TokenKind::LeftShiftEqual},
    {"...", TokenKind::Ellipsis},
    {"->", TokenKind::RArrow},
    {":=", TokenKind::ColonEqual},
    {"==", TokenKind::EqEqual},
    {"!=", TokenKind::NotEqual},
    {"<=", TokenKind::LessEqual},
    {">=", TokenKind::GreaterEqual},
    {"**", TokenKind::DoubleStar},
    {"//", TokenKind::DoubleSlash},
    {"<<", TokenKind::LeftShift},
    {">>", TokenKind::RightShift},
    {"+=", TokenKind::PlusEqual},
    {"-=", TokenKind::MinEqual},
    {"*=", TokenKind::StarEqual},
    {"/=", TokenKind::SlashEqual},
    {"%=", TokenKind::PercentEqual},
    {"&=", TokenKind::AmperEqual},
    {"|=", TokenKind::VBarEqual},
    {"^=", TokenKind::CircumflexEqual},
    {"@=", TokenKind::AtEqual},
    {"(", TokenKind::LPar},
    {")", TokenKind::RPar},
    {"[", TokenKind::LSqb},
    {"]", TokenKind::RSqb},
    {"{", TokenKind::LBrace},
    {"}", TokenKind::RBrace},
    {":", TokenKind::Colon},
    {",", TokenKind::Comma},
    {";", TokenKind::Semi},
    {"+", TokenKind::Plus},
    {"-", TokenKind::Minus},
    {"*", TokenKind::Star},
    {"/", TokenKind::Slash},
    {"|", TokenKind::VBar},
    {"&", TokenKind::Amper},
    {"<", TokenKind::Less},
    {">", TokenKind::Greater},
    {"=", TokenKind::Equal},
    {".", TokenKind::Dot},
    {"%", TokenKind::Percent},
    {"~", TokenKind::Tilde},
    {"^", TokenKind::Circumflex},
    {"@", TokenKind::At},
};

bool isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool isIdentChar(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isNewline(char c) {
    return c == '\n' || c == '\r';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// True when `c` is a digit of base `base`.
bool isBaseDigit(char c, unsigned base) {
    int v = hexValue(c);
    return v >= 0 && static_cast<unsigned>(v) < base;
}

bool isStringPrefix(std::string_view name) {
    if (name.size() > 2) return false;
    std::string lower;
    for (char c : name)
        lower += static_cast<char>(c | 0x20);
    return lower == "r" || lower == "u" || lower == "b" || lower == "f" || lower == "br" ||
           lower == "rb" || lower == "fr" || lower == "rf";
}

/// Byte offset of the first byte of `s` that is not valid UTF-8 (no
/// overlong forms, surrogates or code points past U+10FFFF), or npos.
size_t firstInvalidUtf8(const std::string &s) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80                 ? 1
                     : c >= 0xC2 && c <= 0xDF ? 2
                     : (c & 0xF0) == 0xE0     ? 3
                     : c >= 0xF0 && c <= 0xF4 ? 4
                                              : 0;
        if (len == 0 || i + len > s.size()) return i;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
        unsigned char c1 = len > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
            (c == 0xF4 && c1 >= 0x90))
            return i;
        i += len;
    }
    return std::string::npos;
}

} // namespace

void appendUtf8(std::string &out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

const char *tokenKindName(TokenKind kind) {
    switch (kind) {
    case TokenKind::EndMarker:
        return "ENDMARKER";
    case TokenKind::Error:
        return "ERRORTOKEN";
    case TokenKind::Newline:
        return "NEWLINE";
    case TokenKind::Indent:
        return "INDENT";
    case TokenKind::Dedent:
        return "DEDENT";
    case TokenKind::Name:
        return "NAME";
    case TokenKind::Number:
        return "NUMBER";
    case TokenKind::String:
        return "STRING";
    default:
        break;
    }
    for (const auto &op : operators)
        if (op.kind == kind) return op.text;
    for (const auto &kw : keywords)
        if (kw.kind == kind) return kw.text;
    return "?";
}

Lexer::Lexer(const SourceFile &file, DiagnosticEngine &diags)
    : file_(file), diags_(diags), src_(file.text()), pos_(0),
      end_(static_cast<uint32_t>(file.text().size())) {
    // A UTF-8 byte order mark is not part of the program.
    if (src_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
    // Like CPython, decode (validate) the whole file before tokenizing.
    size_t bad = firstInvalidUtf8(src_);
    if (bad != std::string::npos) {
        diags_.error(file_.locationOf(static_cast<uint32_t>(bad)),
                     "invalid UTF-8 byte sequence in source");
        failed_ = true;
        initialError_ = true;
    }
}

Lexer::Lexer(const SourceFile &file, DiagnosticEngine &diags, uint32_t begin, uint32_t end)
    : file_(file), diags_(diags), src_(file.text()), pos_(begin), end_(end), exprMode_(true),
      atLineStart_(false) {
    SourceLoc l = file.locationOf(begin);
    line_ = l.line;
    col_ = l.col;
}

void Lexer::advance() {
    char c = src_[pos_++];
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
        ++line_;
        col_ = 1;
    } else if (c == '\r') {
        // First half of "\r\n": the '\n' ends the line.
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++col_;
    }
}

Token Lexer::makeToken(TokenKind kind, SourceLoc begin) const {
    Token t;
    t.kind = kind;
    t.range = SourceRange{begin, loc()};
    return t;
}

Token Lexer::fail(SourceLoc at, const std::string &message) {
    diags_.error(at, message);
    failed_ = true;
    Token t;
    t.kind = TokenKind::Error;
    t.range = SourceRange{at, at};
    return t;
}

/// Measures the indentation of the next non-blank line and turns a change
/// into INDENT/DEDENT. Returns true when `out` holds a token to return.
bool Lexer::handleLineStart(Token &out) {
    for (;;) {
        unsigned width = 0;
        while (!atEnd()) {
            char c = peek();
            if (c == ' ')
                ++width;
            else if (c == '\t')
                width = (width / 8 + 1) * 8;
            else if (c == '\f')
                width = 0;
            else
                break;
            advance();
        }
        if (atEnd()) {
            atLineStart_ = false;
            if (continuedToEnd_) {
                out = fail(loc(), "unexpected EOF while parsing");
                return true;
            }
            return false;
        }
        char c = peek();
        if (c == '#') {
            while (!atEnd() && !isNewline(peek()))
                advance();
            continue;
        }
        if (isNewline(c)) {
            // Blank line: no NEWLINE token, indentation does not count.
            if (c == '\r' && peek(1) == '\n') advance();
            advance();
            continue;
        }
        if (c == '\\' && isNewline(peek(1))) {
            // A continuation on an otherwise blank line joins the next one.
            advance();
            if (peek() == '\r' && peek(1) == '\n') advance();
            advance();
            continuedToEnd_ = atEnd();
            continue;
        }
        atLineStart_ = false;
        SourceLoc here = loc();
        if (width > indents_.back()) {
            // CPython's limit: deeper nesting would only exhaust the parser's stack.
            if (indents_.size() > 100) {
                out = fail(here, "too many levels of indentation");
                return true;
            }
            indents_.push_back(width);
            out = makeToken(TokenKind::Indent, here);
            out.range.begin.col = 1;
            return true;
        }
        if (width < indents_.back()) {
            unsigned count = 0;
            while (width < indents_.back()) {
                indents_.pop_back();
                ++count;
            }
            if (width != indents_.back()) {
                out = fail(here, "unindent does not match any outer indentation level");
                return true;
            }
            pendingDedents_ = count - 1;
            out = makeToken(TokenKind::Dedent, here);
            return true;
        }
        return false;
    }
}

void Lexer::skipSpaceAndComments() {
    while (!atEnd()) {
        char c = peek();
        if (c == ' ' || c == '\t' || c == '\f') {
            advance();
        } else if (c == '#' && !exprMode_) {
            while (!atEnd() && !isNewline(peek()))
                advance();
        } else if (c == '\\' && isNewline(peek(1))) {
            advance();
            if (peek() == '\r' && peek(1) == '\n') advance();
            advance();
            continuedToEnd_ = atEnd();
        } else {
            return;
        }
    }
}

Token Lexer::next() {
    if (initialError_) {
        initialError_ = false;
        return makeToken(TokenKind::Error, loc());
    }
    if (failed_ || finished_) {
        Token t = makeToken(TokenKind::EndMarker, loc());
        return t;
    }
    if (pendingDedents_ > 0) {
        --pendingDedents_;
        return makeToken(TokenKind::Dedent, loc());
    }
    if (!exprMode_ && atLineStart_ && brackets_.empty()) {
        Token t;
        if (handleLineStart(t)) return t;
    }
    for (;;) {
        skipSpaceAndComments();
        if (atEnd() && continuedToEnd_) return fail(loc(), "unexpected EOF while parsing");
        if (atEnd()) {
            if (!exprMode_ && !brackets_.empty()) {
                auto [open, where] = brackets_.back();
                return fail(where, std::string("'") + open + "' was never closed");
            }
            if (!exprMode_ && emittedAny_) {
                emittedAny_ = false;
                atLineStart_ = true;
                return makeToken(TokenKind::Newline, loc());
            }
            if (!exprMode_ && indents_.size() > 1) {
                indents_.pop_back();
                return makeToken(TokenKind::Dedent, loc());
            }
            finished_ = true;
            return makeToken(TokenKind::EndMarker, loc());
        }
        char c = peek();
        if (c == '\\') return fail(loc(), "unexpected character after line continuation character");
        // A comment would swallow the rest of an f-string field.
        if (c == '#' && exprMode_)
            return fail(loc(), "f-string expression part cannot include '#'");
        if (isNewline(c)) {
            SourceLoc begin = loc();
            if (c == '\r' && peek(1) == '\n') advance();
            advance();
            if (exprMode_ || !brackets_.empty()) continue;
            emittedAny_ = false;
            atLineStart_ = true;
            Token t;
            t.kind = TokenKind::Newline;
            t.range = SourceRange{begin, SourceLoc{begin.line, begin.col + 1}};
            return t;
        }
        break;
    }
    emittedAny_ = true;
    char c = peek();
    if (isIdentStart(c)) return lexName();
    if (isDigit(c) || (c == '.' && isDigit(peek(1)))) return lexNumber();
    if (c == '"' || c == '\'') return lexString(loc(), "");
    return lexOperator();
}

Token Lexer::lexName() {
    SourceLoc begin = loc();
    uint32_t start = pos_;
    while (!atEnd() && isIdentChar(peek()))
        advance();
    std::string_view name(src_.data() + start, pos_ - start);
    if ((peek() == '"' || peek() == '\'') && isStringPrefix(name))
        return lexString(begin, std::string(name));
    for (const auto &kw : keywords)
        if (name == kw.text) return makeToken(kw.kind, begin);
    Token t = makeToken(TokenKind::Name, begin);
    t.text = std::string(name);
    return t;
}

Token Lexer::lexNumber() {
    SourceLoc begin = loc();
    Token t;
    t.kind = TokenKind::Number;
    std::string digits;
    const char *kindName = "decimal";

    // Reads digits of `base` with single underscores between them into `digits`.
    auto readDigits = [&](unsigned base, bool allowLeadingUnderscore) -> bool {
        bool any = false;
        bool lastUnderscore = false;
        while (!atEnd()) {
            char c = peek();
            if (c == '_') {
                if (lastUnderscore || (!any && !allowLeadingUnderscore)) return false;
                lastUnderscore = true;
            } else if (isBaseDigit(c, base)) {
                digits += c;
                any = true;
                lastUnderscore = false;
            } else {
                break;
            }
            advance();
        }
        return !lastUnderscore;
    };

    if (peek() == '0' && std::strchr("xXoObB", peek(1)) && peek(1) != '\0') {
        char p = static_cast<char>(peek(1) | 0x20);
        t.base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        kindName = p == 'x' ? "hexadecimal" : p == 'o' ? "octal" : "binary";
        advance();
        advance();
        if (!readDigits(t.base, true) || digits.empty())
            return fail(loc(), std::string("invalid ") + kindName + " literal");
        if (isDigit(peek()))
            return fail(loc(),
                        std::string("invalid digit '") + peek() + "' in " + kindName + " literal");
        size_t nz = digits.find_first_not_of('0');
        t.text = nz == std::string::npos ? "0" : digits.substr(nz);
        for (char &c : t.text)
            if (c >= 'A' && c <= 'F') c = static_cast<char>(c | 0x20);
    } else {
        if (!readDigits(10, false)) return fail(loc(), "invalid decimal literal");
        std::string intPart = digits;
        bool isFloat = false;
        std::string spelling = digits;
        if (peek() == '.') {
            advance();
            isFloat = true;
            digits.clear();
            if (peek() == '_' || !readDigits(10, false))
                return fail(loc(), "invalid decimal literal");
            spelling += "." + digits;
        }
        if ((peek() == 'e' || peek() == 'E') &&
            (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            spelling += 'e';
            advance();
            if (peek() == '+' || peek() == '-') {
                spelling += peek();
                advance();
            }
            digits.clear();
            if (!readDigits(10, false)) return fail(loc(), "invalid decimal literal");
            spelling += digits;
            isFloat = true;
        }
        if (peek() == 'j' || peek() == 'J') {
            advance();
            t.numberKind = NumberKind::Imaginary;
            t.text = spelling;
            t.floatValue = std::strtod(spelling.c_str(), nullptr);
        } else if (isFloat) {
            t.numberKind = NumberKind::Float;
            t.text = spelling;
            t.floatValue = std::strtod(spelling.c_str(), nullptr);
        } else {
            size_t nz = intPart.find_first_not_of('0');
            if (intPart.size() > 1 && intPart[0] == '0' && nz != std::string::npos)
                return fail(begin, "leading zeros in decimal integer literals are not "
                                   "permitted; use an 0o prefix for octal integers");
            t.text = nz == std::string::npos ? "0" : intPart.substr(nz);
        }
    }
    // A number running straight into a name ("1abc") is malformed, except
    // before a keyword ("1if x else 2" is accepted by CPython).
    if (!atEnd() && isIdentStart(peek())) {
        uint32_t p = pos_;
        while (p < end_ && isIdentChar(src_[p]))
            ++p;
        std::string_view word(src_.data() + pos_, p - pos_);
        bool keyword = false;
        for (const auto &kw : keywords)
            keyword = keyword || word == kw.text;
        if (!keyword) return fail(loc(), std::string("invalid ") + kindName + " literal");
    }
    t.range = SourceRange{begin, loc()};
    return t;
}

Token Lexer::lexString(SourceLoc begin, const std::string &prefix) {
    Token t;
    t.kind = TokenKind::String;
    for (char c : prefix) {
        char l = static_cast<char>(c | 0x20);
        t.isBytes |= l == 'b';
        t.isRaw |= l == 'r';
        t.isFString |= l == 'f';
    }
    char quote = peek();
    bool triple = peek(1) == quote && peek(2) == quote;
    for (int i = 0; i < (triple ? 3 : 1); ++i)
        advance();
    t.bodyBegin = pos_;
    for (;;) {
        if (atEnd())
            return fail(begin, triple ? "unterminated triple-quoted string literal"
                                      : "unterminated string literal");
        char c = peek();
        if (c == '\\') {
            advance();
            if (atEnd()) continue;
            if (peek() == '\r' && peek(1) == '\n') advance();
            advance();
            continue;
        }
        if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) break;
        if (isNewline(c) && !triple) return fail(begin, "unterminated string literal");
        advance();
    }
    t.bodyEnd = pos_;
    for (int i = 0; i < (triple ? 3 : 1); ++i)
        advance();
    t.range = SourceRange{begin, loc()};
    if (!t.isFString &&
        !decodeStringBody(file_, diags_, t.bodyBegin, t.bodyEnd, t.isBytes, t.isRaw, t.text)) {
        failed_ = true;
        t.kind = TokenKind::Error;
    }
    return t;
}

Token Lexer::lexOperator() {
    SourceLoc begin = loc();
    std::string_view rest(src_.data() + pos_, end_ - pos_);
    for (const auto &op : operators) {
        size_t n = std::strlen(op.text);
        if (rest.substr(0, n) != op.text) continue;
        for (size_t i = 0; i < n; ++i)
            advance();
        if (op.kind == TokenKind::LPar || op.kind == TokenKind::LSqb ||
            op.kind == TokenKind::LBrace) {
            if (brackets_.size() >= 200) return fail(begin, "too many nested parentheses");
            brackets_.emplace_back(op.text[0], begin);
        } else if (op.kind == TokenKind::RPar || op.kind == TokenKind::RSqb ||
                   op.kind == TokenKind::RBrace) {
            char close = op.text[0];
            if (brackets_.empty()) return fail(begin, std::string("unmatched '") + close + "'");
            auto [open, where] = brackets_.back();
            if ((open == '(') != (close == ')') || (open == '[') != (close == ']')) {
                std::string msg = std::string("closing parenthesis '") + close +
                                  "' does not match opening parenthesis '" + open + "'";
                if (where.line != begin.line) msg += " on line " + std::to_string(where.line);
                return fail(begin, msg);
            }
            brackets_.pop_back();
        }
        return makeToken(op.kind, begin);
    }
    char c = peek();
    if (c == '!') return fail(begin, "invalid syntax");
    char buf[64];
    std::snprintf(buf, sizeof buf, "invalid character '%c' (U+%04X)",
                  (c >= 0x20 && c < 0x7F) ? c : '?', static_cast<unsigned>(c));
    return fail(begin, buf);
}

bool decodeStringBody(const SourceFile &file, DiagnosticEngine &diags, uint32_t begin, uint32_t end,
                      bool bytes, bool raw, std::string &out) {
    const std::string &s = file.text();
    auto error = [&](uint32_t at, const std::string &msg) {
        diags.error(file.locationOf(at), msg);
        return false;
    };
    uint32_t i = begin;
    while (i < end) {
        char c = s[i];
        if (c != '\\') {
            if (bytes && static_cast<unsigned char>(c) >= 0x80)
                return error(i, "bytes can only contain ASCII literal characters");
            // Source newlines inside a literal are always "\n".
            if (c == '\r') {
                out += '\n';
                i += (i + 1 < end && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            out += c;
            ++i;
            continue;
        }
        if (i + 1 >= end) {
            out += '\\';
            ++i;
            continue;
        }
        char e = s[i + 1];
        if (raw) {
            // A raw string keeps the backslash; it only stops a quote from ending it.
            out += '\\';
            ++i;
            if (e == '"' || e == '\'' || e == '\\') {
                out += e;
                ++i;
            }
            continue;
        }
        uint32_t escStart = i;
        i += 2;
        switch (e) {
        case '\n':
            continue;
        case '\r':
            if (i < end && s[i] == '\n') ++i;
            continue;
        case '\\':
            out += '\\';
            continue;
        case '\'':
            out += '\'';
            continue;
        case '"':
            out += '"';
            continue;
        case 'a':
            out += '\a';
            continue;
        case 'b':
            out += '\b';
            continue;
        case 'f':
            out += '\f';
            continue;
        case 'n':
            out += '\n';
            continue;
        case 'r':
            out += '\r';
            continue;
        case 't':
            out += '\t';
            continue;
        case 'v':
            out += '\v';
            continue;
        default:
            break;
        }
        if (e >= '0' && e <= '7') {
            uint32_t value = static_cast<uint32_t>(e - '0');
            for (int n = 0; n < 2 && i < end && s[i] >= '0' && s[i] <= '7'; ++n, ++i)
                value = value * 8 + static_cast<uint32_t>(s[i] - '0');
            if (bytes) {
                if (value > 0xFF)
                    return error(escStart, "octal escape out of range in bytes literal");
                out += static_cast<char>(value);
            } else {
                appendUtf8(out, value);
            }
            continue;
        }
        int width = e == 'x' ? 2 : (!bytes && e == 'u') ? 4 : (!bytes && e == 'U') ? 8 : 0;
        if (width) {
            uint32_t value = 0;
            for (int n = 0; n < width; ++n, ++i) {
                if (i >= end || hexValue(s[i]) < 0)
                    return error(escStart, std::string("truncated \\") + e +
                                               std::string(static_cast<size_t>(width), 'X') +
                                               " escape");
                value = value * 16 + static_cast<uint32_t>(hexValue(s[i]));
            }
            if (bytes)
                out += static_cast<char>(value);
            else if (value > 0x10FFFF)
                return error(escStart, "illegal Unicode character");
            else
                appendUtf8(out, value);
            continue;
        }
        if (!bytes && e == 'N')
            return error(escStart, "unicode name escapes (\\N{...}) are not supported");
        // Unknown escape: kept as written (the next character is processed normally).
        out += '\\';
        i = escStart + 1;
    }
    return true;
}

} // namespace krait
