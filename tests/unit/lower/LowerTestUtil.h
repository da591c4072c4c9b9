//===- LowerTestUtil.h - Helpers for the lowering tests --------*- C++ -*-===//
///
/// \file
/// Runs source text through parse, scope analysis, lowering and the IR
/// verifier, and offers small queries over the result.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_TESTS_UNIT_LOWER_LOWERTESTUTIL_H
#define KRAIT_TESTS_UNIT_LOWER_LOWERTESTUTIL_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Scope.h"
#include "ir/IR.h"

#include <memory>
#include <sstream>
#include <string>

namespace krait::test {

/// Everything produced from one program.
struct Lowered {
    std::unique_ptr<SourceFile> file;
    std::ostringstream diagOut;
    std::unique_ptr<DiagnosticEngine> diags;
    std::unique_ptr<ast::Module> ast;
    std::unique_ptr<ScopeInfo> scopes;
    std::unique_ptr<ir::Module> ir; ///< Null when lowering reported errors.
    bool frontendFailed = false;    ///< Parse or scope errors (lowering not run).
    bool verified = false;          ///< The IR verifier accepted `ir`.
    std::string verifyErrors;       ///< What the verifier reported.
    std::string text;               ///< Printed IR (no locations, no preds).

    /// The diagnostics printed so far.
    std::string diagnostics() const { return diagOut.str(); }
    /// The function whose Python name is `name` (first match), or null.
    const ir::Function *function(const std::string &name) const;
    /// Printed text of the function named `name` ("" if none).
    std::string functionText(const std::string &name) const;
};

/// Parses, analyses and lowers `source` as file `prog.py`; verifies the IR.
std::unique_ptr<Lowered> lowerSource(const std::string &source);

/// Number of instructions with opcode `op` in `fn`.
size_t countOps(const ir::Function &fn, ir::Opcode op);
/// Number of `binary` instructions with operator `op` in `fn`.
size_t countBinary(const ir::Function &fn, ir::BinaryOp op);
/// Number of non-overlapping occurrences of `needle` in `text`.
size_t countText(const std::string &text, const std::string &needle);

} // namespace krait::test

/// Lowers `src` into `r`, asserting success and a verified module.
#define LOWER_OK(r, src)                                                                           \
    auto r = lowerSource(src);                                                                     \
    ASSERT_FALSE(r->frontendFailed) << r->diagnostics();                                           \
    ASSERT_TRUE(r->ir) << r->diagnostics();                                                        \
    ASSERT_TRUE(r->verified) << r->verifyErrors << "\n" << r->text


#endif // KRAIT_TESTS_UNIT_LOWER_LOWERTESTUTIL_H
