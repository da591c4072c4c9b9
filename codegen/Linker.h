//===- codegen/Linker.h - link executables and firmware ---------*- C++ -*-===//
//
// Links compiled objects with the runtime archive into an executable for a
// hosted target, using clang-19 as the link driver (for crt files and libc)
// and lld as the linker; and into a firmware ELF for a bare-metal target,
// with ld.lld directly, a linker script and the target's static libraries.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_LINKER_H
#define KRAIT_CODEGEN_LINKER_H

#include <string>
#include <vector>

namespace krait::codegen {

/// One hosted link.
struct LinkJob {
    std::vector<std::string> objects;   ///< compiled objects (krait_main's first)
    std::string runtimeArchive;         ///< libkrait_rt.a for the target
    std::string output;                 ///< the executable to write
    std::string triple;                 ///< target triple (empty: the driver's default)
    bool pie = true;                    ///< must match the objects' relocation model
    std::vector<std::string> extraArgs; ///< appended to the driver command line
};

/// Name of the file beside a runtime archive that lists the link flags every
/// program linked against that runtime needs (e.g. the sanitizer runtimes
/// when it was built with ASan/UBSan): one argument per line, blank lines and
/// lines starting with '#' ignored.
inline constexpr const char *kRuntimeLinkFlagsFile = "link-flags.txt";

/// The flags listed in kRuntimeLinkFlagsFile beside `runtimeArchive`; empty
/// when the file is absent (a runtime that needs nothing extra).
std::vector<std::string> runtimeLinkFlags(const std::string &runtimeArchive);

/// Locate a program on PATH, trying each name in order. Empty when absent.
std::string findTool(const std::vector<std::string> &names);

/// The driver command line for `job` (argv[0] = the clang path). Exposed for
/// tests and for `--verbose` output.
std::vector<std::string> linkCommand(const LinkJob &job, const std::string &clang,
                                     const std::string &lld);

/// Run the link, adding the runtime's link flags (runtimeLinkFlags) after
/// the job's extra arguments. Returns false and sets `error` (with the command line) when
/// clang-19 or ld.lld-19 is missing or the link fails.
bool linkHosted(const LinkJob &job, std::string &error);

/// One bare-metal link: everything is explicit, no driver defaults.
struct FirmwareLinkJob {
    std::vector<std::string> objects;   ///< compiled objects
    std::vector<std::string> libraries; ///< archives, searched as one group (runtime, libc...)
    std::string linkerScript;           ///< the complete script (-T)
    std::string output;                 ///< the ELF to write
    std::string mapFile;                ///< if set, also write a link map there
};

/// The ld.lld command line for `job` (argv[0] = the lld path).
std::vector<std::string> firmwareLinkCommand(const FirmwareLinkJob &job, const std::string &lld);

/// Run the bare-metal link with ld.lld-19, dropping unused sections. False
/// with `error` (including lld's own messages and the command) on failure.
bool linkFirmware(const FirmwareLinkJob &job, std::string &error);

/// Run `argv` (argv[0] is the program path), capturing its standard error.
/// Returns its exit status, or -1 with `error` set when it cannot run; on a
/// non-zero status `error` holds what it wrote to stderr.
int runTool(const std::vector<std::string> &argv, std::string &error);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_LINKER_H
