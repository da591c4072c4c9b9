//===- driver/Firmware.cpp - bare-metal firmware images -------------------===//

#include "driver/Firmware.h"
#include "driver/Toolchain.h"

#include "codegen/Linker.h"

#include <llvm/ADT/StringMap.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Format.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <iostream>

namespace krait {

namespace {

/// Override `field` with the option `text` when given. False on a bad value.
bool override(const std::string &text, const char *option, uint64_t &field, std::string &error) {
    if (text.empty()) return true;
    if (!parseSize(text, field)) {
        error = std::string("invalid ") + option + " '" + text +
                "' (expected a number, 0x hex, or a K or M suffix)";
        return false;
    }
    return true;
}

std::string hex(uint64_t v) {
    std::string s;
    llvm::raw_string_ostream os(s);
    os << llvm::format_hex(v, 10);
    return s;
}

/// Read a whole file; false with `error` set.
bool readFile(const std::string &path, std::string &text, std::string &error) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
        llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    if (!buffer) {
        error = "cannot read '" + path + "': " + buffer.getError().message();
        return false;
    }
    text = (*buffer)->getBuffer().str();
    return true;
}

/// Write `text` to a new temporary file; its path, or "" with `error` set.
std::string writeTemporary(const std::string &text, const char *suffix, std::string &error) {
    llvm::SmallString<128> path;
    int fd = -1;
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile("krait", suffix, fd, path)) {
        error = "cannot create a temporary file: " + ec.message();
        return "";
    }
    llvm::raw_fd_ostream out(fd, /*shouldClose=*/true);
    out << text;
    return std::string(path);
}

/// OUTPUT with its .elf extension (if any) replaced by `ext`.
std::string imagePath(const std::string &output, const char *ext) {
    llvm::SmallString<256> path(output);
    if (llvm::sys::path::extension(path) == ".elf")
        llvm::sys::path::replace_extension(path, ext);
    else
        path += ext;
    return std::string(path);
}

/// Write the .bin and .hex images of the ELF `elf` with llvm-objcopy.
bool writeImages(const std::string &elf, std::string &error) {
    std::string objcopy = codegen::findTool({"llvm-objcopy-19", "llvm-objcopy"});
    if (objcopy.empty()) {
        error = "cannot write .bin/.hex images: llvm-objcopy-19 not found on PATH";
        return false;
    }
    for (const char *format : {"binary", "ihex"}) {
        std::string out = imagePath(elf, format[0] == 'b' ? ".bin" : ".hex");
        std::string output;
        if (codegen::runTool({objcopy, "-O", format, elf, out}, output) != 0) {
            error = "llvm-objcopy failed writing '" + out + "': " + output;
            return false;
        }
    }
    return true;
}

} // namespace

bool resolveLayout(const TargetInfo &target, const FirmwareOptions &options, BoardInfo &board,
                   MemoryLayout &layout, std::string &error) {
    if (!findBoard(options.board.empty() ? target.board : options.board, board, error))
        return false;
    layout.flashOrigin = board.flashOrigin;
    layout.flashSize = board.flashSize;
    layout.ramOrigin = board.ramOrigin;
    layout.ramSize = board.ramSize;
    layout.stackSize = board.stackSize;
    layout.heapSize = board.heapSize;
    if (!override(options.flashOrigin, "--flash-origin", layout.flashOrigin, error) ||
        !override(options.flashSize, "--flash-size", layout.flashSize, error) ||
        !override(options.ramOrigin, "--ram-origin", layout.ramOrigin, error) ||
        !override(options.ramSize, "--ram-size", layout.ramSize, error) ||
        !override(options.stackSize, "--stack-size", layout.stackSize, error) ||
        !override(options.heapSize, "--heap-size", layout.heapSize, error))
        return false;
    if (layout.flashSize == 0 || layout.ramSize == 0) {
        error = "the flash and RAM sizes must not be 0";
        return false;
    }
    if (layout.stackSize < 1024 || layout.stackSize % 8) {
        error = "--stack-size must be a multiple of 8 and at least 1K";
        return false;
    }
    if (layout.stackSize + layout.heapSize >= layout.ramSize) {
        error = "the stack (" + std::to_string(layout.stackSize) + " bytes) and the heap (" +
                std::to_string(layout.heapSize) + " bytes) do not fit in " +
                std::to_string(layout.ramSize) + " bytes of RAM";
        return false;
    }
    auto overlaps = [](uint64_t a, uint64_t an, uint64_t b, uint64_t bn) {
        return a < b + bn && b < a + an;
    };
    if (overlaps(layout.flashOrigin, layout.flashSize, layout.ramOrigin, layout.ramSize)) {
        error = "the flash (" + hex(layout.flashOrigin) + ", " + std::to_string(layout.flashSize) +
                " bytes) and the RAM (" + hex(layout.ramOrigin) + ", " +
                std::to_string(layout.ramSize) + " bytes) overlap";
        return false;
    }
    if (layout.flashOrigin + layout.flashSize > (1ull << 32) ||
        layout.ramOrigin + layout.ramSize > (1ull << 32)) {
        error = "the memory layout does not fit in a 32-bit address space";
        return false;
    }
    return true;
}

