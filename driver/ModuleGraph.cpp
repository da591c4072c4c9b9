//===- driver/ModuleGraph.cpp - the modules a program imports -------------===//

#include "driver/ModuleGraph.h"

#include "frontend/AST.h"
#include "ir/lower/Lowering.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <set>

namespace krait {

std::string FoundModule::package() const {
    if (!packageDir.empty()) return name;
    auto dot = name.rfind('.');
    return dot == std::string::npos ? std::string() : name.substr(0, dot);
}

bool isBuiltinModule(const std::string &name) {
    static const char *const builtins[] = {
#define KR_BUILTIN_MODULE(name) #name,
#include "runtime/modules.def"
    };
    for (const char *b : builtins)
        if (name == b) return true;
    return false;
}

ModuleFinder::ModuleFinder(std::vector<std::string> searchPath)
    : searchPath_(std::move(searchPath)) {}

namespace {

/// `dir` joined with `parts`; "" as dir stays relative ("a/b.py").
std::string join(const std::string &dir, llvm::StringRef a, llvm::StringRef b = "") {
    llvm::SmallString<256> p(dir);
    llvm::sys::path::append(p, a);
    if (!b.empty()) llvm::sys::path::append(p, b);
    return std::string(p);
}

bool isFile(const std::string &path) {
    return llvm::sys::fs::is_regular_file(path);
}

} // namespace

std::optional<FoundModule> ModuleFinder::findIn(const std::string &dir, const std::string &dotted,
                                                const std::string &leaf) {
    // A folder is a package even without __init__.py (then its body is
    // empty), and wins over a same-named .py file, as in MicroPython.
    std::string pkgDir = join(dir, leaf);
    if (llvm::sys::fs::is_directory(pkgDir)) {
        std::string init = join(dir, leaf, "__init__.py");
        return FoundModule{dotted, isFile(init) ? init : "", pkgDir};
    }
    std::string file = join(dir, leaf + ".py");
    if (isFile(file)) return FoundModule{dotted, file, ""};
    return std::nullopt;
}

std::optional<FoundModule> ModuleFinder::find(const std::string &dotted) {
    auto cached = cache_.find(dotted);
    if (cached != cache_.end()) return cached->second;
    std::optional<FoundModule> found;
    auto dot = dotted.rfind('.');
    if (dot == std::string::npos) {
        for (const std::string &dir : searchPath_)
            if ((found = findIn(dir, dotted, dotted))) break;
    } else if (std::optional<FoundModule> parent = find(dotted.substr(0, dot));
               parent && !parent->packageDir.empty()) {
        found = findIn(parent->packageDir, dotted, dotted.substr(dot + 1));
    }
    cache_[dotted] = found;
    return found;
}

namespace {

/// Walks statements (imports are statements) and records candidate names.
class ImportCollector {
  public:
    explicit ImportCollector(const std::string &package) : package_(package) {}

    void walk(const ast::StmtList &body) {
        for (const auto &s : body)
            visit(*s);
    }

    std::vector<std::string> names;

  private:
    const std::string &package_;

    /// `name` and every package prefix of it, outermost first.
    void addWithParents(const std::string &name) {
        if (name.empty() || name[0] == '.') return;
        std::string top = name.substr(0, name.find('.'));
        if (isBuiltinModule(top)) {
            add(top); // the driver links the runtime's module in
            return;
        }
        for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1))
            add(name.substr(0, dot));
        add(name);
    }

    void add(std::string name) {
        if (seen_.insert(name).second) names.push_back(std::move(name));
    }

    std::set<std::string> seen_;

    void visit(const ast::Stmt &s) {
        using K = ast::NodeKind;
        switch (s.kind()) {
        case K::Import:
            for (const ast::Alias &a : ast::cast<ast::Import>(&s)->names)
                addWithParents(a.name);
            break;
        case K::ImportFrom: {
            const auto *f = ast::cast<ast::ImportFrom>(&s);
            std::string base = resolveImportName(package_, f->level, f->module);
            if (base.empty()) break;
            addWithParents(base);
            for (const ast::Alias &a : f->names)
                if (a.name != "*") addWithParents(base + "." + a.name);
            break;
        }
        case K::If: {
            const auto *n = ast::cast<ast::If>(&s);
            walk(n->body);
            walk(n->orelse);
            break;
        }
        case K::While: {
            const auto *n = ast::cast<ast::While>(&s);
            walk(n->body);
            walk(n->orelse);
            break;
        }
        case K::For: {
            const auto *n = ast::cast<ast::For>(&s);
            walk(n->body);
            walk(n->orelse);
            break;
        }
        case K::Try: {
            const auto *n = ast::cast<ast::Try>(&s);
            walk(n->body);
            for (const ast::ExceptHandler &h : n->handlers)
                walk(h.body);
            walk(n->orelse);
            walk(n->finalbody);
            break;
        }
        case K::With:
            walk(ast::cast<ast::With>(&s)->body);
            break;
        case K::FunctionDef:
            walk(ast::cast<ast::FunctionDef>(&s)->body);
            break;
        case K::ClassDef:
            walk(ast::cast<ast::ClassDef>(&s)->body);
            break;
        default:
            break;
        }
    }
};

} // namespace

std::vector<std::string> importedNames(const ast::Module &tree, const std::string &package) {
    ImportCollector c(package);
    c.walk(tree.body);
    return std::move(c.names);
}

std::vector<std::string> programSearchPath(const std::string &mainFile,
                                           const std::vector<std::string> &includeDirs,
                                           const char *kraitPath, const std::string &stdlibDir) {
    std::vector<std::string> path{std::string(llvm::sys::path::parent_path(mainFile))};
    for (const std::string &d : includeDirs)
        path.push_back(d);
    if (kraitPath) {
        llvm::SmallVector<llvm::StringRef, 8> parts;
        llvm::StringRef(kraitPath).split(parts, ':', -1, /*KeepEmpty=*/false);
        for (llvm::StringRef p : parts)
            path.push_back(p.str());
    }
    path.push_back(stdlibDir);
    return path;
}

} // namespace krait
