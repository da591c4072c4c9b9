//===- driver/StaticLib.cpp - krait build --emit=staticlib ----------------===//

#include "driver/StaticLib.h"
#include "driver/ExportGen.h"
#include "driver/ExternGen.h"
#include "driver/FFIDecls.h"
#include "driver/ModuleGraph.h"
#include "driver/ModuleTable.h"
#include "driver/Program.h"
#include "driver/TempFiles.h"
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

bool isCIdentifier(const std::string &s) {
    if (s.empty() || std::isdigit((unsigned char)s[0])) return false;
    for (char c : s)
        if (!std::isalnum((unsigned char)c) && c != '_') return false;
    return true;
}

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
    Program program;
    if (!loadProgram(opts.input, lib, opts.includeDirs, program, status)) return status;
    std::vector<ProgramModule> &modules = program.modules;
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
    if (!optimizeProgram(program, opts.optLevel)) return 1;
    const std::vector<std::string> &builtins = program.builtinModules;

    Toolchain tools;
    std::string error;
    if (!tools.locate(opts.target, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 2;
    }
    codegen::CodegenOptions cg;
    cg.triple = tools.triple;
    cg.cpu = tools.target.cpu;
    cg.features = tools.target.features;
    cg.optLevel = opts.optLevel;
    if (opts.runtimeInlining) cg.runtimeBitcode = tools.runtimeBitcode;
    // C code calls the @export functions, from loops the call graph cannot
    // see: a library is optimised whole unless --tiering asks otherwise.
    cg.tiering =
        opts.tiering == codegen::Tiering::On ? codegen::Tiering::On : codegen::Tiering::Off;
    cg.codegenJobs = opts.codegenJobs;
    TempFiles temps;
    std::vector<std::pair<std::string, std::string>> objects;
    std::vector<ModuleTableEntry> table;
    for (const ProgramModule &m : modules) {
        std::string obj = temps.create("o");
        if (obj.empty()) return 1;
        if (!codegen::emitModule(*m.ir, cg, obj, error)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
        objects.push_back({obj, "krait_module_" + m.ir->name + ".o"});
        table.push_back({m.ir->name, m.ir->path, m.packageDir});
    }
    std::string tableObj = temps.create("o"), entryObj = temps.create("o");
    std::string externObj = temps.create("o");
    if (tableObj.empty() || entryObj.empty() || externObj.empty()) return 1;
    std::vector<ExternSource> sources;
    for (const ProgramModule &m : modules)
        sources.push_back({m.ir->name, m.sourcePath});
    bool hasExterns = false;
    if (!writeExternObject(sources, codegen::targetSpecFor(cg), externObj, hasExterns, error)) {
        if (!error.empty()) std::cerr << "krait: error: " << error << "\n";
        return 1;
    }
    if (hasExterns) objects.push_back({externObj, "krait_extern.o"});
    objects.insert(objects.begin(), {{entryObj, lib + "_ffi.o"}, {tableObj, "krait_modules.o"}});
    if (!writeModuleTable(table, builtins, codegen::targetSpecFor(cg), tableObj, error,
                          program.builtinNames) ||
        !writeExportObject(lib, exports, hasExterns, codegen::targetSpecFor(cg), entryObj, error) ||
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
