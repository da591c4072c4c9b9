//===- driver/Firmware.h - bare-metal firmware images -----------*- C++ -*-===//
//
// Turns a program's objects into firmware for a bare-metal target: chooses
// the memory layout (the board's, overridden by --flash-origin/--flash-size/
// --ram-origin/--ram-size, --heap-size and --stack-size), writes the linker
// script (the target's section layout from targets/ after the MEMORY regions),
// links with lld against the target's runtime, picolibc and libgcc, and
// writes the raw binary (.bin) and Intel HEX (.hex) images beside the ELF.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_FIRMWARE_H
#define KRAIT_DRIVER_FIRMWARE_H

#include "driver/TargetInfo.h"

#include <cstdint>
#include <string>
#include <vector>

namespace krait {

struct Toolchain;

/// The firmware options of the command line, unparsed (empty: the board's).
struct FirmwareOptions {
    std::string board; ///< --board preset; empty: the target's default board
    std::string flashOrigin, flashSize, ramOrigin, ramSize;
    std::string heapSize;    ///< 0: all RAM the static data and stack leave
    std::string stackSize;   ///< the main stack, at the top of RAM
    std::string mapFile;     ///< --map: also write the linker's map there
    bool writeImages = true; ///< also write .bin and .hex beside the ELF
};

/// Where a firmware's pieces go, resolved.
struct MemoryLayout {
    uint64_t flashOrigin = 0, flashSize = 0;
    uint64_t ramOrigin = 0, ramSize = 0;
    uint64_t stackSize = 0;
    uint64_t heapSize = 0; ///< 0: the rest of RAM
};

/// The board `options` select for `target` and the layout it and the
/// overrides give. False with a clear `error` on an unknown board, a bad
/// number or a layout that cannot work (stack larger than RAM...).
bool resolveLayout(const TargetInfo &target, const FirmwareOptions &options, BoardInfo &board,
                   MemoryLayout &layout, std::string &error);

/// The linker script for `layout`: MEMORY and the size symbols, then the
/// target's section layout `sections` (the text of targets/<script>.ld).
std::string linkerScript(const MemoryLayout &layout, const std::string &sections);

/// Link `objects` into the firmware ELF `output` for the target of `tools`,
/// and (options.writeImages) OUTPUT.bin and OUTPUT.hex beside it (the .elf
/// extension replaced). False with `error` set.
bool buildFirmware(const std::vector<std::string> &objects, const Toolchain &tools,
                   const FirmwareOptions &options, const std::string &output, std::string &error);

/// `krait size FILE.elf`: print the flash and RAM a firmware uses to stdout.
/// Returns the exit status (2 when the file is not a readable ELF).
int printFirmwareSize(const std::string &path);

} // namespace krait

#endif // KRAIT_DRIVER_FIRMWARE_H
