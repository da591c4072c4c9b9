//===- driver/Toolchain.cpp - where a target's pieces are -----------------===//

#include "driver/Toolchain.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace krait {

std::string executableDir() {
    static int anchor;
    std::string exe = llvm::sys::fs::getMainExecutable("krait", &anchor);
    return std::string(llvm::sys::path::parent_path(exe));
}

std::string stdlibDir() {
    llvm::SmallString<256> path(executableDir());
    llvm::sys::path::append(path, "..", "lib", "krait", "python");
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    return std::string(path);
}

bool isBareMetalTarget(const std::string &target) {
    TargetInfo info;
    std::string error;
    return findTarget(target, info, error) && !info.hosted;
}

namespace {

/// libkrait_rt.bc in `libDir` when it is at least as new as the archive
/// (the build links it after the archive); else empty. A stale file could
/// describe other object layouts than the archive the program links, so
/// inlining from it would miscompile; without it programs are only slower.
std::string freshBitcode(const std::string &libDir, const std::string &archive) {
    llvm::SmallString<256> path(libDir);
    llvm::sys::path::append(path, "libkrait_rt.bc");
    llvm::sys::fs::file_status bitcode, lib;
    if (llvm::sys::fs::status(path, bitcode) || llvm::sys::fs::status(archive, lib) ||
        bitcode.getLastModificationTime() < lib.getLastModificationTime())
        return {};
    return std::string(path);
}

} // namespace

bool Toolchain::locate(const std::string &targetName, std::string &error) {
    if (!findTarget(targetName, target, error)) return false;
    name = target.name;
    triple = target.triple;
    llvm::SmallString<256> path(executableDir());
    llvm::sys::path::append(path, "..", "lib", "krait", name);
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    libDir = std::string(path);
    llvm::sys::path::append(path, "libkrait_rt.a");
    runtimeArchive = std::string(path);
    if (!llvm::sys::fs::exists(runtimeArchive)) {
        error = "runtime for target '" + name + "' not found at " + runtimeArchive;
        return false;
    }
    runtimeBitcode = freshBitcode(libDir, runtimeArchive);
    return true;
}

} // namespace krait
