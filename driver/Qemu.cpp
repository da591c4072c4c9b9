//===- driver/Qemu.cpp - run firmware under QEMU --------------------------===//

#include "driver/Qemu.h"

#include "codegen/Linker.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Program.h>

#include <iostream>

namespace krait {

std::vector<std::string> qemuCommand(const TargetInfo &target, const BoardInfo &board,
                                     const std::string &elf,
                                     const std::vector<std::string> &programArgs,
                                     std::string &error) {
    llvm::SmallVector<llvm::StringRef, 8> words;
    llvm::StringRef(board.qemu).split(words, ' ', -1, /*KeepEmpty=*/false);
    if (words.empty()) {
        error = "board '" + board.name + "' has no QEMU model: build the firmware and flash it";
        return {};
    }
    std::string qemu = codegen::findTool({words[0].str()});
    if (qemu.empty()) {
        error = "cannot run the firmware: " + words[0].str() + " not found on PATH";
        return {};
    }
    std::vector<std::string> argv{qemu};
    for (size_t i = 1; i < words.size(); ++i)
        argv.push_back(words[i].str());
    // The board's own machine picks the core unless the target names one
    // (an M0+ image on the MPS2 board runs on QEMU's cortex-m0).
    if (!target.qemuCpu.empty()) {
        argv.push_back("-cpu");
        argv.push_back(target.qemuCpu);
    }
    // No display, monitor or serial port: the console is semihosting, which
    // writes to QEMU's own stdout and stderr.
    for (const char *arg : {"-nodefaults", "-display", "none", "-semihosting-config",
                            "enable=on,target=native", "-kernel"})
        argv.push_back(arg);
    argv.push_back(elf);
    // QEMU hands "<elf> <append>" to SYS_GET_CMDLINE; the runtime skips the
    // first word. One string: arguments cannot hold spaces.
    std::string cmdline;
    for (const std::string &arg : programArgs) {
        if (arg.empty() || arg.find_first_of(" \t\n") != std::string::npos) {
            error = "cannot pass the argument '" + arg +
                    "' to a bare-metal program (empty or holding white space)";
            return {};
        }
        cmdline += (cmdline.empty() ? "" : " ") + arg;
    }
    if (!cmdline.empty()) {
        argv.push_back("-append");
        argv.push_back(cmdline);
    }
    return argv;
}

int runUnderQemu(const TargetInfo &target, const BoardInfo &board, const std::string &elf,
                 const std::vector<std::string> &programArgs) {
    std::string error;
    std::vector<std::string> argv = qemuCommand(target, board, elf, programArgs, error);
    if (argv.empty()) {
        std::cerr << "krait: error: " << error << "\n";
        return 1;
    }
    llvm::SmallVector<llvm::StringRef, 16> args(argv.begin(), argv.end());
    bool failedToRun = false;
    int rc = llvm::sys::ExecuteAndWait(argv[0], args, std::nullopt, {}, 0, 0, &error, &failedToRun);
    if (failedToRun || rc < 0) {
        std::cerr << "krait: error: cannot run " << argv[0] << ": " << error << "\n";
        return 134;
    }
    return rc;
}

} // namespace krait
