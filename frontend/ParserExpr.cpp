//===- ParserExpr.cpp - Expressions ---------------------------------------===//

#include "frontend/Parser.h"

#include <algorithm>

namespace krait {

using namespace ast;

/// True when `k` can start an expression (used to decide whether a trailing
/// comma ends a tuple).
static bool startsExpression(TokenKind k) {
    switch (k) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::Star:
    case TokenKind::Ellipsis:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
        return true;
    default:
        return false;
    }
}

/// Deepest expression nesting accepted. Every level costs a handful of
/// parser frames; this keeps the stack well under a megabyte.
static constexpr int maxExpressionDepth = 1000;

Parser::DepthGuard::DepthGuard(Parser &p) : p_(p), ok_(++p.exprDepth_ <= maxExpressionDepth) {
    if (!ok_) p_.error(p_.tok(), "too many nested expressions");
}

ExprPtr Parser::parseTestListStarExpr(bool allowStar) {
    SourceLoc begin = tok().range.begin;
    // A bare `:=` is not allowed at this level (only inside brackets).
    ExprPtr first = allowStar && check(TokenKind::Star) ? parseStarExpr() : parseTest();
    if (!first) return nullptr;
    if (!check(TokenKind::Comma)) return first;
    auto tuple = std::make_unique<Tuple>(rangeFrom(begin));
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!startsExpression(tok().kind)) break;
        ExprPtr e = allowStar && check(TokenKind::Star) ? parseStarExpr() : parseTest();
        if (!e) return nullptr;
        tuple->elts.push_back(std::move(e));
    }
    tuple->range = rangeFrom(begin);
    return tuple;
}

ExprPtr Parser::parseExprList(bool *builtTuple) {
    SourceLoc begin = tok().range.begin;
    if (builtTuple) *builtTuple = false;
    ExprPtr first = parseStarExpr();
    if (!first) return nullptr;
    if (!check(TokenKind::Comma)) return first;
    if (builtTuple) *builtTuple = true;
    auto tuple = std::make_unique<Tuple>(rangeFrom(begin));
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!startsExpression(tok().kind)) break;
        ExprPtr e = parseStarExpr();
        if (!e) return nullptr;
        tuple->elts.push_back(std::move(e));
    }
    tuple->range = rangeFrom(begin);
    return tuple;
}

ExprPtr Parser::parseYieldExpr() {
    SourceLoc begin = consume().range.begin; // 'yield'
    if (accept(TokenKind::KwFrom)) {
        ExprPtr value = parseTest();
        if (!value) return nullptr;
        return std::make_unique<YieldFrom>(rangeFrom(begin), std::move(value));
    }
    ExprPtr value;
    if (startsExpression(tok().kind) && !(value = parseTestListStarExpr())) return nullptr;
    return std::make_unique<Yield>(rangeFrom(begin), std::move(value));
}

ExprPtr Parser::parseNamedExprTest() {
    SourceLoc begin = tok().range.begin;
    ExprPtr e = parseTest();
    if (!e || !check(TokenKind::ColonEqual)) return e;
    Token op = consume();
    auto *name = dyn_cast<Name>(e.get());
    if (!name)
        return errorAt(e->range.begin, "cannot use assignment expressions with this expression");
    ExprPtr value = parseTest();
    if (!value) return nullptr;
    name->ctx = ExprContext::Store;
    std::unique_ptr<Name> target(static_cast<Name *>(e.release()));
    return std::make_unique<NamedExpr>(rangeFrom(begin), std::move(target), std::move(value));
}

ExprPtr Parser::parseStarOrNamedTest() {
    if (check(TokenKind::Star)) return parseStarExpr();
    return parseNamedExprTest();
}

ExprPtr Parser::parseStarExpr() {
    if (!check(TokenKind::Star)) return parseBitOr();
    SourceLoc begin = consume().range.begin;
    ExprPtr value = parseBitOr();
    if (!value) return nullptr;
    return std::make_unique<Starred>(rangeFrom(begin), std::move(value));
}

