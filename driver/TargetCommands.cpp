//===- driver/TargetCommands.cpp - target-related subcommands -------------===//

#include "driver/TargetCommands.h"
#include "driver/TargetInfo.h"

#include <iomanip>
#include <iostream>

namespace krait {

void addFirmwareOptions(CLI::App *cmd, FirmwareOptions &opts) {
    const char *group = "Firmware (bare-metal targets)";
    cmd->add_option("--board", opts.board, "Board preset for the memory layout (see krait targets)")
        ->group(group);
    cmd->add_option("--heap-size", opts.heapSize,
                    "Heap size, e.g. 16K (default: the RAM the data and stack leave)")
        ->group(group);
    cmd->add_option("--stack-size", opts.stackSize, "Stack size, e.g. 8K (default: the board's)")
        ->group(group);
    cmd->add_option("--flash-origin", opts.flashOrigin, "Flash start address")->group(group);
    cmd->add_option("--flash-size", opts.flashSize, "Flash size, e.g. 256K")->group(group);
    cmd->add_option("--ram-origin", opts.ramOrigin, "RAM start address")->group(group);
    cmd->add_option("--ram-size", opts.ramSize, "RAM size, e.g. 64K")->group(group);
    cmd->add_option("--map", opts.mapFile, "Write the linker's map of the firmware to FILE")
        ->group(group);
}

int listTargetsCommand() {
    std::vector<TargetInfo> targets;
    std::string error;
    if (!listTargets(targets, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 1;
    }
    std::cout << std::left << std::setw(15) << "TARGET" << std::setw(26) << "TRIPLE"
              << std::setw(14) << "CPU" << std::setw(16) << "FLOAT ABI"
              << "BOARD (QEMU)\n";
    for (const TargetInfo &t : targets) {
        std::string board = "(hosted)";
        if (!t.hosted) {
            BoardInfo b;
            board = t.board;
            if (findBoard(t.board, b, error) && !b.qemu.empty())
                board += " (" + b.qemu + (t.qemuCpu.empty() ? "" : " -cpu " + t.qemuCpu) + ")";
        }
        std::cout << std::setw(15) << t.name << std::setw(26) << t.triple << std::setw(14)
                  << (t.cpu.empty() ? "x86-64" : t.cpu) << std::setw(16) << t.floatAbi << board
                  << "\n";
    }
    return 0;
}

int sizeCommand(const std::string &file) {
    return printFirmwareSize(file);
}

} // namespace krait
