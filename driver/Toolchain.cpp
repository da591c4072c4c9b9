//===- driver/Toolchain.cpp - where a target's pieces are -----------------===//

#include "driver/Toolchain.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace krait {

namespace {

/// Hosted targets krait knows; bare-metal ones arrive with targets/.
struct KnownTarget {
    const char *name;
    const char *triple;
};
const KnownTarget knownTargets[] = {
    {"x86_64-linux", "x86_64-unknown-linux-gnu"},
};

/// The folder holding the krait executable.
std::string executableDir() {
    static int anchor;
    std::string exe = llvm::sys::fs::getMainExecutable("krait", &anchor);
    return std::string(llvm::sys::path::parent_path(exe));
}

} // namespace

std::string stdlibDir() {
    llvm::SmallString<256> path(executableDir());
    llvm::sys::path::append(path, "..", "lib", "krait", "python");
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    return std::string(path);
}

bool Toolchain::locate(const std::string &target, std::string &error) {
    const KnownTarget *found = nullptr;
    for (const KnownTarget &t : knownTargets)
        if (target == t.name || target == t.triple) found = &t;
    if (!found) {
        error = "unknown target '" + target + "' (known: x86_64-linux)";
        return false;
    }
    name = found->name;
    triple = found->triple;
    llvm::SmallString<256> path(executableDir());
    llvm::sys::path::append(path, "..", "lib", "krait");
    llvm::sys::path::append(path, name, "libkrait_rt.a");
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    runtimeArchive = std::string(path);
    if (!llvm::sys::fs::exists(runtimeArchive)) {
        error = "runtime for target '" + name + "' not found at " + runtimeArchive;
        return false;
    }
    return true;
}

} // namespace krait