ExprPtr Parser::parseTest() {
    DepthGuard guard(*this);
    if (!guard.ok()) return nullptr;
    if (check(TokenKind::KwLambda)) return parseLambda(false);
    SourceLoc begin = tok().range.begin;
    ExprPtr body = parseOrTest();
    if (!body || !check(TokenKind::KwIf)) return body;
    consume();
    ExprPtr test = parseOrTest();
    if (!test) return nullptr;
    if (!expect(TokenKind::KwElse, "expected 'else' after 'if' expression")) return nullptr;
    ExprPtr orelse = parseTest();
    if (!orelse) return nullptr;
    return std::make_unique<IfExp>(rangeFrom(begin), std::move(test), std::move(body),
                                   std::move(orelse));
}

ExprPtr Parser::parseTestNoCond() {
    if (check(TokenKind::KwLambda)) return parseLambda(true);
    return parseOrTest();
}

ExprPtr Parser::parseLambda(bool noCond) {
    SourceLoc begin = consume().range.begin; // 'lambda'
    auto lambda = std::make_unique<Lambda>(rangeFrom(begin));
    if (!parseParameters(lambda->args, TokenKind::Colon, false) || !expect(TokenKind::Colon))
        return nullptr;
    int savedLoops = loopDepth_;
    loopDepth_ = 0;
    lambda->body = noCond ? parseTestNoCond() : parseTest();
    loopDepth_ = savedLoops;
    if (!lambda->body) return nullptr;
    lambda->range = rangeFrom(begin);
    return lambda;
}

ExprPtr Parser::parseOrTest() {
    SourceLoc begin = tok().range.begin;
    ExprPtr first = parseAndTest();
    if (!first || !check(TokenKind::KwOr)) return first;
    auto op = std::make_unique<BoolOp>(rangeFrom(begin), BoolOpKind::Or);
    op->values.push_back(std::move(first));
    while (accept(TokenKind::KwOr)) {
        ExprPtr e = parseAndTest();
        if (!e) return nullptr;
        op->values.push_back(std::move(e));
    }
    op->range = rangeFrom(begin);
    return op;
}

ExprPtr Parser::parseAndTest() {
    SourceLoc begin = tok().range.begin;
    ExprPtr first = parseNotTest();
    if (!first || !check(TokenKind::KwAnd)) return first;
    auto op = std::make_unique<BoolOp>(rangeFrom(begin), BoolOpKind::And);
    op->values.push_back(std::move(first));
    while (accept(TokenKind::KwAnd)) {
        ExprPtr e = parseNotTest();
        if (!e) return nullptr;
        op->values.push_back(std::move(e));
    }
    op->range = rangeFrom(begin);
    return op;
}

ExprPtr Parser::parseNotTest() {
    DepthGuard guard(*this);
    if (!guard.ok()) return nullptr;
    if (!check(TokenKind::KwNot)) return parseComparison();
    SourceLoc begin = consume().range.begin;
    ExprPtr operand = parseNotTest();
    if (!operand) return nullptr;
    return std::make_unique<UnaryOp>(rangeFrom(begin), UnaryOpKind::Not, std::move(operand));
}

/// Reads a comparison operator at the parser's position; false if none.
static bool comparisonOp(TokenKind k, TokenKind next, CmpOpKind &op, int &tokens) {
    tokens = 1;
    switch (k) {
    case TokenKind::Less:
        op = CmpOpKind::Lt;
        return true;
    case TokenKind::Greater:
        op = CmpOpKind::Gt;
        return true;
    case TokenKind::EqEqual:
        op = CmpOpKind::Eq;
        return true;
    case TokenKind::NotEqual:
        op = CmpOpKind::NotEq;
        return true;
    case TokenKind::LessEqual:
        op = CmpOpKind::LtE;
        return true;
    case TokenKind::GreaterEqual:
        op = CmpOpKind::GtE;
        return true;
    case TokenKind::KwIn:
        op = CmpOpKind::In;
        return true;
    case TokenKind::KwIs:
        if (next == TokenKind::KwNot) {
            tokens = 2;
            op = CmpOpKind::IsNot;
        } else {
            op = CmpOpKind::Is;
        }
        return true;
    case TokenKind::KwNot:
        if (next != TokenKind::KwIn) return false;
        tokens = 2;
        op = CmpOpKind::NotIn;
        return true;
    default:
        return false;
    }
}