std::string linkerScript(const MemoryLayout &layout, const std::string &sections) {
    std::string s = "/* Memory layout chosen by krait (board and command-line options). */\n";
    s += "MEMORY\n{\n";
    s += "    FLASH (rx) : ORIGIN = " + hex(layout.flashOrigin) +
         ", LENGTH = " + std::to_string(layout.flashSize) + "\n";
    s += "    RAM (rwx) : ORIGIN = " + hex(layout.ramOrigin) +
         ", LENGTH = " + std::to_string(layout.ramSize) + "\n";
    s += "}\n";
    s += "__krait_stack_size = " + std::to_string(layout.stackSize) + ";\n";
    s += "__krait_heap_size = " + std::to_string(layout.heapSize) + ";\n";
    s += "__krait_flash_size = " + std::to_string(layout.flashSize) + ";\n";
    s += "__krait_ram_size = " + std::to_string(layout.ramSize) + ";\n\n";
    return s + sections;
}

bool buildFirmware(const std::vector<std::string> &objects, const Toolchain &tools,
                   const FirmwareOptions &options, const std::string &output, std::string &error) {
    BoardInfo board;
    MemoryLayout layout;
    if (!resolveLayout(tools.target, options, board, layout, error)) return false;
    llvm::SmallString<256> sectionsPath(targetsDir());
    llvm::sys::path::append(sectionsPath, tools.target.linkerScript);
    std::string sections;
    if (!readFile(std::string(sectionsPath), sections, error)) return false;
    std::string script = writeTemporary(linkerScript(layout, sections), "ld", error);
    if (script.empty()) return false;

    codegen::FirmwareLinkJob job;
    job.objects = objects;
    for (const char *lib : {"libkrait_rt.a", "libc.a", "libgcc.a"}) {
        llvm::SmallString<256> path(tools.libDir);
        llvm::sys::path::append(path, lib);
        if (!llvm::sys::fs::exists(path)) {
            error = std::string(lib) + " for target '" + tools.name + "' not found at " +
                    std::string(path);
            llvm::sys::fs::remove(script);
            return false;
        }
        job.libraries.push_back(std::string(path));
    }
    job.linkerScript = script;
    job.output = output;
    job.mapFile = options.mapFile;
    bool ok = codegen::linkFirmware(job, error);
    llvm::sys::fs::remove(script);
    if (!ok) return false;
    return !options.writeImages || writeImages(output, error);
}

int printFirmwareSize(const std::string &path) {
    llvm::Expected<llvm::object::OwningBinary<llvm::object::ObjectFile>> file =
        llvm::object::ObjectFile::createObjectFile(path);
    if (!file) {
        std::cerr << "krait: error: cannot read '" << path
                  << "': " << llvm::toString(file.takeError()) << "\n";
        return 2;
    }
    auto *elf = llvm::dyn_cast<llvm::object::ELFObjectFileBase>(file->getBinary());
    if (!elf) {
        std::cerr << "krait: error: '" << path << "' is not an ELF file\n";
        return 2;
    }
    // Flash: every allocated section with contents (code, constants, the
    // initial values of data). Static RAM: initialised data plus zeroed data.
    uint64_t code = 0, data = 0, bss = 0;
    for (const llvm::object::ELFSectionRef section : elf->sections()) {
        uint64_t flags = section.getFlags();
        if (!(flags & llvm::ELF::SHF_ALLOC)) continue;
        llvm::Expected<llvm::StringRef> name = section.getName();
        if (name && *name == ".tbss_space") continue; // the space of .tbss, counted there
        if (section.getType() == llvm::ELF::SHT_NOBITS)
            bss += section.getSize();
        else if (flags & llvm::ELF::SHF_WRITE)
            data += section.getSize();
        else
            code += section.getSize();
    }
    llvm::StringMap<uint64_t> symbols;
    for (const llvm::object::SymbolRef &sym : elf->symbols()) {
        llvm::Expected<llvm::StringRef> name = sym.getName();
        llvm::Expected<uint64_t> value = sym.getValue();
        if (name && value && name->starts_with("__"))
            symbols[*name] = *value;
        else if (!name || !value)
            llvm::consumeError(name ? value.takeError() : name.takeError());
    }
    auto sym = [&](const char *n) { return symbols.lookup(n); };
    llvm::raw_fd_ostream &os = llvm::outs();
    auto percent = [&](uint64_t used, uint64_t total) {
        if (total)
            os << llvm::format("  (%.1f%% of %llu KB)", 100.0 * used / total,
                               (unsigned long long)(total / 1024));
    };
    os << path << ":\n";
    os << llvm::format("  flash %9llu bytes", (unsigned long long)(code + data));
    percent(code + data, sym("__krait_flash_size"));
    os << llvm::format("\n        code and constants %llu, initial data %llu\n",
                       (unsigned long long)code, (unsigned long long)data);
    auto span = [&](const char *from, const char *to) {
        return sym(to) > sym(from) ? sym(to) - sym(from) : 0;
    };
    uint64_t heap = span("__heap_start", "__heap_end");
    uint64_t stack = span("__stack_bottom", "__stack_top");
    uint64_t ram = data + bss + heap + stack;
    os << llvm::format("  RAM   %9llu bytes", (unsigned long long)ram);
    percent(ram, sym("__krait_ram_size"));
    os << llvm::format("\n        static data %llu (initialised %llu, zeroed %llu), heap %llu, "
                       "stack %llu\n",
                       (unsigned long long)(data + bss), (unsigned long long)data,
                       (unsigned long long)bss, (unsigned long long)heap,
                       (unsigned long long)stack);
    return 0;
}

} // namespace krait
