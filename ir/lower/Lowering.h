//===- Lowering.h - AST to krait IR ----------------------------*- C++ -*-===//
///
/// \file
/// Lowers one analysed Python module (AST + scope information) to the krait
/// IR described in docs/IR.md. Everything is emitted `object`-typed and
/// always correct; later passes narrow types.
///
/// Shapes worth knowing when reading the output:
///  - parameters are copied from `param i` into their slot (or a new cell) in
///  the entry block; cells and closure cells are SSA values created there;
///  - `and`/`or`, comparison chains and `x if c else y` merge with `phi`;
///  - every block of a `try` body names the try's handler; `finally` bodies
///  (and the unbinding of `except ... as name`, and `with` exits) are
///  duplicated on each exit path: fall-through, exception, and every
///  `return`/`break`/`continue` that crosses them;
///  - comprehensions and generator expressions are nested functions taking
///  the first iterator as parameter ".0"; a class body is a function over
///  its namespace dict, followed by `make.class`; when its methods use
///  zero-argument super(), the body returns the cell they capture and the
///  definer stores the new class into it.
///
/// Constructs the lowering does not support yet are reported as positioned
/// errors ("async functions are not supported yet"), never miscompiled:
/// async def/for/with/await, zero-argument super() outside a method's own
/// body (e.g. in a lambda inside a method), positional-only
/// parameters, class keyword arguments and starred bases, complex literals.
///
/// Relative imports are resolved at compile time against the module's
/// package (resolveImportName); one that climbs above the top package or
/// appears outside a package imports a name starting with '.', which the
/// runtime rejects with ImportError.
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
/// `packageName` is where relative imports start: the module's own dotted
/// name for a package's `__init__.py`, its parent package for a submodule,
/// empty for a top-level module or the main program.
std::unique_ptr<ir::Module> lowerModule(const ast::Module &module, const ScopeInfo &scopes,
                                        const SourceFile &file, DiagnosticEngine &diags,
                                        std::string moduleName = "__main__",
                                        std::string packageName = "");

/// The absolute module name of `from <level dots><module> import ...` in
/// `package` (see lowerModule): level 1 is the package itself, each further
/// dot its parent. `module` unchanged when level is 0; empty when the import
/// climbs above the top-level package or there is no package.
std::string resolveImportName(const std::string &package, unsigned level,
                              const std::string &module);

} // namespace krait

#endif // KRAIT_IR_LOWER_LOWERING_H
