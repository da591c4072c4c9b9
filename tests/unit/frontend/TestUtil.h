//===- TestUtil.h - Helpers for the frontend unit tests --------*- C++ -*-===//

#ifndef KRAIT_TESTS_FRONTEND_TESTUTIL_H
#define KRAIT_TESTS_FRONTEND_TESTUTIL_H

#include "frontend/ASTDump.h"
#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "frontend/Scope.h"

#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace krait::test {

/// A source file with a diagnostics engine writing to a string.
struct Fixture {
    explicit Fixture(const std::string &text) : file("t.py", text), diags(file, out) {}
    SourceFile file;
    std::ostringstream out;
    DiagnosticEngine diags;
};

/// All tokens of `text` up to and including ENDMARKER (or the error).
inline std::vector<Token> lexAll(Fixture &fx) {
    Lexer lexer(fx.file, fx.diags);
    std::vector<Token> tokens;
    for (;;) {
        tokens.push_back(lexer.next());
        TokenKind k = tokens.back().kind;
        if (k == TokenKind::EndMarker || k == TokenKind::Error) return tokens;
    }
}

/// Token kinds of `text` as a space-separated string; names print their
/// text instead of NAME.
inline std::string tokenKinds(const std::string &text) {
    Fixture fx(text);
    std::string out;
    for (const Token &t : lexAll(fx)) {
        if (!out.empty()) out += ' ';
        out += t.kind == TokenKind::Name ? t.text : tokenKindName(t.kind);
    }
    return out;
}

/// The dump of the parsed module without the "(Module" wrapper: each
/// top-level statement on its own line(s), or the error output on failure.
inline std::string parseDump(const std::string &text, bool bindings = false) {
    Fixture fx(text);
    auto module = parseModule(fx.file, fx.diags);
    if (!module) return "ERROR: " + fx.out.str();
    std::unique_ptr<ScopeInfo> scopes;
    if (bindings) {
        scopes = analyzeScopes(*module, fx.diags);
        if (fx.diags.hasErrors()) return "ERROR: " + fx.out.str();
    }
    ast::DumpOptions opts;
    opts.bindings = bindings;
    std::string out;
    for (const auto &stmt : module->body) {
        if (!out.empty()) out += '\n';
        out += ast::dumpToString(*stmt, opts);
    }
    return out;
}

/// The diagnostics printed when parsing (and, with `scopes`, analysing)
/// `text`; empty when there were none.
inline std::string errorsOf(const std::string &text, bool scopes = false) {
    Fixture fx(text);
    auto module = parseModule(fx.file, fx.diags);
    if (module && scopes) analyzeScopes(*module, fx.diags);
    return fx.out.str();
}

/// Only the first line ("t.py:L:C: error: msg") of the diagnostics.
inline std::string firstError(const std::string &text, bool scopes = false) {
    std::string all = errorsOf(text, scopes);
    return all.substr(0, all.find('\n'));
}

} // namespace krait::test

#endif