TokenKind Parser::secondOfComparison() {
    // Look past `is`/`not` only: lexing further ahead could report a lexical
    // error that comes after a syntax error the parser has yet to find.
    TokenKind k = tok().kind;
    return k == TokenKind::KwIs || k == TokenKind::KwNot ? tok(1).kind : TokenKind::EndMarker;
}

ExprPtr Parser::parseComparison() {
    SourceLoc begin = tok().range.begin;
    ExprPtr left = parseBitOr();
    if (!left) return nullptr;
    CmpOpKind op;
    int tokens;
    if (!comparisonOp(tok().kind, secondOfComparison(), op, tokens)) return left;
    auto cmp = std::make_unique<Compare>(rangeFrom(begin), std::move(left));
    while (comparisonOp(tok().kind, secondOfComparison(), op, tokens)) {
        for (int i = 0; i < tokens; ++i)
            consume();
        ExprPtr right = parseBitOr();
        if (!right) return nullptr;
        cmp->ops.push_back(op);
        cmp->comparators.push_back(std::move(right));
    }
    cmp->range = rangeFrom(begin);
    return cmp;
}

/// Precedence of binary operator token `k` (0 when not a binary operator).
static int binaryPrecedence(TokenKind k, BinOpKind &op) {
    switch (k) {
    case TokenKind::VBar:
        op = BinOpKind::BitOr;
        return 1;
    case TokenKind::Circumflex:
        op = BinOpKind::BitXor;
        return 2;
    case TokenKind::Amper:
        op = BinOpKind::BitAnd;
        return 3;
    case TokenKind::LeftShift:
        op = BinOpKind::LShift;
        return 4;
    case TokenKind::RightShift:
        op = BinOpKind::RShift;
        return 4;
    case TokenKind::Plus:
        op = BinOpKind::Add;
        return 5;
    case TokenKind::Minus:
        op = BinOpKind::Sub;
        return 5;
    case TokenKind::Star:
        op = BinOpKind::Mult;
        return 6;
    case TokenKind::At:
        op = BinOpKind::MatMult;
        return 6;
    case TokenKind::Slash:
        op = BinOpKind::Div;
        return 6;
    case TokenKind::DoubleSlash:
        op = BinOpKind::FloorDiv;
        return 6;
    case TokenKind::Percent:
        op = BinOpKind::Mod;
        return 6;
    default:
        return 0;
    }
}

ExprPtr Parser::parseBinary(int minPrec) {
    SourceLoc begin = tok().range.begin;
    ExprPtr left = parseFactor();
    if (!left) return nullptr;
    for (;;) {
        BinOpKind op;
        int prec = binaryPrecedence(tok().kind, op);
        if (prec == 0 || prec < minPrec) return left;
        consume();
        ExprPtr right = parseBinary(prec + 1);
        if (!right) return nullptr;
        left = std::make_unique<BinOp>(rangeFrom(begin), std::move(left), op, std::move(right));
    }
}

ExprPtr Parser::parseFactor() {
    DepthGuard guard(*this);
    if (!guard.ok()) return nullptr;
    UnaryOpKind op;
    switch (tok().kind) {
    case TokenKind::Plus:
        op = UnaryOpKind::UAdd;
        break;
    case TokenKind::Minus:
        op = UnaryOpKind::USub;
        break;
    case TokenKind::Tilde:
        op = UnaryOpKind::Invert;
        break;
    default:
        return parsePower();
    }
    SourceLoc begin = consume().range.begin;
    ExprPtr operand = parseFactor();
    if (!operand) return nullptr;
    return std::make_unique<UnaryOp>(rangeFrom(begin), op, std::move(operand));
}

ExprPtr Parser::parsePower() {
    SourceLoc begin = tok().range.begin;
    ExprPtr base = parseAtomExpr();
    if (!base || !check(TokenKind::DoubleStar)) return base;
    consume();
    ExprPtr exponent = parseFactor(); // Right associative, binds tighter than unary on the left.
    if (!exponent) return nullptr;
    return std::make_unique<BinOp>(rangeFrom(begin), std::move(base), BinOpKind::Pow,
                                   std::move(exponent));
}

