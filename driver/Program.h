//===- driver/Program.h - the modules of a whole program --------*- C++ -*-===//
//
// Whole-program loading shared by every kind of output (executables,
// firmware, objects, static libraries): the main file and, breadth-first,
// every module it imports that the search path provides, each parsed,
// analysed and lowered once; the runtime's built-in modules it imports.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_PROGRAM_H
#define KRAIT_DRIVER_PROGRAM_H

#include <memory>
#include <string>
#include <vector>

namespace krait {

class SourceFile;
class ScopeInfo;
namespace ast {
class Module;
} // namespace ast
namespace ir {
class Module;
} // namespace ir

/// One module of the program: its IR, with the source and AST kept alive
/// for the steps that read declarations (FFI).
struct ProgramModule {
    std::unique_ptr<SourceFile> file; ///< its shown path (see loadProgram) and text
    std::unique_ptr<ast::Module> tree;
    std::unique_ptr<ScopeInfo> scopes;
    std::unique_ptr<ir::Module> ir;
    std::string packageDir; ///< a package's __path__; empty otherwise
    std::string sourcePath; ///< the file it was read from
    ProgramModule();
    ProgramModule(ProgramModule &&);
    ~ProgramModule();
};

/// The whole program: its compiled modules, the main one first, and the
/// runtime's built-in modules it imports (linked in only when imported).
struct Program {
    std::vector<ProgramModule> modules;
    std::vector<std::string> builtinModules;
    /// The on-demand builtins it names (driver/BuiltinUse.h).
    std::vector<std::string> builtinNames;
    bool empty() const { return modules.empty(); }
};

/// Load `input` as module `mainName` ("__main__" for a program, the
/// library's name for a static library) and every module it imports that
/// is found on the search path (its folder, `includeDirs`, $KRAITPATH,
/// krait's stdlib). A module of krait's stdlib is shown as "json.py" or
/// "asyncio/core.py" (its __file__ and tracebacks), never by a path of the
/// build machine. False after reporting errors, with `status` the exit
/// status they deserve (1 compile error, 2 unreadable file).
bool loadProgram(const std::string &input, const std::string &mainName,
                 const std::vector<std::string> &includeDirs, Program &program, int &status);

/// Run the IR pass pipeline of `optLevel` on every module. False after
/// reporting an internal error.
bool optimizeProgram(Program &program, unsigned optLevel);

} // namespace krait

#endif // KRAIT_DRIVER_PROGRAM_H
