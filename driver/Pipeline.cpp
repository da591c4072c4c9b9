//===- driver/Pipeline.cpp - from a source file to an output --------------===//

#include "driver/Pipeline.h"
#include "driver/Toolchain.h"

#include "codegen/Compiler.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Scope.h"
#include "ir/Printer.h"
#include "ir/lower/Lowering.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/raw_ostream.h>

#include <iostream>
#include <memory>

namespace krait {

const char *kraitVersion() { return "0.1.0"; }

namespace {

/// The default output path for `krait build`: the input's stem plus a suffix.
std::string defaultOutput(const CompileOptions &opts) {
    llvm::SmallString<256> path(llvm::sys::path::filename(opts.input));
    static const struct {
        const char *emit, *ext;
    } suffixes[] = {{"exe", ""}, {"obj", ".o"}, {"asm", ".s"}, {"llvm", ".ll"}, {"ir", ".kir"}};
    for (const auto &s : suffixes)
        if (opts.emit == s.emit)
            llvm::sys::path::replace_extension(path, s.ext);
    return std::string(path);
}

/// Front half of the pipeline: source → verified IR. Null after reporting errors;
/// `status` says which exit status they deserve.
std::unique_ptr<ir::Module> compileToIR(const CompileOptions &opts, int &status) {
    SourceFile file("", "");
    std::string error;
    if (!SourceFile::load(opts.input, file, error)) {
        std::cerr << "krait: error: " << error << "\n";
        status = 2;
        return nullptr;
    }
    status = 1;
    DiagnosticEngine diags(file);
    std::unique_ptr<ast::Module> tree = parseModule(file, diags);
    if (!tree || diags.hasErrors())
        return nullptr;
    std::unique_ptr<ScopeInfo> scopes = analyzeScopes(*tree, diags);
    if (!scopes || diags.hasErrors())
        return nullptr;
    std::unique_ptr<ir::Module> module = lowerModule(*tree, *scopes, file, diags, "__main__");
    if (!module || diags.hasErrors())
        return nullptr;
    status = 0;
    return module;
}

/// Writes a whole file, reporting failure.
bool writeText(const std::string &path, const std::string &text) {
    std::error_code ec;
    llvm::raw_fd_ostream out(path, ec);
    if (ec) {
        std::cerr << "krait: error: cannot write '" << path << "': " << ec.message() << "\n";
        return false;
    }
    out << text;
    return true;
}

/// Back half: IR → `opts.emit` at `output`.
int emit(const ir::Module &module, const CompileOptions &opts, const std::string &output) {
    if (opts.emit == "ir")
        return writeText(output, ir::toString(module)) ? 0 : 1;

    Toolchain tools;
    std::string error;
    if (!tools.locate(opts.target, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 2;
    }
    codegen::CodegenOptions cg;
    cg.triple = tools.triple;
    cg.optLevel = opts.optLevel;
    if (opts.emit != "exe") {
        cg.emit = opts.emit == "obj"    ? codegen::EmitKind::Object
                  : opts.emit == "asm"  ? codegen::EmitKind::Assembly
                                        : codegen::EmitKind::LLVMIR;
        if (!codegen::emitModule(module, cg, output, error)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
        return 0;
    }
    // An executable: an object in a temporary file, then the link.
    llvm::SmallString<128> objPath;
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile("krait", "o", objPath)) {
        std::cerr << "krait: error: cannot create a temporary file: " << ec.message() << "\n";
        return 1;
    }
    cg.emit = codegen::EmitKind::Object;
    bool ok = codegen::emitModule(module, cg, std::string(objPath), error) &&
              codegen::linkExecutable(std::string(objPath), tools.runtimeArchive, output, error);
    llvm::sys::fs::remove(objPath);
    if (!ok) {
        std::cerr << "krait: error: " << error << "\n";
        return 1;
    }
    return 0;
}

} // namespace

int buildProgram(CompileOptions opts) {
    int status = 0;
    std::unique_ptr<ir::Module> module = compileToIR(opts, status);
    if (!module)
        return status;
    return emit(*module, opts, opts.output.empty() ? defaultOutput(opts) : opts.output);
}

int runProgram(CompileOptions opts, const std::vector<std::string> &args) {
    int status = 0;
    std::unique_ptr<ir::Module> module = compileToIR(opts, status);
    if (!module)
        return status;
    llvm::SmallString<128> exePath;
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile("krait", "exe", exePath)) {
        std::cerr << "krait: error: cannot create a temporary file: " << ec.message() << "\n";
        return 1;
    }
    opts.emit = "exe";
    if (int rc = emit(*module, opts, std::string(exePath))) {
        llvm::sys::fs::remove(exePath);
        return rc;
    }
    // The program sees its source path as argv[0], as `python3 prog.py` does.
    std::vector<llvm::StringRef> argv{opts.input};
    for (const std::string &a : args)
        argv.push_back(a);
    std::string error;
    int rc = llvm::sys::ExecuteAndWait(exePath, argv, std::nullopt, {}, 0, 0, &error);
    llvm::sys::fs::remove(exePath);
    if (rc == -2) { // killed by a signal: a runtime bug, never a Python error
        std::cerr << "krait: error: the program crashed: " << error << "\n";
        return 134;
    }
    if (rc < 0) {
        std::cerr << "krait: error: cannot run the program: " << error << "\n";
        return 1;
    }
    return rc;
}

} // namespace krait
