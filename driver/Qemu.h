//===- driver/Qemu.h - run firmware under QEMU ------------------*- C++ -*-===//
//
// `krait run --target <bare-metal>` boots the firmware in QEMU on the board
// it was laid out for, with semihosting carrying the console (to QEMU's
// stdout and stderr) and the exit status.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_QEMU_H
#define KRAIT_DRIVER_QEMU_H

#include "driver/TargetInfo.h"

#include <string>
#include <vector>

namespace krait {

/// The QEMU command line that boots `elf` on `board` with `target`'s core,
/// giving the program the command line `programArgs` (argv[0] first; the
/// runtime reads it with semihosting's SYS_GET_CMDLINE, split at spaces).
/// Empty with `error` set when the board has no QEMU model, QEMU is not
/// installed or an argument cannot be passed (it holds a space).
std::vector<std::string> qemuCommand(const TargetInfo &target, const BoardInfo &board,
                                     const std::string &elf,
                                     const std::vector<std::string> &programArgs,
                                     std::string &error);

/// Boot `elf` with `programArgs` and wait for it. Returns the program's exit
/// status; 134 with a message when QEMU itself fails or is killed.
int runUnderQemu(const TargetInfo &target, const BoardInfo &board, const std::string &elf,
                 const std::vector<std::string> &programArgs);

} // namespace krait

#endif // KRAIT_DRIVER_QEMU_H
