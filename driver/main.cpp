//===- driver/main.cpp - the krait command line ---------------------------===//
//
// `krait run FILE.py [ARGS...]` compiles and runs a program; `krait build`
// writes an executable, object, assembly, LLVM IR or krait IR. Usage errors
// exit with status 2, compile errors with 1; `run` passes the program's own
// exit status through.
//
//===----------------------------------------------------------------------===//

#include "driver/Bindgen.h"
#include "driver/Pipeline.h"
#include "driver/TargetCommands.h"

#include <CLI/CLI.hpp>

#include <cstring>
#include <iostream>
#include <string>
#include <vector>

using namespace krait;

namespace {

/// Options that take a separate value; needed to find where `krait run`'s
/// own arguments end and the program's begin.
bool takesValue(const char *arg) {
    static const char *const withValue[] = {
        "-o",           "-O",           "--link",      "--emit",       "--target",
        "-I",           "--board",      "--heap-size", "--stack-size", "--flash-origin",
        "--flash-size", "--ram-origin", "--ram-size",  "--map",        "-j",
        "--jobs"};
    for (const char *opt : withValue)
        if (std::strcmp(arg, opt) == 0) return true;
    return false;
}

/// Index of the first argument after `krait run`'s source file, so that
/// everything from there on belongs to the program (as with `python3 f.py`).
int programArgsStart(int argc, char **argv) {
    for (int i = 2; i < argc; ++i) {
        if (argv[i][0] != '-') return i + 1;
        if (takesValue(argv[i])) ++i;
    }
    return argc;
}

void addCommonOptions(CLI::App *cmd, CompileOptions &opts) {
    cmd->add_option("-O", opts.optLevel, "Optimisation level 0-3 (default 2)")
        ->check(CLI::Range(0, 3));
    cmd->add_option("--target", opts.target, "Target (default x86_64-linux)");
    cmd->add_option("-I", opts.includeDirs, "Search DIR for imported modules (repeatable)")
        ->allow_extra_args(false);
    cmd->add_option("--link", opts.linkInputs,
                    "Link FILE (object, archive; C source on hosted targets) into the program, "
                    "e.g. for @extern functions (repeatable)")
        ->allow_extra_args(false);
    cmd->add_flag_callback(
        "--no-runtime-inlining", [&opts] { opts.runtimeInlining = false; },
        "Do not inline the runtime's small functions into the program (-O2/-O3 do by "
        "default; see docs/PERFORMANCE.md)");
    cmd->add_flag_callback(
        "--tiering", [&opts] { opts.tiering = codegen::Tiering::On; },
        "Compile the functions no loop reaches without optimisation in every module (by "
        "default only in modules of 1000 IR instructions or more; see docs/PERFORMANCE.md)");
    cmd->add_flag_callback(
        "--no-tiering", [&opts] { opts.tiering = codegen::Tiering::Off; },
        "Optimise every function, also those no loop reaches");
    cmd->add_option("-j,--jobs", opts.codegenJobs,
                    "Split code generation of a module into N parts run at once (default: 2 "
                    "for modules of 20000 LLVM instructions or more, else 1; the output does "
                    "not depend on the machine)")
        ->check(CLI::Range(1, 64));
    cmd->add_flag("--time-phases", opts.timePhases,
                  "Print the CPU and wall time of each compile phase to stderr");
    addFirmwareOptions(cmd, opts.firmware);
}

} // namespace

int main(int argc, char **argv) {
    CLI::App app{"krait: an ahead-of-time compiler for Python with MicroPython's semantics",
                 "krait"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("krait ") + kraitVersion());

    CompileOptions buildOpts;
    CLI::App *build = app.add_subcommand("build", "Compile a program");
    build->add_option("file", buildOpts.input, "Python source file")->required();
    build->add_option("-o", buildOpts.output, "Output path (default: the file's stem + suffix)");
    build->add_option("--emit", buildOpts.emit, "What to write: exe, obj, asm, llvm, ir, staticlib")
        ->check(CLI::IsMember({"exe", "obj", "asm", "llvm", "ir", "staticlib"}));
    addCommonOptions(build, buildOpts);

#ifdef KRAIT_HAVE_LIBCLANG
    BindgenOptions bindgenOpts;
    CLI::App *bindgen = app.add_subcommand(
        "bindgen", "Write @extern declarations for a C header's functions and constants");
    bindgen->add_option("header", bindgenOpts.header, "C header")->required();
    bindgen->add_option("-o", bindgenOpts.output, "Output .py file ('-': standard output)")
        ->required();
    std::vector<std::string> bindgenIncludes, bindgenDefines;
    bindgen->add_option("-I", bindgenIncludes, "Header search folder (repeatable)")
        ->allow_extra_args(false);
    bindgen->add_option("-D", bindgenDefines, "Macro NAME[=VALUE] (repeatable)")
        ->allow_extra_args(false);
    bindgen->add_option("--target", bindgenOpts.target,
                        "Target whose C types apply (default x86_64-linux)");
#endif

    CompileOptions runOpts;
    CLI::App *run = app.add_subcommand("run", "Compile a program and run it with ARGS");
    run->add_option("file", runOpts.input, "Python source file")->required();
    addCommonOptions(run, runOpts);

    CLI::App *targets = app.add_subcommand("targets", "List the targets, their CPU, float ABI "
                                                      "and the QEMU board that runs them");
    std::string sizeFile;
    CLI::App *size = app.add_subcommand("size", "Show the flash and RAM a firmware ELF uses");
    size->add_option("file", sizeFile, "Firmware ELF (from krait build --target ...)")->required();

    // Split `krait run [opts] FILE ARGS...`: ARGS are the program's.
    int cliArgc = argc;
    std::vector<std::string> programArgs;
    if (argc > 1 && std::strcmp(argv[1], "run") == 0) {
        cliArgc = programArgsStart(argc, argv);
        for (int i = cliArgc; i < argc; ++i)
            programArgs.push_back(argv[i]);
    }

    try {
        app.parse(cliArgc, argv);
    } catch (const CLI::CallForHelp &e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        std::cerr << "krait: error: " << e.what() << " (see krait --help)\n";
        return 2;
    }

    if (*targets) return listTargetsCommand();
    if (*size) return sizeCommand(sizeFile);
    if (*build) return buildProgram(buildOpts);
#ifdef KRAIT_HAVE_LIBCLANG
    if (*bindgen) {
        for (const std::string &dir : bindgenIncludes)
            bindgenOpts.clangArgs.push_back("-I" + dir);
        for (const std::string &def : bindgenDefines)
            bindgenOpts.clangArgs.push_back("-D" + def);
        return runBindgen(bindgenOpts);
    }
#endif
    return runProgram(runOpts, programArgs);
}
