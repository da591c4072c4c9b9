//===- driver/Toolchain.h - where a target's pieces are ---------*- C++ -*-===//
//
// Resolves a --target name (or LLVM triple) to its description
// (driver/TargetInfo.h) and finds the runtime built for it, next to the krait
// executable: bin/krait → lib/krait/<target>/.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_TOOLCHAIN_H
#define KRAIT_DRIVER_TOOLCHAIN_H

#include "driver/TargetInfo.h"

#include <string>

namespace krait {

/// The resolved pieces of one target.
struct Toolchain {
    std::string name;           ///< krait's target name, e.g. x86_64-linux
    std::string triple;         ///< LLVM target triple
    std::string runtimeArchive; ///< path of libkrait_rt.a for the target
    std::string libDir;         ///< lib/krait/<name>/: the runtime and its libraries
    /// libkrait_rt.bc beside the archive: the runtime as LLVM bitcode, whose
    /// small functions codegen inlines (codegen/RuntimeInlining.h). Empty
    /// when that file is missing or older than the archive.
    std::string runtimeBitcode;
    TargetInfo target; ///< the whole description

    /// Resolve `target` (a krait name or an LLVM triple). False with `error`
    /// set when it is unknown or its runtime is not installed.
    bool locate(const std::string &target, std::string &error);
};

/// The folder holding the krait executable.
std::string executableDir();

/// The folder of krait's standard modules written in Python
/// (bin/krait → lib/krait/python/).
std::string stdlibDir();

/// True when `target` names a known bare-metal target (false for hosted or
/// unknown ones).
bool isBareMetalTarget(const std::string &target);

} // namespace krait

#endif // KRAIT_DRIVER_TOOLCHAIN_H
