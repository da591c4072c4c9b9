//===- driver/ModuleTable.h - the program's compiled-module table -*- C++ -*-===//
//
// The runtime finds user modules through `kr_compiled_modules` (see
// runtime/module.h): name, file, package folder and start function of each
// module compiled into the program. The driver emits that table as one more
// small object linked with the modules' objects; the same object pulls in the
// runtime's built-in modules the program imports.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_MODULETABLE_H
#define KRAIT_DRIVER_MODULETABLE_H

#include "codegen/Target.h"

#include <string>
#include <vector>

namespace krait {

/// One row of kr_compiled_modules.
struct ModuleTableEntry {
    std::string name;       ///< dotted module name
    std::string path;       ///< its __file__
    std::string packageDir; ///< __path__ of a package; empty for a plain module
};

/// Write the table for `entries` as an object for `spec` at `outPath`
/// (position-independent when the triple is hosted), together with strong
/// references to the runtime's definitions of `builtinModules`, which the
/// runtime itself refers to only weakly, and `kr_linked_builtins`, the
/// entries of the on-demand builtins `builtinNames` (driver/BuiltinUse.h)
/// for the builtins namespace. False with `error` set.
bool writeModuleTable(const std::vector<ModuleTableEntry> &entries,
                      const std::vector<std::string> &builtinModules,
                      const codegen::TargetSpec &spec, const std::string &outPath,
                      std::string &error, const std::vector<std::string> &builtinNames = {});

} // namespace krait

#endif // KRAIT_DRIVER_MODULETABLE_H
