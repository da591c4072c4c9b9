//===- ParserStmt.cpp - Compound statements and parameter lists -----------===//

#include "frontend/Parser.h"

#include <algorithm>

namespace krait {

using namespace ast;

bool Parser::parseSuite(StmtList &out) {
    if (!expect(TokenKind::Colon, "expected ':'")) return false;
    if (!check(TokenKind::Newline)) return parseSimpleStatements(out);
    consume();
    if (!check(TokenKind::Indent)) {
        error(tok(), "expected an indented block");
        return false;
    }
    consume();
    while (!failed_ && !check(TokenKind::Dedent) && !check(TokenKind::EndMarker)) {
        if (!parseStatement(out)) return false;
    }
    if (failed_) return false;
    accept(TokenKind::Dedent);
    return true;
}

StmtPtr Parser::parseIf() {
    SourceLoc begin = consume().range.begin; // 'if' or 'elif'
    ExprPtr test = parseNamedExprTest();
    if (!test) return nullptr;
    auto stmt = std::make_unique<If>(rangeFrom(begin), std::move(test));
    if (!parseSuite(stmt->body)) return nullptr;
    if (check(TokenKind::KwElif)) {
        StmtPtr elif = parseIf();
        if (!elif) return nullptr;
        stmt->orelse.push_back(std::move(elif));
    } else if (accept(TokenKind::KwElse)) {
        if (!parseSuite(stmt->orelse)) return nullptr;
    }
    stmt->range = rangeFrom(begin);
    return stmt;
}

StmtPtr Parser::parseWhile() {
    SourceLoc begin = consume().range.begin;
    ExprPtr test = parseNamedExprTest();
    if (!test) return nullptr;
    auto stmt = std::make_unique<While>(rangeFrom(begin), std::move(test));
    ++loopDepth_;
    bool ok = parseSuite(stmt->body);
    --loopDepth_;
    if (!ok) return nullptr;
    if (accept(TokenKind::KwElse) && !parseSuite(stmt->orelse)) return nullptr;
    stmt->range = rangeFrom(begin);
    return stmt;
}

StmtPtr Parser::parseFor(SourceLoc begin, bool isAsync) {
    auto stmt = std::make_unique<For>(rangeFrom(begin));
    stmt->isAsync = isAsync;
    if (!(stmt->target = parseExprList()) || !setContext(*stmt->target, ExprContext::Store))
        return nullptr;
    if (!expect(TokenKind::KwIn)) return nullptr;
    if (!(stmt->iter = parseTestListStarExpr())) return nullptr;
    ++loopDepth_;
    bool ok = parseSuite(stmt->body);
    --loopDepth_;
    if (!ok) return nullptr;
    if (accept(TokenKind::KwElse) && !parseSuite(stmt->orelse)) return nullptr;
    stmt->range = rangeFrom(begin);
    return stmt;
}

StmtPtr Parser::parseTry() {
    SourceLoc begin = consume().range.begin;
    auto stmt = std::make_unique<Try>(rangeFrom(begin));
    if (!parseSuite(stmt->body)) return nullptr;
    while (check(TokenKind::KwExcept)) {
        ExceptHandler handler;
        SourceLoc hbegin = consume().range.begin;
        if (!stmt->handlers.empty() && !stmt->handlers.back().type)
            return errorAt(stmt->handlers.back().range.begin, "default 'except:' must be last");
        if (!check(TokenKind::Colon)) {
            if (!(handler.type = parseTest())) return nullptr;
            if (accept(TokenKind::KwAs)) {
                if (!check(TokenKind::Name)) return error(tok(), "invalid syntax");
                handler.name = consume().text;
            } else if (check(TokenKind::Comma)) {
                return errorAt(handler.type->range.begin,
                               "multiple exception types must be parenthesized");
            }
        }
        handler.range = rangeFrom(hbegin);
        if (!parseSuite(handler.body)) return nullptr;
        stmt->handlers.push_back(std::move(handler));
    }
    if (!stmt->handlers.empty() && accept(TokenKind::KwElse) && !parseSuite(stmt->orelse))
        return nullptr;
    if (accept(TokenKind::KwFinally) && !parseSuite(stmt->finalbody)) return nullptr;
    if (stmt->handlers.empty() && stmt->finalbody.empty())
        return error(tok(), "expected 'except' or 'finally' block");
    stmt->range = rangeFrom(begin);
    return stmt;
}

bool Parser::parenthesizedWithItems() {
    // `with (a as b, c):` (Python 3.9+): the parentheses group the items when
    // they are followed by ':' and hold a top-level `as` or comma.
    if (!check(TokenKind::LPar)) return false;
    int depth = 0;
    bool grouping = false;
    for (size_t n = 0;; ++n) {
        TokenKind k = tok(n).kind;
        if (k == TokenKind::EndMarker || k == TokenKind::Error || k == TokenKind::Newline)
            return false;
        if (k == TokenKind::LPar || k == TokenKind::LSqb || k == TokenKind::LBrace)
            ++depth;
        else if (k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace)
            --depth;
        else if (depth == 1 && (k == TokenKind::KwAs || k == TokenKind::Comma))
            grouping = true;
        if (depth == 0) return grouping && tok(n + 1).kind == TokenKind::Colon;
    }
}

bool Parser::parseWithItem(With &stmt) {
    WithItem item;
    SourceLoc ibegin = tok().range.begin;
    if (!(item.contextExpr = parseTest())) return false;
    if (accept(TokenKind::KwAs)) {
        if (!(item.optionalVars = parseStarExpr()) ||
            !setContext(*item.optionalVars, ExprContext::Store))
            return false;
    }
    item.range = rangeFrom(ibegin);
    stmt.items.push_back(std::move(item));
    return true;
}

StmtPtr Parser::parseWith(SourceLoc begin, bool isAsync) {
    auto stmt = std::make_unique<With>(rangeFrom(begin));
    stmt->isAsync = isAsync;
    if (parenthesizedWithItems()) {
        Token opener = consume();
        do {
            if (check(TokenKind::RPar) && !stmt->items.empty()) break; // Trailing comma.
            if (!parseWithItem(*stmt)) return nullptr;
        } while (accept(TokenKind::Comma));
        if (!expectClosing(TokenKind::RPar, opener)) return nullptr;
    } else {
        do {
            if (!parseWithItem(*stmt)) return nullptr;
        } while (accept(TokenKind::Comma));
    }
    if (!parseSuite(stmt->body)) return nullptr;
    stmt->range = rangeFrom(begin);
    return stmt;
}

StmtPtr Parser::parseDecorated() {
    SourceLoc begin = tok().range.begin;
    ExprList decorators;
    while (accept(TokenKind::At)) {
        ExprPtr d = parseNamedExprTest();
        if (!d || !expect(TokenKind::Newline)) return nullptr;
        decorators.push_back(std::move(d));
    }
    if (check(TokenKind::KwDef)) return parseFunctionDef(begin, std::move(decorators), false);
    if (check(TokenKind::KwClass)) return parseClassDef(begin, std::move(decorators));
    if (check(TokenKind::KwAsync) && tok(1).kind == TokenKind::KwDef) {
        consume();
        return parseFunctionDef(begin, std::move(decorators), true);
    }
    return error(tok(), "invalid syntax");
}

StmtPtr Parser::parseFunctionDef(SourceLoc begin, ExprList decorators, bool isAsync) {
    consume(); // 'def'
    auto fn = std::make_unique<FunctionDef>(rangeFrom(begin));
    fn->isAsync = isAsync;
    fn->decorators = std::move(decorators);
    if (!check(TokenKind::Name)) return error(tok(), "invalid syntax");
    fn->nameLoc = tok().range.begin;
    fn->name = consume().text;
    Token opener = tok();
    if (!expect(TokenKind::LPar)) return nullptr;
    if (!parseParameters(fn->args, TokenKind::RPar, true) ||
        !expectClosing(TokenKind::RPar, opener))
        return nullptr;
    if (accept(TokenKind::RArrow) && !(fn->returns = parseTest())) return nullptr;
    int savedLoops = loopDepth_;
    loopDepth_ = 0;
    bool ok = parseSuite(fn->body);
    loopDepth_ = savedLoops;
    if (!ok) return nullptr;
    fn->range = rangeFrom(begin);
    return fn;
}

StmtPtr Parser::parseClassDef(SourceLoc begin, ExprList decorators) {
    consume(); // 'class'
    auto cls = std::make_unique<ClassDef>(rangeFrom(begin));
    cls->decorators = std::move(decorators);
    if (!check(TokenKind::Name)) return error(tok(), "invalid syntax");
    cls->nameLoc = tok().range.begin;
    cls->name = consume().text;
    if (check(TokenKind::LPar)) {
        Token opener = consume();
        if (!parseCallArguments(cls->bases, cls->keywords, false) ||
            !expectClosing(TokenKind::RPar, opener))
            return nullptr;
    }
    int savedLoops = loopDepth_;
    loopDepth_ = 0;
    bool ok = parseSuite(cls->body);
    loopDepth_ = savedLoops;
    if (!ok) return nullptr;
    cls->range = rangeFrom(begin);
    return cls;
}

bool Parser::parseParameters(Arguments &args, TokenKind closer, bool allowAnnotations) {
    bool sawDefault = false;
    bool sawStar = false; // `*` or `*name` seen: following names are keyword-only.
    bool sawSlash = false;
    std::vector<std::string> names;

    auto parseArg = [&](Arg &arg) -> bool {
        if (!check(TokenKind::Name)) {
            error(tok(), "invalid syntax");
            return false;
        }
        arg.range = tok().range;
        arg.name = consume().text;
        if (std::find(names.begin(), names.end(), arg.name) != names.end()) {
            errorAt(arg.range.begin,
                    "duplicate argument '" + arg.name + "' in function definition");
            return false;
        }
        names.push_back(arg.name);
        if (allowAnnotations && accept(TokenKind::Colon) && !(arg.annotation = parseTest()))
            return false;
        arg.range = rangeFrom(arg.range.begin);
        return true;
    };

    while (!check(closer)) {
        const Token &t = tok();
        if (t.kind == TokenKind::Slash) {
            if (sawSlash || sawStar || args.args.empty()) {
                error(t, "invalid syntax");
                return false;
            }
            consume();
            sawSlash = true;
            args.posonly = std::move(args.args);
            args.args.clear();
        } else if (t.kind == TokenKind::Star) {
            Token star = consume();
            if (sawStar) {
                error(star, "* argument may appear only once");
                return false;
            }
            sawStar = true;
            if (check(TokenKind::Name)) {
                args.vararg = std::make_unique<Arg>();
                if (!parseArg(*args.vararg)) return false;
            } else if (check(closer) || (check(TokenKind::Comma) && tok(1).kind == closer) ||
                       (check(TokenKind::Comma) && tok(1).kind == TokenKind::DoubleStar)) {
                error(star, "named arguments must follow bare *");
                return false;
            }
        } else if (t.kind == TokenKind::DoubleStar) {
            consume();
            args.kwarg = std::make_unique<Arg>();
            if (!parseArg(*args.kwarg)) return false;
            accept(TokenKind::Comma);
            if (!check(closer)) {
                error(tok(), "arguments cannot follow var-keyword argument");
                return false;
            }
            break;
        } else {
            Arg arg;
            if (!parseArg(arg)) return false;
            ExprPtr def;
            if (accept(TokenKind::Equal) && !(def = parseTest())) return false;
            if (sawStar) {
                args.kwonly.push_back(std::move(arg));
                args.kwDefaults.push_back(std::move(def));
            } else {
                if (def) {
                    sawDefault = true;
                    args.defaults.push_back(std::move(def));
                } else if (sawDefault) {
                    errorAt(arg.range.begin, "non-default argument follows default argument");
                    return false;
                }
                args.args.push_back(std::move(arg));
            }
        }
        if (!accept(TokenKind::Comma)) break;
    }
    return true;
}

} // namespace krait
