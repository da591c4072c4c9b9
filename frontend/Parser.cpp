//===- Parser.cpp - Token handling, module and simple statements ----------===//

#include "frontend/Parser.h"

namespace krait {

using namespace ast;

std::unique_ptr<Module> parseModule(const SourceFile &file, DiagnosticEngine &diags) {
    Parser parser(file, diags);
    return parser.parseModule();
}

Parser::Parser(const SourceFile &file, DiagnosticEngine &diags)
    : file_(file), diags_(diags), lexer_(file, diags) {}

Parser::Parser(const SourceFile &file, DiagnosticEngine &diags, uint32_t begin, uint32_t end)
    : file_(file), diags_(diags), lexer_(file, diags, begin, end) {}

//===----------------------------------------------------------------------===//
// Token access and errors
//===----------------------------------------------------------------------===//

const Token &Parser::tok(size_t n) {
    while (ahead_.size() <= n) {
        Token t = lexer_.next();
        if (t.kind == TokenKind::Error) failed_ = true; // Already reported by the lexer.
        ahead_.push_back(std::move(t));
    }
    return ahead_[n];
}

Token Parser::consume() {
    tok();
    prev_ = std::move(ahead_.front());
    ahead_.pop_front();
    return prev_;
}

bool Parser::accept(TokenKind k) {
    if (!check(k)) return false;
    consume();
    return true;
}

bool Parser::expect(TokenKind k, const char *message) {
    if (accept(k)) return true;
    error(tok(), message);
    return false;
}

bool Parser::expectClosing(TokenKind k, const Token &opener) {
    if (accept(k)) return true;
    if (check(TokenKind::EndMarker) && !failed_) {
        std::string open = tokenKindName(opener.kind);
        errorAt(opener.range.begin, "'" + open + "' was never closed");
        return false;
    }
    error(tok(), "invalid syntax");
    return false;
}

std::nullptr_t Parser::error(const Token &at, const std::string &message) {
    // A lexical error token was already reported; report only the first error.
    if (at.kind == TokenKind::Error) failed_ = true;
    return errorAt(at.range.begin, message);
}

std::nullptr_t Parser::errorAt(SourceLoc at, const std::string &message) {
    if (!failed_) diags_.error(at, message);
    failed_ = true;
    return nullptr;
}

//===----------------------------------------------------------------------===//
// Module and statements
//===----------------------------------------------------------------------===//

std::unique_ptr<Module> Parser::parseModule() {
    auto module = std::make_unique<Module>(SourceRange{SourceLoc{1, 1}, SourceLoc{1, 1}});
    while (!failed_ && !check(TokenKind::EndMarker)) {
        if (check(TokenKind::Newline)) {
            consume();
            continue;
        }
        if (!parseStatement(module->body)) break;
    }
    if (failed_) return nullptr;
    module->range.end = tok().range.end;
    return module;
}

ExprPtr Parser::parseFieldExpression() {
    ExprPtr e = check(TokenKind::KwYield) ? parseYieldExpr() : parseTestListStarExpr();
    if (!e) return nullptr;
    if (!check(TokenKind::EndMarker)) return error(tok(), "invalid syntax");
    return e;
}

bool Parser::parseStatement(StmtList &out) {
    const Token &t = tok();
    SourceLoc begin = t.range.begin;
    StmtPtr stmt;
    switch (t.kind) {
    case TokenKind::Indent: {
        // The token spans the indentation; point at the statement it indents.
        Token at = t;
        at.range.begin = t.range.end;
        error(at, "unexpected indent");
        return false;
    }
    case TokenKind::Dedent:
        // Only the lexer's inconsistent dedent can reach here.
        error(t, "unindent does not match any outer indentation level");
        return false;
    case TokenKind::KwIf:
        stmt = parseIf();
        break;
    case TokenKind::KwWhile:
        stmt = parseWhile();
        break;
    case TokenKind::KwFor:
        consume();
        stmt = parseFor(begin, false);
        break;
    case TokenKind::KwTry:
        stmt = parseTry();
        break;
    case TokenKind::KwWith:
        consume();
        stmt = parseWith(begin, false);
        break;
    case TokenKind::KwDef:
        stmt = parseFunctionDef(begin, {}, false);
        break;
    case TokenKind::KwClass:
        stmt = parseClassDef(begin, {});
        break;
    case TokenKind::At:
        stmt = parseDecorated();
        break;
    case TokenKind::KwAsync: {
        TokenKind next = tok(1).kind;
        if (next == TokenKind::KwDef) {
            consume();
            stmt = parseFunctionDef(begin, {}, true);
        } else if (next == TokenKind::KwFor) {
            consume();
            consume();
            stmt = parseFor(begin, true);
        } else if (next == TokenKind::KwWith) {
            consume();
            consume();
            stmt = parseWith(begin, true);
        } else {
            error(tok(1), "invalid syntax");
            return false;
        }
        break;
    }
    default:
        return parseSimpleStatements(out);
    }
    if (!stmt) return false;
    out.push_back(std::move(stmt));
    return true;
}

bool Parser::parseSimpleStatements(StmtList &out) {
    for (;;) {
        StmtPtr stmt = parseSimpleStatement();
        if (!stmt) return false;
        out.push_back(std::move(stmt));
        if (!accept(TokenKind::Semi)) break;
        if (check(TokenKind::Newline) || check(TokenKind::EndMarker)) break;
    }
    if (check(TokenKind::EndMarker)) return true;
    return expect(TokenKind::Newline);
}

ExprPtr Parser::parseYieldOrTestList() {
    if (check(TokenKind::KwYield)) return parseYieldExpr();
    return parseTestListStarExpr();
}

StmtPtr Parser::parseSimpleStatement() {
    const Token &t = tok();
    SourceLoc begin = t.range.begin;
    switch (t.kind) {
    case TokenKind::KwPass:
        consume();
        return std::make_unique<Pass>(rangeFrom(begin));
    case TokenKind::KwBreak:
        consume();
        if (loopDepth_ == 0) return errorAt(begin, "'break' outside loop");
        return std::make_unique<Break>(rangeFrom(begin));
    case TokenKind::KwContinue:
        consume();
        if (loopDepth_ == 0) return errorAt(begin, "'continue' not properly in loop");
        return std::make_unique<Continue>(rangeFrom(begin));
    case TokenKind::KwReturn: {
        consume();
        ExprPtr value;
        if (!check(TokenKind::Newline) && !check(TokenKind::Semi) && !check(TokenKind::EndMarker)) {
            value = parseTestListStarExpr();
            if (!value) return nullptr;
        }
        return std::make_unique<Return>(rangeFrom(begin), std::move(value));
    }
    case TokenKind::KwRaise: {
        consume();
        auto r = std::make_unique<Raise>(rangeFrom(begin));
        if (!check(TokenKind::Newline) && !check(TokenKind::Semi) && !check(TokenKind::EndMarker)) {
            if (!(r->exc = parseTest())) return nullptr;
            if (accept(TokenKind::KwFrom) && !(r->cause = parseTest())) return nullptr;
        }
        r->range = rangeFrom(begin);
        return r;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
        bool isGlobal = t.kind == TokenKind::KwGlobal;
        consume();
        std::vector<std::string> names;
        do {
            if (!check(TokenKind::Name)) return error(tok(), "invalid syntax");
            names.push_back(consume().text);
        } while (accept(TokenKind::Comma));
        if (isGlobal) {
            auto g = std::make_unique<Global>(rangeFrom(begin));
            g->names = std::move(names);
            return g;
        }
        auto n = std::make_unique<Nonlocal>(rangeFrom(begin));
        n->names = std::move(names);
        return n;
    }
    case TokenKind::KwDel: {
        consume();
        auto d = std::make_unique<Delete>(rangeFrom(begin));
        bool bare = false;
        ExprPtr targets = parseExprList(&bare);
        if (!targets) return nullptr;
        // `del a, b` deletes each target; `del (a, b)` stays one tuple target.
        if (bare) {
            for (auto &e : cast<Tuple>(targets.get())->elts)
                d->targets.push_back(std::move(e));
        } else {
            d->targets.push_back(std::move(targets));
        }
        for (auto &target : d->targets)
            if (!setContext(*target, ExprContext::Del)) return nullptr;
        d->range = rangeFrom(begin);
        return d;
    }
    case TokenKind::KwAssert: {
        consume();
        ExprPtr test = parseTest();
        if (!test) return nullptr;
        ExprPtr msg;
        if (accept(TokenKind::Comma) && !(msg = parseTest())) return nullptr;
        return std::make_unique<Assert>(rangeFrom(begin), std::move(test), std::move(msg));
    }
    case TokenKind::KwImport:
        return parseImport();
    case TokenKind::KwFrom:
        return parseFromImport();
    default:
        return parseExpressionStatement();
    }
}

/// Maps an augmented-assignment token to its operator; false if `k` is not one.
static bool augAssignOp(TokenKind k, BinOpKind &op) {
    switch (k) {
    case TokenKind::PlusEqual:
        op = BinOpKind::Add;
        return true;
    case TokenKind::MinEqual:
        op = BinOpKind::Sub;
        return true;
    case TokenKind::StarEqual:
        op = BinOpKind::Mult;
        return true;
    case TokenKind::AtEqual:
        op = BinOpKind::MatMult;
        return true;
    case TokenKind::SlashEqual:
        op = BinOpKind::Div;
        return true;
    case TokenKind::DoubleSlashEqual:
        op = BinOpKind::FloorDiv;
        return true;
    case TokenKind::PercentEqual:
        op = BinOpKind::Mod;
        return true;
    case TokenKind::DoubleStarEqual:
        op = BinOpKind::Pow;
        return true;
    case TokenKind::LeftShiftEqual:
        op = BinOpKind::LShift;
        return true;
    case TokenKind::RightShiftEqual:
        op = BinOpKind::RShift;
        return true;
    case TokenKind::VBarEqual:
        op = BinOpKind::BitOr;
        return true;
    case TokenKind::CircumflexEqual:
        op = BinOpKind::BitXor;
        return true;
    case TokenKind::AmperEqual:
        op = BinOpKind::BitAnd;
        return true;
    default:
        return false;
    }
}

StmtPtr Parser::parseExpressionStatement() {
    SourceLoc begin = tok().range.begin;
    bool startsWithName = check(TokenKind::Name);
    ExprPtr first = parseYieldOrTestList();
    if (!first) return nullptr;

    BinOpKind op;
    if (augAssignOp(tok().kind, op)) {
        consume();
        if (!checkAugTarget(*first)) return nullptr;
        ExprPtr value = check(TokenKind::KwYield) ? parseYieldExpr() : parseTestListStarExpr();
        if (!value || !checkNoStarred(value.get())) return nullptr;
        return std::make_unique<AugAssign>(rangeFrom(begin), std::move(first), op,
                                           std::move(value));
    }

    if (check(TokenKind::Colon)) {
        consume();
        auto ann = std::make_unique<AnnAssign>(rangeFrom(begin));
        if (isa<Tuple>(first.get()))
            return errorAt(first->range.begin, "only single target (not tuple) can be annotated");
        if (isa<List>(first.get()))
            return errorAt(first->range.begin, "only single target (not list) can be annotated");
        if (!isa<Name>(first.get()) && !isa<Attribute>(first.get()) && !isa<Subscript>(first.get()))
            return errorAt(first->range.begin, "illegal target for annotation");
        if (!setContext(*first, ExprContext::Store)) return nullptr;
        ann->simple = startsWithName && isa<Name>(first.get());
        ann->target = std::move(first);
        if (!(ann->annotation = parseTest())) return nullptr;
        if (accept(TokenKind::Equal) && !(ann->value = parseYieldOrTestList())) return nullptr;
        ann->range = rangeFrom(begin);
        return ann;
    }

    if (check(TokenKind::Equal)) {
        auto assign = std::make_unique<Assign>(rangeFrom(begin));
        ExprPtr value = std::move(first);
        while (accept(TokenKind::Equal)) {
            if (!setContext(*value, ExprContext::Store)) return nullptr;
            assign->targets.push_back(std::move(value));
            if (!(value = parseYieldOrTestList())) return nullptr;
        }
        if (!checkNoStarred(value.get())) return nullptr;
        assign->value = std::move(value);
        assign->range = rangeFrom(begin);
        return assign;
    }

    if (!checkNoStarred(first.get())) return nullptr;
    return std::make_unique<ExprStmt>(rangeFrom(begin), std::move(first));
}

bool Parser::parseDottedName(std::string &out) {
    if (!check(TokenKind::Name)) {
        error(tok(), "invalid syntax");
        return false;
    }
    out = consume().text;
    while (accept(TokenKind::Dot)) {
        if (!check(TokenKind::Name)) {
            error(tok(), "invalid syntax");
            return false;
        }
        out += "." + consume().text;
    }
    return true;
}

StmtPtr Parser::parseImport() {
    SourceLoc begin = consume().range.begin;
    auto imp = std::make_unique<Import>(rangeFrom(begin));
    do {
        Alias alias;
        SourceLoc aliasBegin = tok().range.begin;
        if (!parseDottedName(alias.name)) return nullptr;
        if (accept(TokenKind::KwAs)) {
            if (!check(TokenKind::Name)) return error(tok(), "invalid syntax");
            alias.asname = consume().text;
        }
        alias.range = rangeFrom(aliasBegin);
        imp->names.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    imp->range = rangeFrom(begin);
    return imp;
}

StmtPtr Parser::parseFromImport() {
    SourceLoc begin = consume().range.begin;
    auto imp = std::make_unique<ImportFrom>(rangeFrom(begin));
    for (;;) {
        if (accept(TokenKind::Dot))
            imp->level += 1;
        else if (accept(TokenKind::Ellipsis))
            imp->level += 3;
        else
            break;
    }
    if (check(TokenKind::Name)) {
        if (!parseDottedName(imp->module)) return nullptr;
    } else if (imp->level == 0) {
        return error(tok(), "invalid syntax");
    }
    if (!expect(TokenKind::KwImport)) return nullptr;
    if (check(TokenKind::Star)) {
        Alias alias;
        alias.range = consume().range;
        alias.name = "*";
        imp->names.push_back(std::move(alias));
        imp->range = rangeFrom(begin);
        return imp;
    }
    bool paren = false;
    Token opener;
    if (check(TokenKind::LPar)) {
        opener = consume();
        paren = true;
    }
    do {
        if (paren && check(TokenKind::RPar) && !imp->names.empty())
            break; // Trailing comma inside parentheses.
        if (!check(TokenKind::Name))
            return error(tok(), paren || imp->names.empty()
                                    ? "invalid syntax"
                                    : "trailing comma not allowed without surrounding parentheses");
        Alias alias;
        SourceLoc aliasBegin = tok().range.begin;
        alias.name = consume().text;
        if (accept(TokenKind::KwAs)) {
            if (!check(TokenKind::Name)) return error(tok(), "invalid syntax");
            alias.asname = consume().text;
        }
        alias.range = rangeFrom(aliasBegin);
        imp->names.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    if (paren && !expectClosing(TokenKind::RPar, opener)) return nullptr;
    imp->range = rangeFrom(begin);
    return imp;
}

} // namespace krait
