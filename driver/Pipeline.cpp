//===- driver/Pipeline.cpp - from a source file to an output --------------===//

#include "driver/Pipeline.h"
#include "driver/BuiltinUse.h"
#include "driver/EvalSupport.h"
#include "driver/ExternGen.h"
#include "driver/Firmware.h"
#include "driver/ModuleGraph.h"
#include "driver/ModuleTable.h"
#include "driver/Program.h"
#include "driver/Qemu.h"
#include "driver/StaticLib.h"
#include "driver/TempFiles.h"
#include "driver/Toolchain.h"

#include "codegen/Compiler.h"
#include "codegen/Emitter.h"
#include "codegen/Linker.h"
#include "codegen/PhaseTimer.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "frontend/Scope.h"
#include "ir/Printer.h"
#include "ir/lower/Lowering.h"
#include "ir/passes/Pass.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <set>

namespace krait {

const char *kraitVersion() {
    return "0.1.0";
}

namespace {

/// The default output path for `krait build`: the input's stem plus a suffix.
std::string defaultOutput(const CompileOptions &opts) {
    llvm::SmallString<256> path(llvm::sys::path::filename(opts.input));
    static const struct {
        const char *emit, *ext;
    } suffixes[] = {{"exe", isBareMetalTarget(opts.target) ? ".elf" : ""},
                    {"obj", ".o"},
                    {"asm", ".s"},
                    {"llvm", ".ll"},
                    {"ir", ".kir"}};
    for (const auto &s : suffixes)
        if (opts.emit == s.emit) llvm::sys::path::replace_extension(path, s.ext);
    return std::string(path);
}

/// Front half of the pipeline: the main file and every module it imports,
/// transitively, that the search path provides; the main module first.
/// Empty after reporting errors (`status` set).
Program compileProgram(const CompileOptions &opts, int &status) {
    Program program;
    PhaseScope front("front end (parse, scopes, lower)");
    if (!loadProgram(opts.input, "__main__", opts.includeDirs, program, status)) return {};
    front.stop();
    // Code run by eval/exec (hosted targets only) may import any built-in
    // module: link them all.
    for (const ProgramModule &m : program.modules)
        if (!isBareMetalTarget(opts.target) && mentionsEval(*m.ir)) {
            addEvalBuiltinModules(program.builtinModules);
            addAllOnDemandBuiltins(program.builtinNames);
            break;
        }
    PhaseScope passes("IR passes");
    if (!optimizeProgram(program, opts.optLevel)) {
        status = 1;
        return {};
    }
    status = 0;
    return program;
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

/// Where `--emit=obj|asm|llvm` writes an imported module: beside the main
/// output, "OUT.<dotted name>.<ext>" ("-" stays standard output).
std::string modulePath(const std::string &output, const std::string &name) {
    if (output == "-") return output;
    llvm::SmallString<256> path(output);
    std::string ext = llvm::sys::path::extension(path).str();
    llvm::sys::path::replace_extension(path, "");
    return std::string(path) + "." + name + ext;
}

/// The thunks of the program's @extern functions (ExternGen.h), appended to
/// `objects` when there are any. False after reporting an error.
bool addExternObject(const Program &program, const codegen::TargetSpec &spec, TempFiles &temps,
                     std::vector<std::string> &objects) {
    std::vector<ExternSource> sources;
    for (const ProgramModule &m : program.modules)
        sources.push_back({m.ir->name, m.sourcePath});
    std::string obj = temps.create("o"), error;
    bool written = false;
    if (obj.empty()) return false;
    if (!writeExternObject(sources, spec, obj, written, error)) {
        if (!error.empty()) std::cerr << "krait: error: " << error << "\n";
        return false;
    }
    if (written) objects.push_back(obj);
    return true;
}

/// Links the program: one object per module plus the module table.
int linkProgram(const Program &program, const Toolchain &tools, const codegen::CodegenOptions &cg,
                const std::string &output, const FirmwareOptions &firmware,
                const std::vector<std::string> &linkInputs) {
    TempFiles temps;
    codegen::LinkJob job;
    std::vector<ModuleTableEntry> table;
    std::string error;
    for (const ProgramModule &m : program.modules) {
        std::string obj = temps.create("o");
        if (obj.empty()) return 1;
        if (!codegen::emitModule(*m.ir, cg, obj, error)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
        job.objects.push_back(obj);
        if (m.ir->name != "__main__") table.push_back({m.ir->name, m.ir->path, m.packageDir});
    }
    PhaseScope support("module table, @extern thunks");
    if (!table.empty() || !program.builtinModules.empty() || !program.builtinNames.empty()) {
        std::string obj = temps.create("o");
        if (obj.empty()) return 1;
        if (!writeModuleTable(table, program.builtinModules, codegen::targetSpecFor(cg), obj,
                              error, program.builtinNames)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
        job.objects.push_back(obj);
    }
    if (!addExternObject(program, codegen::targetSpecFor(cg), temps, job.objects)) return 1;
    support.stop();
    for (const std::string &input : linkInputs)
        job.objects.push_back(input);
    PhaseScope linking("link");
    if (!tools.target.hosted) {
        if (!buildFirmware(job.objects, tools, firmware, output, error)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
        return 0;
    }
    job.runtimeArchive = tools.runtimeArchive;
    job.output = output;
    job.triple = cg.triple;
    job.pie = true; // emitModule makes PIC code for hosted triples
    for (const ProgramModule &m : program.modules) {
        if (!mentionsEval(*m.ir)) continue;
        if (!addEvalLinkArgs(tools.runtimeArchive, job.extraArgs, error)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
        break;
    }
    if (!codegen::linkHosted(job, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 1;
    }
    return 0;
}

/// Back half: IR → `opts.emit` at `output`.
int emit(const Program &program, const CompileOptions &opts, const std::string &output) {
    if (opts.emit == "ir") {
        std::string text;
        for (const ProgramModule &m : program.modules)
            text += ir::toString(*m.ir);
        return writeText(output, text) ? 0 : 1;
    }

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
    cg.tiering = opts.tiering;
    cg.codegenJobs = opts.codegenJobs;
    if (opts.emit == "exe")
        return linkProgram(program, tools, cg, output, opts.firmware, opts.linkInputs);
    cg.emit = opts.emit == "obj"   ? codegen::EmitKind::Object
              : opts.emit == "asm" ? codegen::EmitKind::Assembly
                                   : codegen::EmitKind::LLVMIR;
    for (const ProgramModule &m : program.modules) {
        std::string path = m.ir->name == "__main__" ? output : modulePath(output, m.ir->name);
        if (!codegen::emitModule(*m.ir, cg, path, error)) {
            std::cerr << "krait: error: " << error << "\n";
            return 1;
        }
    }
    return 0;
}

/// Boots the firmware `elf` built for `opts` under QEMU with the program's
/// command line `args`; its exit status.
int runFirmware(const CompileOptions &opts, const std::string &elf,
                const std::vector<std::string> &args) {
    Toolchain tools;
    BoardInfo board;
    MemoryLayout layout;
    std::string error;
    if (!tools.locate(opts.target, error) ||
        !resolveLayout(tools.target, opts.firmware, board, layout, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 2;
    }
    // The program sees its source path as argv[0], as on hosted targets.
    std::vector<std::string> argv{opts.input};
    argv.insert(argv.end(), args.begin(), args.end());
    return runUnderQemu(tools.target, board, elf, argv);
}

} // namespace

int buildProgram(CompileOptions opts) {
    if (opts.emit == "staticlib") return buildStaticLibrary(opts);
    if (opts.timePhases) PhaseTimer::instance().enable();
    int status = 0;
    Program program = compileProgram(opts, status);
    if (program.empty()) return status;
    status = emit(program, opts, opts.output.empty() ? defaultOutput(opts) : opts.output);
    if (opts.timePhases) PhaseTimer::instance().print(llvm::errs());
    return status;
}

int runProgram(CompileOptions opts, const std::vector<std::string> &args) {
    if (opts.timePhases) PhaseTimer::instance().enable();
    int status = 0;
    Program program = compileProgram(opts, status);
    if (program.empty()) return status;
    llvm::SmallString<128> exePath;
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile("krait", "exe", exePath)) {
        std::cerr << "krait: error: cannot create a temporary file: " << ec.message() << "\n";
        return 1;
    }
    opts.emit = "exe";
    opts.firmware.writeImages = false;
    int built = emit(program, opts, std::string(exePath));
    // Printed before the program runs, so its output follows the table.
    if (opts.timePhases) {
        PhaseTimer::instance().print(llvm::errs());
        llvm::errs().flush();
    }
    if (built) {
        llvm::sys::fs::remove(exePath);
        return built;
    }
    if (isBareMetalTarget(opts.target)) {
        int rc = runFirmware(opts, std::string(exePath), args);
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
