//===- driver/Pipeline.h - from a source file to an output ------*- C++ -*-===//
//
// The driver's compilation pipeline: parse, analyse scopes, lower to IR,
// generate code, link. The main file and every module it imports that the
// search path provides (its folder, -I, KRAITPATH) are compiled once each
// and linked together with a table the runtime's import system reads. Each step reports its own
// errors; these functions return the process exit status krait should end with.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_PIPELINE_H
#define KRAIT_DRIVER_PIPELINE_H

#include "codegen/Compiler.h"
#include "driver/Firmware.h"

#include <string>
#include <vector>

namespace krait {

/// What the command line asked for.
struct CompileOptions {
    std::string input;        ///< the main .py file
    std::string output;       ///< empty: derived from the input
    std::string emit = "exe"; ///< exe, obj, asm, llvm or ir
    unsigned optLevel = 2;    ///< -O0..-O3
    std::string target = "x86_64-linux";
    std::vector<std::string> includeDirs; ///< -I: module search folders after the main file's
    /// --link: objects, archives (and on hosted targets C sources, which the
    /// link driver compiles) linked into the program, e.g. for @extern.
    std::vector<std::string> linkInputs;
    FirmwareOptions firmware; ///< bare-metal targets: board, memory layout, images
    /// -O2/-O3: inline small runtime functions from the runtime's bitcode
    /// (--no-runtime-inlining turns it off).
    bool runtimeInlining = true;
    /// -O1 and above: compile the functions no loop reaches without
    /// optimisation in large modules (--tiering: in every module,
    /// --no-tiering: never).
    codegen::Tiering tiering = codegen::Tiering::Auto;
    /// -j: code generation partitions (codegen::CodegenOptions::codegenJobs).
    unsigned codegenJobs = 0;
    /// --time-phases: print each compile phase's CPU and wall time to stderr.
    bool timePhases = false;
};

/// krait's version string.
const char *kraitVersion();

/// `krait build`: writes the requested output. 0 on success, 1 on a compile
/// error, 2 on a usage error (unreadable input, unknown target).
int buildProgram(CompileOptions opts);

/// `krait run`: compiles to a temporary executable and runs it with `args`;
/// returns the program's exit status (or 1/2 as buildProgram).
int runProgram(CompileOptions opts, const std::vector<std::string> &args);

} // namespace krait

#endif // KRAIT_DRIVER_PIPELINE_H
