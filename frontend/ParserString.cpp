//===- ParserString.cpp - Numbers, strings and f-strings ------------------===//

#include "frontend/Parser.h"

#include <string_view>

namespace krait {

using namespace ast;

ExprPtr Parser::parseNumber() {
    Token t = consume();
    ConstantKind ck = t.numberKind == NumberKind::Int     ? ConstantKind::Int
                      : t.numberKind == NumberKind::Float ? ConstantKind::Float
                                                          : ConstantKind::Imaginary;
    auto c = std::make_unique<Constant>(t.range, ck);
    c->text = t.text;
    c->base = t.base;
    c->floatValue = t.floatValue;
    return c;
}

/// Appends literal text to an f-string, merging with a preceding literal.
static void appendLiteral(JoinedStr &js, std::string text, SourceRange range) {
    if (text.empty()) return;
    if (!js.values.empty())
        if (auto *prev = dyn_cast<Constant>(js.values.back().get())) {
            prev->text += text;
            prev->range.end = range.end;
            return;
        }
    auto c = std::make_unique<Constant>(range, ConstantKind::Str);
    c->text = std::move(text);
    js.values.push_back(std::move(c));
}

ExprPtr Parser::parseStrings() {
    SourceLoc begin = tok().range.begin;
    std::vector<Token> parts;
    bool anyF = false;
    while (check(TokenKind::String)) {
        parts.push_back(consume());
        const Token &p = parts.back();
        if (p.isBytes != parts.front().isBytes)
            return errorAt(p.range.begin, "cannot mix bytes and nonbytes literals");
        anyF |= p.isFString;
    }
    if (!anyF) {
        auto c = std::make_unique<Constant>(
            rangeFrom(begin), parts.front().isBytes ? ConstantKind::Bytes : ConstantKind::Str);
        for (const Token &p : parts)
            c->text += p.text;
        return c;
    }
    // Parse every f-string part on its own first.
    std::vector<std::unique_ptr<JoinedStr>> parsed(parts.size());
    bool plainBraces = false;
    for (size_t i = 0; i < parts.size(); ++i) {
        const Token &p = parts[i];
        if (!p.isFString) {
            plainBraces |= p.text.find_first_of("{}") != std::string::npos;
            continue;
        }
        parsed[i] = std::make_unique<JoinedStr>(p.range);
        uint32_t stop = 0;
        if (!parseFStringBody(p.bodyBegin, p.bodyEnd, p.isRaw, false, *parsed[i], stop))
            return nullptr;
    }
    if (plainBraces) return formatCallForConcatenation(parts, parsed, rangeFrom(begin));
    auto js = std::make_unique<JoinedStr>(rangeFrom(begin));
    for (size_t i = 0; i < parts.size(); ++i) {
        if (!parsed[i]) {
            appendLiteral(*js, parts[i].text, parts[i].range);
            continue;
        }
        for (auto &v : parsed[i]->values) {
            if (auto *c = dyn_cast<Constant>(v.get()))
                appendLiteral(*js, c->text, c->range);
            else
                js->values.push_back(std::move(v));
        }
    }
    return js;
}

/// Appends `text` to a str.format template with its braces doubled.
static void appendEscaped(std::string &tmpl, const std::string &text) {
    for (char c : text) {
        tmpl += c;
        if (c == '{' || c == '}') tmpl += c;
    }
}

/// Appends the replacement fields of `js` to `tmpl` and their values to `args`.
static void appendTemplate(JoinedStr &js, std::string &tmpl, ExprList &args) {
    for (auto &v : js.values) {
        if (auto *c = dyn_cast<Constant>(v.get())) {
            appendEscaped(tmpl, c->text);
            continue;
        }
        auto *fv = cast<FormattedValue>(v.get());
        tmpl += '{';
        if (fv->conversion) {
            tmpl += '!';
            tmpl += fv->conversion;
        }
        args.push_back(std::move(fv->value));
        if (fv->formatSpec) {
            tmpl += ':';
            appendTemplate(*fv->formatSpec, tmpl, args);
        }
        tmpl += '}';
    }
}

ExprPtr Parser::formatCallForConcatenation(const std::vector<Token> &parts,
                                           std::vector<std::unique_ptr<JoinedStr>> &parsed,
                                           SourceRange range) {
    // MicroPython compiles f"..." to "...".format(...) in its lexer and
    // concatenates adjacent literals into that template, so braces in a plain
    // literal next to an f-string become replacement fields. Reproduce that.
    std::string tmpl;
    ExprList args;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (parsed[i])
            appendTemplate(*parsed[i], tmpl, args);
        else
            tmpl += parts[i].text;
    }
    auto format = std::make_unique<Constant>(range, ConstantKind::Str);
    format->text = std::move(tmpl);
    auto attr = std::make_unique<Attribute>(range, std::move(format), "format");
    auto call = std::make_unique<Call>(range, std::move(attr));
    call->args = std::move(args);
    return call;
}

