//===- driver/ModuleGraph.h - the modules a program imports -----*- C++ -*-===//
//
// Whole-program compilation: starting from the main file, every `import`
// (anywhere in a module: functions, try blocks...) names modules that are
// looked up on the search path at compile time. Each one found is parsed and
// lowered once; one that is not found is left to the runtime, which raises
// ImportError if the import ever executes.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_MODULEGRAPH_H
#define KRAIT_DRIVER_MODULEGRAPH_H

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace krait {

namespace ast {
class Module;
} // namespace ast

/// A module's source located on the search path.
struct FoundModule {
    std::string name;       ///< dotted name, e.g. "pkg.sub"
    std::string path;       ///< the .py file, joined onto the search entry as given;
                            ///< empty for a package folder without __init__.py
    std::string packageDir; ///< a package's folder (its __path__); empty for a plain module
    /// Where its relative imports start: itself for a package, else its parent.
    std::string package() const;
};

/// Finds modules and packages on a search path, MicroPython style: in each
/// folder, a folder `name/` (a package, with or without `__init__.py`) before
/// `name.py`; a submodule `a.b` only inside package `a`'s folder.
class ModuleFinder {
  public:
    /// `searchPath` in order; "" is the current directory.
    explicit ModuleFinder(std::vector<std::string> searchPath);

    /// The module called `dotted`, or nullopt when no file provides it.
    std::optional<FoundModule> find(const std::string &dotted);

  private:
    std::vector<std::string> searchPath_;
    std::map<std::string, std::optional<FoundModule>> cache_;

    std::optional<FoundModule> findIn(const std::string &dir, const std::string &dotted,
                                      const std::string &leaf);
};

/// Whether `name` is one of the runtime's built-in modules (listed in
/// runtime/modules.def), which take precedence over files of the same name.
bool isBuiltinModule(const std::string &name);

/// Every module name an import in `tree` may load, absolute (relative
/// imports resolved against `package`), each once in order of first use: for `import a.b.c`
/// a, a.b and a.b.c; for `from x.y import n` x, x.y and the possible
/// submodule x.y.n. For a name starting with a built-in module only that
/// module's name is listed.
std::vector<std::string> importedNames(const ast::Module &tree, const std::string &package);

/// The search path for a program: the main file's folder, then `includeDirs`
/// (-I), then the colon-separated entries of `kraitPath` (KRAITPATH), then
/// `stdlibDir`, krait's own modules written in Python.
std::vector<std::string> programSearchPath(const std::string &mainFile,
                                           const std::vector<std::string> &includeDirs,
                                           const char *kraitPath, const std::string &stdlibDir);

} // namespace krait

#endif // KRAIT_DRIVER_MODULEGRAPH_H
