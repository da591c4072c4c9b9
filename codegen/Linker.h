//===- codegen/Linker.h - link hosted executables ---------------*- C++ -*-===//
//
// Links compiled objects with the runtime archive into an executable for a
// hosted target, using clang-19 as the link driver (for crt files and libc)
// and lld as the linker.
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

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_LINKER_H