ExprPtr Parser::parseAtomExpr() {
    SourceLoc begin = tok().range.begin;
    bool isAwait = accept(TokenKind::KwAwait);
    ExprPtr e = parseAtom();
    if (!e) return nullptr;
    for (;;) {
        if (check(TokenKind::LPar)) {
            Token opener = consume();
            auto call = std::make_unique<Call>(rangeFrom(begin), std::move(e));
            if (!parseCallArguments(call->args, call->keywords, true) ||
                !expectClosing(TokenKind::RPar, opener))
                return nullptr;
            call->range = rangeFrom(begin);
            e = std::move(call);
        } else if (check(TokenKind::LSqb)) {
            Token opener = consume();
            ExprPtr slice = parseSubscriptList();
            if (!slice || !expectClosing(TokenKind::RSqb, opener)) return nullptr;
            e = std::make_unique<Subscript>(rangeFrom(begin), std::move(e), std::move(slice));
        } else if (check(TokenKind::Dot)) {
            consume();
            if (!check(TokenKind::Name)) return error(tok(), "invalid syntax");
            std::string attr = consume().text;
            e = std::make_unique<Attribute>(rangeFrom(begin), std::move(e), std::move(attr));
        } else {
            break;
        }
    }
    if (isAwait) return std::make_unique<Await>(rangeFrom(begin), std::move(e));
    return e;
}

ExprPtr Parser::parseAtom() {
    const Token &t = tok();
    SourceLoc begin = t.range.begin;
    switch (t.kind) {
    case TokenKind::Name: {
        Token name = consume();
        return std::make_unique<Name>(name.range, name.text);
    }
    case TokenKind::Number:
        return parseNumber();
    case TokenKind::String:
        return parseStrings();
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis: {
        ConstantKind ck = t.kind == TokenKind::KwNone    ? ConstantKind::None
                          : t.kind == TokenKind::KwTrue  ? ConstantKind::True
                          : t.kind == TokenKind::KwFalse ? ConstantKind::False
                                                         : ConstantKind::Ellipsis;
        consume();
        return std::make_unique<Constant>(rangeFrom(begin), ck);
    }
    case TokenKind::LPar:
        return parseParenthesized();
    case TokenKind::LSqb:
        return parseListDisplay();
    case TokenKind::LBrace:
        return parseBraceDisplay();
    case TokenKind::RPar:
    case TokenKind::RSqb:
    case TokenKind::RBrace:
        return error(t, std::string("unmatched '") + tokenKindName(t.kind) + "'");
    case TokenKind::Indent:
        return error(t, "unexpected indent");
    default:
        return error(t, "invalid syntax");
    }
}

ExprPtr Parser::parseParenthesized() {
    Token opener = consume();
    SourceLoc begin = opener.range.begin;
    if (accept(TokenKind::RPar)) return std::make_unique<Tuple>(rangeFrom(begin));
    if (check(TokenKind::KwYield)) {
        ExprPtr y = parseYieldExpr();
        if (!y || !expectClosing(TokenKind::RPar, opener)) return nullptr;
        return y;
    }
    ExprPtr first = parseStarOrNamedTest();
    if (!first) return nullptr;
    if (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
        auto gen = std::make_unique<GeneratorExp>(rangeFrom(begin));
        if (!checkNoStarred(first.get())) return nullptr;
        gen->elt = std::move(first);
        if (!parseComprehensionClauses(gen->generators) || !expectClosing(TokenKind::RPar, opener))
            return nullptr;
        gen->range = rangeFrom(begin);
        return gen;
    }
    if (accept(TokenKind::RPar)) {
        if (isa<Starred>(first.get()))
            return errorAt(first->range.begin, "can't use starred expression here");
        return first;
    }
    auto tuple = std::make_unique<Tuple>(rangeFrom(begin));
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RPar)) break;
        ExprPtr e = parseStarOrNamedTest();
        if (!e) return nullptr;
        tuple->elts.push_back(std::move(e));
    }
    if (!expectClosing(TokenKind::RPar, opener)) return nullptr;
    tuple->range = rangeFrom(begin);
    return tuple;
}

