//===- driver/StaticLib.cpp - krait build --emit=staticlib ----------------===//

#include "driver/StaticLib.h"
#include "driver/ExportGen.h"
#include "driver/ExternGen.h"
#include "driver/FFIDecls.h"
#include "driver/ModuleGraph.h"
#include "driver/ModuleTable.h"
#include "driver/Toolchain.h"

#include "codegen/Compiler.h"
#include "codegen/Emitter.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Scope.h"
#include "ir/Module.h"
#include "ir/lower/Lowering.h"

#include <llvm/Object/Archive.h>
#include <llvm/Object/ArchiveWriter.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <cctype>
#include <cstdlib>
#include <iostream>
#include <set>

namespace krait {

namespace {

/// One lowered module of the library, with what its lowering needs alive.
struct LibModule {
    std::unique_ptr<SourceFile> file;
    std::unique_ptr<ast::Module> tree;
    std::unique_ptr<ScopeInfo> scopes;
    std::unique_ptr<ir::Module> ir;
    std::string packageDir;
    std::string sourcePath; ///< the file it was read from (ir->path is its shown name)
};

/// Parse, analyse and lower one file; false after reporting errors.
bool lowerLibFile(const std::string &path, const std::string &name, const std::string &package,
                  LibModule &out, std::vector<std::string> &imports, int &status) {
    out.file = std::make_unique<SourceFile>("", "");
    std::string error;
    if (!path.empty() && !SourceFile::load(path, *out.file, error)) {
        std::cerr << "krait: error: " << error << "\n";
        status = 2;
        return false;
    }
    out.sourcePath = path;
    // krait's own Python modules are shown as "heapq.py", as in programs
    // (Pipeline.cpp): no path of the build machine in the library.
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
    for (std::string &n : importedNames(*out.tree, package))
        imports.push_back(std::move(n));
    status = 0;
    return true;
}

bool isCIdentifier(const std::string &s) {
    if (s.empty() || std::isdigit((unsigned char)s[0])) return false;
    for (char c : s)
        if (!std::isalnum((unsigned char)c) && c != '_') return false;
    return true;
}

/// Removes temporary files, whatever happens.
struct Temps {
    std::vector<std::string> paths;
    ~Temps() {
        for (const std::string &p : paths)
            llvm::sys::fs::remove(p);
    }
    std::string create() {
        llvm::SmallString<128> path;
        if (std::error_code ec = llvm::sys::fs::createTemporaryFile("krait", "o", path)) {
            std::cerr << "krait: error: cannot create a temporary file: " << ec.message() << "\n";
            return "";
        }
        paths.push_back(std::string(path));
        return paths.back();
    }
};

/// Write the archive: `objects` (path, member name) then every member of
/// the runtime archive.
bool writeLibrary(const std::string &output,
                  const std::vector<std::pair<std::string, std::string>> &objects,
                  const std::string &runtimeArchive, std::string &error) {
    using namespace llvm;
    std::vector<NewArchiveMember> members;
    for (const auto &[path, name] : objects) {
        Expected<NewArchiveMember> m = NewArchiveMember::getFile(path, /*Deterministic=*/true);
        if (!m) {
            error = "cannot read '" + path + "': " + toString(m.takeError());
            return false;
        }
        m->MemberName = name;
        members.push_back(std::move(*m));
    }
    ErrorOr<std::unique_ptr<MemoryBuffer>> rtBuf = MemoryBuffer::getFile(runtimeArchive);
    if (!rtBuf) {
        error = "cannot read the runtime '" + runtimeArchive + "': " + rtBuf.getError().message();
        return false;
    }
    Expected<std::unique_ptr<object::Archive>> rt =
        object::Archive::create((*rtBuf)->getMemBufferRef());
    if (!rt) {
        error = "bad runtime archive '" + runtimeArchive + "': " + toString(rt.takeError());
        return false;
    }
    Error err = Error::success();
    for (const object::Archive::Child &child : (*rt)->children(err)) {
        Expected<NewArchiveMember> m = NewArchiveMember::getOldMember(child, true);
        if (!m) {
            error = "cannot copy a runtime member: " + toString(m.takeError());
            consumeError(std::move(err));
            return false;
        }
        members.push_back(std::move(*m));
    }
    if (err) {
        error = "cannot read the runtime archive: " + toString(std::move(err));
        return false;
    }
    if (Error e = writeArchive(output, members, SymtabWritingMode::NormalSymtab,
                               object::Archive::K_GNU, /*Deterministic=*/true, /*Thin=*/false)) {
        error = "cannot write '" + output + "': " + toString(std::move(e));
        return false;
    }
    return true;
}

} // namespace

int buildStaticLibrary(const CompileOptions &opts) {
    std::string lib = llvm::sys::path::stem(opts.input).str();
    if (!isCIdentifier(lib)) {
        std::cerr << "krait: error: a static library's name comes from its file, and '" << lib
                  << "' is not a C identifier\n";
        return 2;
    }
    if (isBuiltinModule(lib)) {
        std::cerr << "krait: error: '" << lib << "' is the name of a built-in module\n";
        return 2;
    }
    std::string output = opts.output.empty() ? "lib" + lib + ".a" : opts.output;
    llvm::SmallString<256> header(llvm::sys::path::parent_path(output));
    llvm::sys::path::append(header, lib + ".h");

    // The library's module and, breadth-first, everything it imports.
    int status = 0;
    std::vector<LibModule> modules(1);
    std::vector<std::string> pending;
    if (!lowerLibFile(opts.input, lib, "", modules[0], pending, status)) return status;
    std::vector<FFIFunction> exports;
    {
        DiagnosticEngine diags(*modules[0].file);
        exports = findFFIFunctions(*modules[0].tree, FFIDecorator::Export, diags);
        std::set<std::string> reserved{"init", "last_error", "error_message"};
        for (const FFIFunction &fn : exports)
            if (reserved.count(fn.name))
                diags.error(fn.loc, "exported function '" + fn.name + "' would clash with " + lib +
                                        "_" + fn.name + ", which every library defines");
        if (diags.hasErrors()) return 1;
    }
    std::vector<std::string> builtins;
    ModuleFinder finder(
        programSearchPath(opts.input, opts.includeDirs, std::getenv("KRAITPATH"), stdlibDir()));
    std::set<std::string> seen{lib};
    for (size_t next = 0; next < pending.size(); ++next) {
        std::string name = pending[next];
        if (!seen.insert(name).second) continue;
        if (isBuiltinModule(name)) {
            builtins.push_back(name);
            continue;
        }
        std::optional<FoundModule> found = finder.find(name);
        if (!found) continue;
        LibModule m;
        if (!lowerLibFile(found->path, name, found->package(), m, pending, status)) return status;
        m.packageDir = found->packageDir;
        modules.push_back(std::move(m));
    }

    Toolchain tools;
    std::string error;
    if (!tools.locate(opts.target, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 2;
    }
    codegen::CodegenOptions cg;
    cg.triple = tools.triple;
    cg.optLevel = opts.optLevel;
    Temps temps;
    std::vector<std::pair<std::string, std::string>> objects;
    std::vector<ModuleTableEntry> table;
    for (const LibModule &m : modules) {
        std::string obj = temps.create();
        if (obj.empty()) return 1;
        if (!codegen::emitModule(*m.ir, cg, obj, error)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
        objects.push_back({obj, "krait_module_" + m.ir->name + ".o"});
        table.push_back({m.ir->name, m.ir->path, m.packageDir});
    }
    std::string tableObj = temps.create(), entryObj = temps.create();
    std::string externObj = temps.create();
    if (tableObj.empty() || entryObj.empty() || externObj.empty()) return 1;
    std::vector<ExternSource> sources;
    for (const LibModule &m : modules)
        sources.push_back({m.ir->name, m.sourcePath});
    bool hasExterns = false;
    if (!writeExternObject(sources, cg.triple, externObj, hasExterns, error)) {
        if (!error.empty()) std::cerr << "krait: error: " << error << "\n";
        return 1;
    }
    if (hasExterns) objects.push_back({externObj, "krait_extern.o"});
    objects.insert(objects.begin(), {{entryObj, lib + "_ffi.o"}, {tableObj, "krait_modules.o"}});
    if (!writeModuleTable(table, builtins, cg.triple, tableObj, error) ||
        !writeExportObject(lib, exports, hasExterns, cg.triple, entryObj, error) ||
        !writeLibrary(output, objects, tools.runtimeArchive, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 1;
    }
    std::error_code ec;
    llvm::raw_fd_ostream out(header, ec);
    if (ec) {
        std::cerr << "krait: error: cannot write '" << header.str().str() << "': " << ec.message()
                  << "\n";
        return 1;
    }
    out << exportHeader(lib, llvm::sys::path::filename(opts.input).str(), exports);
    return 0;
}

} // namespace krait
