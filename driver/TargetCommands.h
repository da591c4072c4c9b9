//===- driver/TargetCommands.h - target-related subcommands -----*- C++ -*-===//
//
// The command-line pieces of cross compilation: the firmware options every
// compiling subcommand takes, `krait targets` and `krait size`.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_TARGETCOMMANDS_H
#define KRAIT_DRIVER_TARGETCOMMANDS_H

#include "driver/Firmware.h"

#include <CLI/CLI.hpp>

#include <string>

namespace krait {

/// Add --board, --heap-size, --stack-size and the explicit memory layout
/// options (--flash-origin/--flash-size/--ram-origin/--ram-size) to `cmd`.
void addFirmwareOptions(CLI::App *cmd, FirmwareOptions &opts);

/// `krait targets`: one line per target with its triple, CPU, float ABI,
/// default board and the QEMU command that runs it. Returns the exit status.
int listTargetsCommand();

/// `krait size FILE`: the flash and RAM a firmware uses.
int sizeCommand(const std::string &file);

} // namespace krait

#endif // KRAIT_DRIVER_TARGETCOMMANDS_H
