//===- driver/TargetInfo.cpp - target and board descriptions --------------===//

#include "driver/TargetInfo.h"
#include "driver/Toolchain.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/TargetParser/Triple.h>

#include <algorithm>

namespace krait {

bool Description::load(const std::string &path, std::string &error) {
    file = path;
    entries.clear();
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
        llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    if (!buffer) {
        error = "cannot read '" + path + "': " + buffer.getError().message();
        return false;
    }
    llvm::SmallVector<llvm::StringRef, 32> lines;
    (*buffer)->getBuffer().split(lines, '\n');
    for (size_t i = 0; i < lines.size(); ++i) {
        llvm::StringRef line = lines[i].trim();
        if (line.empty() || line.starts_with("#")) continue;
        auto [key, value] = line.split('=');
        key = key.trim();
        if (key.size() == line.size() || key.empty() ||
            key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") !=
                llvm::StringRef::npos) {
            error = path + ":" + std::to_string(i + 1) + ": expected 'key = value'";
            return false;
        }
        entries.emplace_back(key.str(), value.trim().str());
    }
    return true;
}

std::string Description::get(const std::string &key, const std::string &fallback) const {
    for (const auto &[k, v] : entries)
        if (k == key) return v;
    return fallback;
}

bool Description::has(const std::string &key) const {
    return std::any_of(entries.begin(), entries.end(),
                       [&](const auto &entry) { return entry.first == key; });
}

std::string targetsDir() {
    llvm::SmallString<256> path(executableDir());
    llvm::sys::path::append(path, "..", "lib", "krait", "targets");
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    return std::string(path);
}

bool parseSize(const std::string &text, uint64_t &value) {
    llvm::StringRef s = llvm::StringRef(text).trim();
    uint64_t scale = 1;
    if (s.ends_with_insensitive("k")) {
        scale = 1024;
        s = s.drop_back();
    } else if (s.ends_with_insensitive("m")) {
        scale = 1024 * 1024;
        s = s.drop_back();
    }
    uint64_t n = 0;
    // getAsInteger with radix 0 accepts 0x (hex), 0 (octal) and decimal.
    if (s.empty() || s.getAsInteger(0, n)) return false;
    if (n > UINT64_MAX / scale) return false;
    value = n * scale;
    return true;
}

namespace {

/// Read targets/<file> into `target`.
bool readTarget(const std::string &path, TargetInfo &target, std::string &error) {
    Description d;
    if (!d.load(path, error)) return false;
    for (const char *key : {"name", "triple"})
        if (d.get(key).empty()) {
            error = path + ": missing '" + key + "'";
            return false;
        }
    target.name = d.get("name");
    target.description = d.get("description");
    target.triple = d.get("triple");
    target.cpu = d.get("cpu");
    target.features = d.get("features");
    target.floatAbi = d.get("float-abi");
    target.hosted = d.get("hosted") == "yes";
    target.linkerScript = d.get("linker-script");
    target.board = d.get("board");
    target.qemuCpu = d.get("qemu-cpu");
    if (!target.hosted && (target.linkerScript.empty() || target.board.empty())) {
        error = path + ": a bare-metal target needs 'linker-script' and 'board'";
        return false;
    }
    return true;
}

} // namespace

bool listTargets(std::vector<TargetInfo> &targets, std::string &error) {
    std::string dir = targetsDir();
    std::vector<std::string> files;
    std::error_code ec;
    for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec))
        if (llvm::sys::path::extension(it->path()) == ".target") files.push_back(it->path());
    if (ec || files.empty()) {
        error = "no target descriptions in " + dir + (ec ? ": " + ec.message() : "");
        return false;
    }
    targets.clear();
    for (const std::string &f : files) {
        TargetInfo t;
        if (!readTarget(f, t, error)) return false;
        targets.push_back(std::move(t));
    }
    // The hosted default first, then the bare-metal targets by name.
    std::sort(targets.begin(), targets.end(), [](const TargetInfo &a, const TargetInfo &b) {
        return a.hosted != b.hosted ? a.hosted : a.name < b.name;
    });
    return true;
}

bool findTarget(const std::string &nameOrTriple, TargetInfo &target, std::string &error) {
    std::vector<TargetInfo> all;
    if (!listTargets(all, error)) return false;
    for (const TargetInfo &t : all)
        if (t.name == nameOrTriple) return target = t, true;
    std::string normal = llvm::Triple::normalize(nameOrTriple);
    for (const TargetInfo &t : all)
        if (llvm::Triple::normalize(t.triple) == normal) return target = t, true;
    error = "unknown target '" + nameOrTriple + "' (known:";
    for (const TargetInfo &t : all)
        error += " " + t.name;
    error += "; see krait targets)";
    return false;
}

bool findBoard(const std::string &name, BoardInfo &board, std::string &error) {
    llvm::SmallString<256> path(targetsDir());
    llvm::sys::path::append(path, "boards", name + ".board");
    if (!llvm::sys::fs::exists(path)) {
        error =
            "unknown board '" + name + "' (boards are described in " + targetsDir() + "/boards/)";
        return false;
    }
    Description d;
    if (!d.load(std::string(path), error)) return false;
    board.name = d.get("name", name);
    board.description = d.get("description");
    board.qemu = d.get("qemu");
    struct {
        const char *key;
        uint64_t *field;
        bool required;
    } sizes[] = {{"flash-origin", &board.flashOrigin, true}, {"flash-size", &board.flashSize, true},
                 {"ram-origin", &board.ramOrigin, true},     {"ram-size", &board.ramSize, true},
                 {"stack-size", &board.stackSize, true},     {"heap-size", &board.heapSize, false}};
    for (const auto &s : sizes) {
        if (!d.has(s.key) && !s.required) continue;
        if (!parseSize(d.get(s.key), *s.field)) {
            error = std::string(path) + ": '" + s.key + "' needs a size or address, got '" +
                    d.get(s.key) + "'";
            return false;
        }
    }
    return true;
}

} // namespace krait
