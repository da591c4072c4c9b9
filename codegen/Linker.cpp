//===- codegen/Linker.cpp - link executables and firmware -----------------===//

#include "codegen/Linker.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ErrorOr.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

using namespace llvm;

namespace krait::codegen {

std::string findTool(const std::vector<std::string> &names) {
    for (const std::string &name : names) {
        ErrorOr<std::string> path = sys::findProgramByName(name);
        if (path) return *path;
    }
    return {};
}

std::vector<std::string> runtimeLinkFlags(const std::string &runtimeArchive) {
    SmallString<256> path(sys::path::parent_path(runtimeArchive));
    sys::path::append(path, kRuntimeLinkFlagsFile);
    ErrorOr<std::unique_ptr<MemoryBuffer>> file = MemoryBuffer::getFile(path, /*IsText=*/true);
    std::vector<std::string> flags;
    if (!file) return flags;
    SmallVector<StringRef, 8> lines;
    (*file)->getBuffer().split(lines, '\n', -1, /*KeepEmpty=*/false);
    for (StringRef line : lines) {
        line = line.trim();
        if (!line.empty() && !line.starts_with("#")) flags.push_back(line.str());
    }
    return flags;
}

std::vector<std::string> linkCommand(const LinkJob &job, const std::string &clang,
                                     const std::string &lld) {
    std::vector<std::string> argv{clang};
    if (!job.triple.empty()) argv.push_back("--target=" + job.triple);
    // --ld-path names lld exactly, so a versioned binary (ld.lld-19) works
    // without an unversioned ld.lld on PATH.
    argv.push_back("-fuse-ld=lld");
    argv.push_back("--ld-path=" + lld);
    argv.push_back(job.pie ? "-pie" : "-no-pie");
    argv.push_back("-Wl,--gc-sections");
    for (const std::string &obj : job.objects)
        argv.push_back(obj);
    argv.push_back(job.runtimeArchive);
    argv.push_back("-lm");
    for (const std::string &arg : job.extraArgs)
        argv.push_back(arg);
    argv.push_back("-o");
    argv.push_back(job.output);
    return argv;
}

bool linkHosted(const LinkJob &job, std::string &error) {
    std::string clang = findTool({"clang-19", "clang"});
    if (clang.empty()) {
        error = "cannot link: clang-19 not found on PATH (install clang-19)";
        return false;
    }
    std::string lld = findTool({"ld.lld-19", "ld.lld"});
    if (lld.empty()) {
        error = "cannot link: ld.lld-19 not found on PATH (install lld-19)";
        return false;
    }
    // The runtime's own needs (e.g. the sanitizer runtimes) follow the job's.
    LinkJob full = job;
    for (std::string &flag : runtimeLinkFlags(job.runtimeArchive))
        full.extraArgs.push_back(std::move(flag));
    std::vector<std::string> argv = linkCommand(full, clang, lld);
    SmallVector<StringRef, 16> args(argv.begin(), argv.end());
    std::string execError;
    bool failedToRun = false;
    int status = sys::ExecuteAndWait(clang, args, std::nullopt, {}, 0, 0, &execError, &failedToRun);
    if (status == 0) return true;
    std::string cmd;
    for (const std::string &a : argv)
        cmd += (cmd.empty() ? "" : " ") + a;
    error = failedToRun ? "cannot run the linker: " + execError
                        : "link failed (status " + std::to_string(status) + ")";
    if (!failedToRun && !execError.empty()) error += ": " + execError;
    error += "\n  command: " + cmd;
    return false;
}

std::vector<std::string> firmwareLinkCommand(const FirmwareLinkJob &job, const std::string &lld) {
    std::vector<std::string> argv{lld,  "-static",       "--gc-sections", "--no-undefined",
                                  "-T", job.linkerScript};
    if (!job.mapFile.empty()) argv.push_back("-Map=" + job.mapFile);
    for (const std::string &obj : job.objects)
        argv.push_back(obj);
    // The runtime, libc and libgcc refer to each other in both directions.
    argv.push_back("--start-group");
    for (const std::string &lib : job.libraries)
        argv.push_back(lib);
    argv.push_back("--end-group");
    argv.push_back("-o");
    argv.push_back(job.output);
    return argv;
}

int runTool(const std::vector<std::string> &argv, std::string &error) {
    SmallString<128> errPath;
    if (std::error_code ec = sys::fs::createTemporaryFile("krait-tool", "err", errPath)) {
        error = "cannot create a temporary file: " + ec.message();
        return -1;
    }
    SmallVector<StringRef, 16> args(argv.begin(), argv.end());
    std::optional<StringRef> redirects[] = {std::nullopt, std::nullopt, StringRef(errPath)};
    std::string execError;
    bool failedToRun = false;
    int status =
        sys::ExecuteAndWait(argv[0], args, std::nullopt, redirects, 0, 0, &execError, &failedToRun);
    ErrorOr<std::unique_ptr<MemoryBuffer>> err = MemoryBuffer::getFile(errPath, /*IsText=*/true);
    sys::fs::remove(errPath);
    if (failedToRun) {
        error = "cannot run " + argv[0] + ": " + execError;
        return -1;
    }
    if (status != 0) error = err ? (*err)->getBuffer().trim().str() : execError;
    return status;
}

bool linkFirmware(const FirmwareLinkJob &job, std::string &error) {
    std::string lld = findTool({"ld.lld-19", "ld.lld"});
    if (lld.empty()) {
        error = "cannot link: ld.lld-19 not found on PATH (install lld-19)";
        return false;
    }
    std::vector<std::string> argv = firmwareLinkCommand(job, lld);
    std::string output;
    int status = runTool(argv, output);
    if (status == 0) return true;
    std::string cmd;
    for (const std::string &a : argv)
        cmd += (cmd.empty() ? "" : " ") + a;
    // lld checks a script's ASSERTs on every layout pass: report each once.
    std::string messages;
    SmallVector<StringRef, 8> lines;
    StringRef(output).split(lines, '\n');
    for (size_t i = 0; i < lines.size(); ++i)
        if (i == 0 || lines[i] != lines[i - 1])
            messages += (messages.empty() ? "" : "\n") + lines[i].str();
    error = status < 0 ? output : "firmware link failed:\n" + messages + "\n  command: " + cmd;
    return false;
}

} // namespace krait::codegen
