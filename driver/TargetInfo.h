//===- driver/TargetInfo.h - target and board descriptions ------*- C++ -*-===//
//
// Each target krait compiles for is a description file, targets/NAME.target,
// and each board a firmware can be laid out for is targets/boards/NAME.board:
// `key = value` lines, '#' comments. They are data, installed beside the
// runtimes in lib/krait/targets/ and read at run time, so a new target is a
// new file (plus its runtime, which the build derives from the same file).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_TARGETINFO_H
#define KRAIT_DRIVER_TARGETINFO_H

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace krait {

/// A parsed `key = value` description file.
class Description {
  public:
    /// Parse `path`. False with `error` ("FILE:LINE: ...") when it cannot be
    /// read or a line is neither blank, a comment nor `key = value`.
    bool load(const std::string &path, std::string &error);
    /// The value of `key`, or `fallback` when absent.
    std::string get(const std::string &key, const std::string &fallback = "") const;
    /// Whether `key` is present (possibly with an empty value).
    bool has(const std::string &key) const;
    /// The file it was read from.
    const std::string &path() const { return file; }

  private:
    std::string file;
    std::vector<std::pair<std::string, std::string>> entries;
};

/// A compilation target (targets/NAME.target).
struct TargetInfo {
    std::string name;         ///< krait's name, e.g. cortex-m4f
    std::string description;  ///< one line for `krait targets`
    std::string triple;       ///< LLVM triple
    std::string cpu;          ///< LLVM CPU name; empty: the triple's default
    std::string features;     ///< LLVM feature string, e.g. "+m,+a,+c"
    std::string floatAbi;     ///< soft or hard (for `krait targets`)
    bool hosted = false;      ///< an OS target (linked by the system toolchain)
    std::string linkerScript; ///< bare metal: the section layout in targets/
    std::string board;        ///< bare metal: the default board
    std::string qemuCpu;      ///< bare metal: QEMU's -cpu for this core (may be empty)
};

/// A board's memory and how QEMU emulates it (targets/boards/NAME.board).
struct BoardInfo {
    std::string name;
    std::string description;
    uint64_t flashOrigin = 0, flashSize = 0; ///< where code and constants go
    uint64_t ramOrigin = 0, ramSize = 0;     ///< data, heap and stack
    uint64_t stackSize = 0;                  ///< default --stack-size
    uint64_t heapSize = 0;                   ///< default --heap-size; 0: the rest of RAM
    std::string qemu; ///< QEMU command running it (e.g. "qemu-system-arm -M mps2-an385")
};

/// lib/krait/targets/ beside the krait executable.
std::string targetsDir();

/// Find the target named `nameOrTriple` (krait's name or its LLVM triple;
/// when several targets share a triple the first by name wins).
bool findTarget(const std::string &nameOrTriple, TargetInfo &target, std::string &error);

/// Every installed target, sorted by name (x86_64-linux first).
bool listTargets(std::vector<TargetInfo> &targets, std::string &error);

/// Find the board named `name`.
bool findBoard(const std::string &name, BoardInfo &board, std::string &error);

/// Parse a size or address: decimal, 0x hexadecimal, or with a K or M
/// suffix (KiB, MiB). False on anything else or overflow.
bool parseSize(const std::string &text, uint64_t &value);

} // namespace krait

#endif // KRAIT_DRIVER_TARGETINFO_H