ExprPtr Parser::parseListDisplay() {
    Token opener = consume();
    SourceLoc begin = opener.range.begin;
    auto list = std::make_unique<List>(rangeFrom(begin));
    if (accept(TokenKind::RSqb)) {
        list->range = rangeFrom(begin);
        return list;
    }
    ExprPtr first = parseStarOrNamedTest();
    if (!first) return nullptr;
    if (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
        auto comp = std::make_unique<ListComp>(rangeFrom(begin));
        if (!checkNoStarred(first.get())) return nullptr;
        comp->elt = std::move(first);
        if (!parseComprehensionClauses(comp->generators) || !expectClosing(TokenKind::RSqb, opener))
            return nullptr;
        comp->range = rangeFrom(begin);
        return comp;
    }
    list->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RSqb)) break;
        ExprPtr e = parseStarOrNamedTest();
        if (!e) return nullptr;
        list->elts.push_back(std::move(e));
    }
    if (!expectClosing(TokenKind::RSqb, opener)) return nullptr;
    list->range = rangeFrom(begin);
    return list;
}

ExprPtr Parser::parseBraceDisplay() {
    Token opener = consume();
    SourceLoc begin = opener.range.begin;
    if (accept(TokenKind::RBrace)) return std::make_unique<Dict>(rangeFrom(begin));

    // Dict display or comprehension.
    auto parseDictRest = [&](ExprPtr key, ExprPtr value) -> ExprPtr {
        if (key && (check(TokenKind::KwFor) || check(TokenKind::KwAsync))) {
            auto comp = std::make_unique<DictComp>(rangeFrom(begin));
            comp->key = std::move(key);
            comp->value = std::move(value);
            if (!parseComprehensionClauses(comp->generators) ||
                !expectClosing(TokenKind::RBrace, opener))
                return nullptr;
            comp->range = rangeFrom(begin);
            return comp;
        }
        auto dict = std::make_unique<Dict>(rangeFrom(begin));
        dict->keys.push_back(std::move(key));
        dict->values.push_back(std::move(value));
        while (accept(TokenKind::Comma)) {
            if (check(TokenKind::RBrace)) break;
            if (accept(TokenKind::DoubleStar)) {
                ExprPtr v = parseBitOr();
                if (!v) return nullptr;
                dict->keys.push_back(nullptr);
                dict->values.push_back(std::move(v));
                continue;
            }
            ExprPtr k = parseTest();
            if (!k || !expect(TokenKind::Colon)) return nullptr;
            ExprPtr v = parseTest();
            if (!v) return nullptr;
            dict->keys.push_back(std::move(k));
            dict->values.push_back(std::move(v));
        }
        if (!expectClosing(TokenKind::RBrace, opener)) return nullptr;
        dict->range = rangeFrom(begin);
        return dict;
    };

    if (accept(TokenKind::DoubleStar)) {
        ExprPtr v = parseBitOr();
        if (!v) return nullptr;
        return parseDictRest(nullptr, std::move(v));
    }
    ExprPtr first = parseStarOrNamedTest();
    if (!first) return nullptr;
    if (!isa<Starred>(first.get()) && !isa<NamedExpr>(first.get()) && accept(TokenKind::Colon)) {
        ExprPtr value = parseTest();
        if (!value) return nullptr;
        return parseDictRest(std::move(first), std::move(value));
    }
    if (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
        auto comp = std::make_unique<SetComp>(rangeFrom(begin));
        if (!checkNoStarred(first.get())) return nullptr;
        comp->elt = std::move(first);
        if (!parseComprehensionClauses(comp->generators) ||
            !expectClosing(TokenKind::RBrace, opener))
            return nullptr;
        comp->range = rangeFrom(begin);
        return comp;
    }
    auto set = std::make_unique<Set>(rangeFrom(begin));
    set->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RBrace)) break;
        ExprPtr e = parseStarOrNamedTest();
        if (!e) return nullptr;
        set->elts.push_back(std::move(e));
    }
    if (!expectClosing(TokenKind::RBrace, opener)) return nullptr;
    set->range = rangeFrom(begin);
    return set;
}