bool Parser::parseFStringBody(uint32_t begin, uint32_t end, bool raw, bool inSpec, JoinedStr &out,
                              uint32_t &stop) {
    const std::string &src = file_.text();
    std::string lit;
    uint32_t litStart = begin;   // Start of the undecoded literal run.
    uint32_t pieceStart = begin; // Start of the literal piece (for its range).

    auto flush = [&](uint32_t upTo) {
        return decodeStringBody(file_, diags_, litStart, upTo, false, raw, lit);
    };
    auto emit = [&](uint32_t upTo) {
        appendLiteral(out, std::move(lit),
                      SourceRange{file_.locationOf(pieceStart), file_.locationOf(upTo)});
        lit.clear();
    };

    uint32_t i = begin;
    while (i < end) {
        char c = src[i];
        if (c == '\\' && i + 1 < end && src[i + 1] != '{' && src[i + 1] != '}') {
            i += 2;
            continue;
        }
        if (c == '{' && !inSpec && i + 1 < end && src[i + 1] == '{') {
            if (!flush(i)) {
                failed_ = true;
                return false;
            }
            lit += '{';
            i += 2;
            litStart = i;
            continue;
        }
        if (c == '}' && !inSpec && i + 1 < end && src[i + 1] == '}') {
            if (!flush(i)) {
                failed_ = true;
                return false;
            }
            lit += '}';
            i += 2;
            litStart = i;
            continue;
        }
        if (c == '{') {
            if (!flush(i)) {
                failed_ = true;
                return false;
            }
            emit(i);
            if (!parseFStringField(i, end, raw, out, i)) return false;
            litStart = pieceStart = i;
            continue;
        }
        if (c == '}') {
            if (inSpec) break;
            errorAt(file_.locationOf(i), "f-string: single '}' is not allowed");
            return false;
        }
        ++i;
    }
    if (!flush(i)) {
        failed_ = true;
        return false;
    }
    emit(i);
    stop = i;
    return true;
}

/// True when the '=' at `eq` (inside an f-string field starting at
/// `exprBegin`) is the self-documenting `{expr=}` marker: not part of `==`,
/// `!=`, `<=`, `>=`, and followed (after spaces) by `}`, `!` or `:`.
static bool selfDocumenting(const std::string &src, uint32_t exprBegin, uint32_t eq, uint32_t end) {
    if (eq > exprBegin && std::string_view("=!<>").find(src[eq - 1]) != std::string_view::npos)
        return false;
    uint32_t k = eq + 1;
    if (k < end && src[k] == '=') return false;
    while (k < end && (src[k] == ' ' || src[k] == '\t'))
        ++k;
    return k < end && (src[k] == '}' || src[k] == '!' || src[k] == ':');
}

bool Parser::parseFStringField(uint32_t begin, uint32_t end, bool raw, JoinedStr &out,
                               uint32_t &stop) {
    const std::string &src = file_.text();
    SourceLoc open = file_.locationOf(begin);
    // Like MicroPython, find the end of the expression by counting brackets
    // without looking inside quotes: unbalanced brackets in a string inside
    // the field are a syntax error.
    uint32_t j = begin + 1;
    uint32_t eq = 0; // Position of a self-documenting '=', or 0.
    int depth = 0;
    for (; j < end; ++j) {
        char c = src[j];
        if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c == '}') break;
                errorAt(open, "invalid syntax");
                return false;
            }
            --depth;
        } else if (depth == 0 && c == ':') {
            break;
        } else if (depth == 0 && c == '!' && !(j + 1 < end && src[j + 1] == '=')) {
            break;
        } else if (depth == 0 && c == '=' && selfDocumenting(src, begin + 1, j, end)) {
            // `{expr=}`: remember where the expression ends, keep scanning
            // to the conversion / spec / closing brace.
            eq = j;
        }
    }
    if (j >= end) {
        errorAt(open, "invalid syntax");
        return false;
    }
    uint32_t exprBegin = begin + 1, exprEnd = eq ? eq : j;
    bool blank = true;
    for (uint32_t k = exprBegin; k < exprEnd; ++k)
        blank = blank && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r');
    if (blank) {
        errorAt(file_.locationOf(j), "f-string: empty expression not allowed");
        return false;
    }
    Parser sub(file_, diags_, exprBegin, exprEnd);
    sub.failed_ = failed_;
    ExprPtr value = sub.parseFieldExpression();
    if (!value || sub.failed()) {
        failed_ = true;
        return false;
    }
    if (eq) {
        // The expression's source text and the '=' (with surrounding spaces)
        // are printed literally before the value.
        appendLiteral(out, src.substr(exprBegin, j - exprBegin),
                      SourceRange{file_.locationOf(exprBegin), file_.locationOf(j)});
    }
    auto fv = std::make_unique<FormattedValue>(SourceRange{open, open}, std::move(value));
    if (src[j] == '!') {
        ++j;
        if (j < end && (src[j] == 'r' || src[j] == 's')) {
            fv->conversion = src[j++];
        } else {
            // MicroPython has no ascii(), so `!a` is plain invalid syntax there.
            errorAt(file_.locationOf(j - 1), j < end && src[j] == 'a'
                                                 ? "invalid syntax"
                                                 : "f-string: invalid conversion character");
            return false;
        }
        if (j >= end || (src[j] != ':' && src[j] != '}')) {
            errorAt(file_.locationOf(j), "invalid syntax");
            return false;
        }
    }
    if (src[j] == ':') {
        ++j;
        auto spec = std::make_unique<JoinedStr>(SourceRange{file_.locationOf(j), {}});
        uint32_t specEnd = j;
        if (!parseFStringBody(j, end, raw, true, *spec, specEnd)) return false;
        if (specEnd >= end || src[specEnd] != '}') {
            errorAt(open, "invalid syntax");
            return false;
        }
        spec->range.end = file_.locationOf(specEnd);
        fv->formatSpec = std::move(spec);
        j = specEnd;
    }
    // `{x=}` shows repr(x) unless a conversion or format spec says otherwise.
    if (eq && !fv->conversion && !fv->formatSpec) fv->conversion = 'r';
    ++j; // The closing '}'.
    fv->range.end = file_.locationOf(j);
    out.values.push_back(std::move(fv));
    stop = j;
    return true;
}

} // namespace krait
