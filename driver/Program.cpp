//===- driver/Program.cpp - the modules of a whole program ----------------===//

#include "driver/Program.h"
#include "driver/BuiltinUse.h"
#include "driver/FFIDecls.h"
#include "driver/ModuleGraph.h"
#include "driver/Toolchain.h"

#include "codegen/Emitter.h"
#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Scope.h"
#include "ir/Module.h"
#include "ir/lower/Lowering.h"
#include "ir/passes/ListKinds.h"
#include "ir/passes/Pass.h"

#include <llvm/ADT/StringRef.h>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <set>

namespace krait {

ProgramModule::ProgramModule() = default;
ProgramModule::ProgramModule(ProgramModule &&) = default;
ProgramModule::~ProgramModule() = default;

namespace {

/// Parse, analyse and lower one file as module `name`, appending the names
/// its imports may load to `imports`. False after reporting errors.
bool lowerFile(const std::string &path, const std::string &name, const std::string &package,
               ProgramModule &out, std::vector<std::string> &imports, int &status) {
    out.file = std::make_unique<SourceFile>("", "");
    out.sourcePath = path;
    std::string error;
    // A package folder without __init__.py: an empty module body.
    if (!path.empty() && !SourceFile::load(path, *out.file, error)) {
        std::cerr << "krait: error: " << error << "\n";
        status = 2;
        return false;
    }
    // krait's own Python modules are named as MicroPython names its frozen
    // modules.
    std::string libDir = stdlibDir();
    llvm::StringRef shown(path), lib(libDir);
    if (shown.consume_front(lib) && shown.consume_front("/"))
        *out.file = SourceFile(shown.str(), out.file->text());
    status = 1;
    DiagnosticEngine diags(*out.file);
    out.tree = parseModule(*out.file, diags);
    if (!out.tree || diags.hasErrors()) return false;
    out.scopes = analyzeScopes(*out.tree, diags);
    if (!out.scopes || diags.hasErrors()) return false;
    out.ir = lowerModule(*out.tree, *out.scopes, *out.file, diags, name, package);
    if (!out.ir || diags.hasErrors()) return false;
    out.ir->externs = collectExternDecls(*out.tree, *out.file); // direct calls (docs/FFI.md)
    for (std::string &n : importedNames(*out.tree, package))
        imports.push_back(std::move(n));
    status = 0;
    return true;
}

} // namespace

bool loadProgram(const std::string &input, const std::string &mainName,
                 const std::vector<std::string> &includeDirs, Program &program, int &status) {
    std::vector<std::string> pending;
    program.modules.emplace_back();
    if (!lowerFile(input, mainName, "", program.modules.back(), pending, status)) return false;
    ModuleFinder finder(
        programSearchPath(input, includeDirs, std::getenv("KRAITPATH"), stdlibDir()));
    std::set<std::string> seen{mainName};
    std::set<std::string> symbols{mainName == "__main__" ? "krait_main"
                                                         : codegen::moduleStartSymbol(mainName)};
    // Breadth-first over import names; one not found is the runtime's
    // ImportError to raise, if the import ever runs.
    for (size_t next = 0; next < pending.size(); ++next) {
        std::string name = pending[next];
        if (!seen.insert(name).second) continue;
        if (isBuiltinModule(name)) {
            program.builtinModules.push_back(name);
            continue;
        }
        std::optional<FoundModule> found = finder.find(name);
        if (!found) continue;
        if (!symbols.insert(codegen::moduleStartSymbol(name)).second) {
            std::cerr << "krait: error: module '" << name << "' (" << found->path
                      << ") clashes with another module's symbol "
                      << codegen::moduleStartSymbol(name) << "\n";
            status = 1;
            return false;
        }
        program.modules.emplace_back();
        ProgramModule &m = program.modules.back();
        if (!lowerFile(found->path, name, found->package(), m, pending, status)) return false;
        m.packageDir = found->packageDir;
    }
    program.builtinNames = usedOnDemandBuiltins(program);
    status = 0;
    return true;
}

bool optimizeProgram(Program &program, unsigned optLevel) {
    std::string errors; // ir/passes; nothing runs at -O0
    std::vector<ir::Module *> modules;
    for (ProgramModule &m : program.modules) {
        if (!ir::optimizeModule(*m.ir, optLevel, errors)) {
            std::cerr << "krait: internal error: " << errors;
            return false;
        }
        modules.push_back(m.ir.get());
    }
    // Across modules: stable functions, parameter and return types.
    if (optLevel > 0 && !ir::inferProgramTypes(modules, errors)) {
        std::cerr << "krait: internal error: " << errors;
        return false;
    }
    // Element kinds of lists (ir/passes/ListKinds.cpp).
    if (optLevel > 0 && !ir::inferListKinds(modules, errors)) {
        std::cerr << "krait: internal error: " << errors;
        return false;
    }
    return true;
}

} // namespace krait
