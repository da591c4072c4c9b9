//===- Parser.h - Recursive-descent parser for Python 3 --------*- C++ -*-===//
///
/// \file
/// Parses a token stream into the AST of AST.h. Expressions use precedence
/// climbing; statements are plain recursive descent. Parsing stops at the
/// first syntax error, which is reported (positioned at the offending token)
/// through the DiagnosticEngine.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_PARSER_H
#define KRAIT_FRONTEND_PARSER_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"

#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace krait {

/// Parses a whole module. Returns null after a lexical or syntax error (the
/// error has been reported to `diags`).
std::unique_ptr<ast::Module> parseModule(const SourceFile &file, DiagnosticEngine &diags);

/// The parser. Use `parseModule` unless you need the pieces.
class Parser {
  public:
    /// Parses the whole of `file`.
    Parser(const SourceFile &file, DiagnosticEngine &diags);
    /// Parses bytes [begin, end) of `file` as one f-string replacement field
    /// expression (see `parseFieldExpression`).
    Parser(const SourceFile &file, DiagnosticEngine &diags, uint32_t begin, uint32_t end);

    /// Parses a module; null on error.
    std::unique_ptr<ast::Module> parseModule();
    /// Parses the expression of an f-string field: `yield`, or a possibly
    /// starred testlist, up to the end of the range; null on error.
    ast::ExprPtr parseFieldExpression();

    /// True once an error was reported.
    bool failed() const { return failed_; }

  private:
    const SourceFile &file_;
    DiagnosticEngine &diags_;
    Lexer lexer_;
    std::deque<Token> ahead_; ///< Lookahead buffer.
    Token prev_;              ///< The last consumed token.
    bool failed_ = false;
    int loopDepth_ = 0; ///< Loops enclosing the current point in the current function.
    int exprDepth_ = 0; ///< Nesting of recursive expression rules (stack guard).

    /// Counts one level of expression recursion; reports an error (and
    /// makes `ok()` false) past the limit so deep inputs cannot overflow the stack.
    class DepthGuard {
      public:
        explicit DepthGuard(Parser &p);
        ~DepthGuard() { --p_.exprDepth_; }
        bool ok() const { return ok_; }

      private:
        Parser &p_;
        bool ok_;
    };

    // Token access (Parser.cpp).
    const Token &tok(size_t n = 0);
    Token consume();
    bool check(TokenKind k) { return tok().kind == k; }
    bool accept(TokenKind k);
    bool expect(TokenKind k, const char *message = "invalid syntax");
    bool expectClosing(TokenKind k, const Token &opener);
    std::nullptr_t error(const Token &at, const std::string &message);
    std::nullptr_t errorAt(SourceLoc at, const std::string &message);
    SourceRange rangeFrom(SourceLoc begin) const { return SourceRange{begin, prev_.range.end}; }

    // Statements (Parser.cpp / ParserStmt.cpp).
    bool parseStatement(ast::StmtList &out);
    bool parseSimpleStatements(ast::StmtList &out);
    ast::StmtPtr parseSimpleStatement();
    ast::StmtPtr parseExpressionStatement();
    ast::StmtPtr parseImport();
    ast::StmtPtr parseFromImport();
    bool parseSuite(ast::StmtList &out);
    ast::StmtPtr parseIf();
    ast::StmtPtr parseWhile();
    ast::StmtPtr parseFor(SourceLoc begin, bool isAsync);
    ast::StmtPtr parseTry();
    ast::StmtPtr parseWith(SourceLoc begin, bool isAsync);
    bool parenthesizedWithItems();
    bool parseWithItem(ast::With &stmt);
    ast::StmtPtr parseFunctionDef(SourceLoc begin, ast::ExprList decorators, bool isAsync);
    ast::StmtPtr parseClassDef(SourceLoc begin, ast::ExprList decorators);
    ast::StmtPtr parseDecorated();
    bool parseParameters(ast::Arguments &args, TokenKind closer, bool allowAnnotations);
    bool parseDottedName(std::string &out);

    // Expressions (ParserExpr.cpp).
    ast::ExprPtr parseTestListStarExpr(bool allowStar = true);
    /// Parses `expr (',' expr)* [',']`; `*builtTuple` (when given) tells
    /// whether the commas made a Tuple here (as opposed to a parenthesized one).
    ast::ExprPtr parseExprList(bool *builtTuple = nullptr);
    ast::ExprPtr parseYieldOrTestList();
    ast::ExprPtr parseYieldExpr();
    ast::ExprPtr parseNamedExprTest();
    ast::ExprPtr parseStarOrNamedTest();
    ast::ExprPtr parseTest();
    ast::ExprPtr parseTestNoCond();
    ast::ExprPtr parseLambda(bool noCond);
    ast::ExprPtr parseOrTest();
    ast::ExprPtr parseAndTest();
    ast::ExprPtr parseNotTest();
    ast::ExprPtr parseComparison();
    TokenKind secondOfComparison();
    ast::ExprPtr parseStarExpr();
    ast::ExprPtr parseBitOr() { return parseBinary(1); }
    ast::ExprPtr parseBinary(int minPrec);
    ast::ExprPtr parseFactor();
    ast::ExprPtr parsePower();
    ast::ExprPtr parseAtomExpr();
    ast::ExprPtr parseAtom();
    ast::ExprPtr parseParenthesized();
    ast::ExprPtr parseListDisplay();
    ast::ExprPtr parseBraceDisplay();
    bool parseComprehensionClauses(std::vector<ast::Comprehension> &out);
    bool parseCallArguments(ast::ExprList &args, std::vector<ast::Keyword> &keywords,
                            bool allowGenerator);
    ast::ExprPtr parseSubscriptList();
    ast::ExprPtr parseSubscript();

    // Literals (ParserString.cpp).
    ast::ExprPtr parseNumber();
    ast::ExprPtr parseStrings();
    ast::ExprPtr formatCallForConcatenation(const std::vector<Token> &parts,
                                            std::vector<std::unique_ptr<ast::JoinedStr>> &parsed,
                                            SourceRange range);
    bool parseFStringBody(uint32_t begin, uint32_t end, bool raw, bool inSpec, ast::JoinedStr &out,
                          uint32_t &stop);
    bool parseFStringField(uint32_t begin, uint32_t end, bool raw, ast::JoinedStr &out,
                           uint32_t &stop);

    // Target validation (ParserTargets.cpp).
    bool setContext(ast::Expr &target, ast::ExprContext ctx);
    bool checkAugTarget(ast::Expr &target);
    bool checkNoStarred(const ast::Expr *e);
};

} // namespace krait

#endif // KRAIT_FRONTEND_PARSER_H