bool Parser::parseComprehensionClauses(std::vector<Comprehension> &out) {
    while (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
        Comprehension gen;
        SourceLoc begin = tok().range.begin;
        if (accept(TokenKind::KwAsync)) gen.isAsync = true;
        if (!expect(TokenKind::KwFor)) return false;
        if (!(gen.target = parseExprList()) || !setContext(*gen.target, ExprContext::Store))
            return false;
        if (!expect(TokenKind::KwIn)) return false;
        if (!(gen.iter = parseOrTest())) return false;
        while (check(TokenKind::KwIf)) {
            consume();
            ExprPtr cond = parseTestNoCond();
            if (!cond) return false;
            gen.ifs.push_back(std::move(cond));
        }
        gen.range = rangeFrom(begin);
        out.push_back(std::move(gen));
    }
    return true;
}

bool Parser::parseCallArguments(ExprList &args, std::vector<Keyword> &keywords,
                                bool allowGenerator) {
    bool sawKeyword = false;
    bool sawDoubleStar = false;
    while (!check(TokenKind::RPar)) {
        SourceLoc begin = tok().range.begin;
        if (accept(TokenKind::DoubleStar)) {
            Keyword kw;
            if (!(kw.value = parseTest())) return false;
            kw.range = rangeFrom(begin);
            keywords.push_back(std::move(kw));
            sawDoubleStar = true;
        } else if (accept(TokenKind::Star)) {
            if (sawDoubleStar) {
                errorAt(begin, "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            ExprPtr value = parseTest();
            if (!value) return false;
            args.push_back(std::make_unique<Starred>(rangeFrom(begin), std::move(value)));
        } else {
            ExprPtr e = parseNamedExprTest();
            if (!e) return false;
            if (check(TokenKind::Equal)) {
                consume();
                auto *name = dyn_cast<Name>(e.get());
                if (!name) {
                    errorAt(e->range.begin, "expression cannot contain assignment, perhaps you "
                                            "meant \"==\"?");
                    return false;
                }
                for (const auto &other : keywords)
                    if (other.name == name->id) {
                        errorAt(e->range.begin, "keyword argument repeated: " + name->id);
                        return false;
                    }
                Keyword kw;
                kw.name = name->id;
                if (!(kw.value = parseTest())) return false;
                kw.range = rangeFrom(begin);
                keywords.push_back(std::move(kw));
                sawKeyword = true;
            } else if (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
                auto gen = std::make_unique<GeneratorExp>(rangeFrom(begin));
                gen->elt = std::move(e);
                if (!parseComprehensionClauses(gen->generators)) return false;
                gen->range = rangeFrom(begin);
                // A bare generator argument must be the only argument.
                if (!allowGenerator || !args.empty() || !keywords.empty() ||
                    !check(TokenKind::RPar)) {
                    errorAt(begin, "Generator expression must be parenthesized");
                    return false;
                }
                args.push_back(std::move(gen));
            } else {
                if (sawDoubleStar) {
                    errorAt(begin, "positional argument follows keyword argument unpacking");
                    return false;
                }
                if (sawKeyword) {
                    errorAt(begin, "positional argument follows keyword argument");
                    return false;
                }
                args.push_back(std::move(e));
            }
        }
        if (!accept(TokenKind::Comma)) break;
    }
    return true;
}

ExprPtr Parser::parseSubscriptList() {
    SourceLoc begin = tok().range.begin;
    ExprPtr first = parseSubscript();
    if (!first || !check(TokenKind::Comma)) return first;
    auto tuple = std::make_unique<Tuple>(rangeFrom(begin));
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RSqb)) break;
        ExprPtr e = parseSubscript();
        if (!e) return nullptr;
        tuple->elts.push_back(std::move(e));
    }
    tuple->range = rangeFrom(begin);
    return tuple;
}

ExprPtr Parser::parseSubscript() {
    SourceLoc begin = tok().range.begin;
    ExprPtr lower;
    if (!check(TokenKind::Colon)) {
        lower = parseNamedExprTest();
        if (!lower || !check(TokenKind::Colon)) return lower;
    }
    consume(); // ':'
    auto slice = std::make_unique<Slice>(rangeFrom(begin));
    slice->lower = std::move(lower);
    auto endsPart = [&] {
        return check(TokenKind::Colon) || check(TokenKind::Comma) || check(TokenKind::RSqb);
    };
    if (!endsPart() && !(slice->upper = parseTest())) return nullptr;
    if (accept(TokenKind::Colon) && !endsPart() && !(slice->step = parseTest())) return nullptr;
    slice->range = rangeFrom(begin);
    return slice;
}

} // namespace krait
