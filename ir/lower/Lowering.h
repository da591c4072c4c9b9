//===- Lowering.h - AST to krait IR ----------------------------*- C++ -*-===//
///
/// \file
/// Lowers one analysed Python module (AST + scope information) to the krait
/// IR described in docs/IR.md. Everything is emitted `object`-typed and
/// always correct; later passes narrow types.
///
/// Constructs the lowering does not support yet are reported as positioned
/// errors ("class definitions are not supported yet"), never miscompiled.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_LOWER_LOWERING_H
#define KRAIT_IR_LOWER_LOWERING_H

#include <memory>
#include <string>

namespace krait {

class DiagnosticEngine;
class ScopeInfo;
class SourceFile;

namespace ast {
class Module;
} // namespace ast

namespace ir {
class Module;
} // namespace ir

/// Lowers `module` (already through `analyzeScopes`, which produced
/// `scopes`) to an IR module named `moduleName` whose first function is the
/// module body `<module>`. Errors (unsupported constructs, `break` outside a
/// loop, ...) are reported to `diags`; when any was reported the result is
/// null. The returned module has not been verified; run the IR verifier.
std::unique_ptr<ir::Module> lowerModule(const ast::Module &module, const ScopeInfo &scopes,
                                        const SourceFile &file, DiagnosticEngine &diags,
                                        std::string moduleName = "__main__");

} // namespace krait

#endif // KRAIT_IR_LOWER_LOWERING_H
