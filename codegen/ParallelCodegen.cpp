//===- codegen/ParallelCodegen.cpp - code generation on several threads ---===//

#include "codegen/ParallelCodegen.h"

#include "codegen/Linker.h"
#include "codegen/ObjectWriter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Transforms/Utils/SplitModule.h"

#include <thread>
#include <vector>

using namespace llvm;

namespace krait::codegen {

namespace {

size_t instructionCount(const Module &module) {
    size_t count = 0;
    for (const Function &fn : module)
        count += fn.getInstructionCount();
    return count;
}

/// SplitModule turns every local into a hidden global so that partitions
/// can reach each other's; a name unique to this module keeps them from
/// meeting another module's locals (or an unnamed one's placeholder) at link
/// time. The tag is as unique as the module's own public names, which also
/// derive from its identifier.
void giveLocalsModuleNames(Module &module) {
    std::string tag = ".k" + utohexstr(xxh3_64bits(module.getModuleIdentifier()));
    unsigned unnamed = 0;
    for (GlobalValue &gv : module.global_values()) {
        if (!gv.hasLocalLinkage()) continue;
        std::string base = gv.hasName() ? gv.getName().str() : "anon." + std::to_string(unnamed++);
        gv.setName(base + tag);
    }
}

/// One partition: its bitcode going in, its object coming out.
struct Partition {
    SmallVector<char, 0> bitcode;
    SmallVector<char, 0> object;
    std::string error;
};

/// Code-generate one partition in a context of its own (an LLVMContext is
/// not thread-safe, so each thread parses its own copy).
void generate(Partition &part, const TargetSpec &spec) {
    LLVMContext ctx;
    MemoryBufferRef buffer(StringRef(part.bitcode.data(), part.bitcode.size()), "partition");
    Expected<std::unique_ptr<Module>> module = parseBitcodeFile(buffer, ctx);
    if (!module) {
        part.error = "internal error: cannot read a code generation partition: " +
                     toString(module.takeError());
        return;
    }
    std::unique_ptr<TargetMachine> machine = createTargetMachine(spec, part.error);
    if (!machine) return;
    emitToBuffer(**module, *machine, EmitKind::Object, part.object, part.error);
}

/// Run generate() on every partition, as many at once as the machine has
/// hardware threads.
void generateAll(std::vector<Partition> &parts, const TargetSpec &spec) {
    unsigned width = std::max(1u, std::thread::hardware_concurrency());
    for (size_t first = 0; first < parts.size(); first += width) {
        size_t last = std::min(parts.size(), first + width);
        std::vector<std::thread> threads;
        for (size_t i = first + 1; i < last; ++i)
            threads.emplace_back([&parts, &spec, i] { generate(parts[i], spec); });
        generate(parts[first], spec);
        for (std::thread &t : threads)
            t.join();
    }
}

/// Write `bytes` to a fresh temporary object file; its path goes to `path`.
bool writeTemporary(ArrayRef<char> bytes, std::string &path, std::string &error) {
    int fd = -1;
    SmallString<128> name;
    if (std::error_code ec = sys::fs::createTemporaryFile("krait-part", "o", fd, name)) {
        error = "cannot create a temporary file: " + ec.message();
        return false;
    }
    raw_fd_ostream os(fd, /*shouldClose=*/true);
    os.write(bytes.data(), bytes.size());
    os.close();
    path = name.str().str();
    if (os.has_error()) {
        error = "cannot write '" + path + "': " + os.error().message();
        os.clear_error();
        return false;
    }
    return true;
}

/// Join the partitions' objects into one relocatable object at `path`.
bool joinObjects(const std::vector<Partition> &parts, const std::string &path, std::string &error) {
    std::string lld = findTool({"ld.lld-19", "ld.lld"});
    if (lld.empty()) {
        error = "cannot join code generation partitions: ld.lld-19 not found on PATH "
                "(install lld-19, or pass -j1)";
        return false;
    }
    std::vector<std::string> argv = {lld, "-r", "-o", path};
    std::vector<std::string> temporaries;
    bool ok = true;
    for (const Partition &part : parts) {
        std::string temporary;
        if (!(ok = writeTemporary(part.object, temporary, error))) break;
        temporaries.push_back(temporary);
        argv.push_back(temporary);
    }
    if (ok && runTool(argv, error) != 0) {
        error = "cannot join code generation partitions: " + error;
        ok = false;
    }
    for (const std::string &temporary : temporaries)
        sys::fs::remove(temporary);
    return ok;
}

} // namespace

unsigned codegenPartitionsFor(const Module &module, unsigned jobs) {
    if (jobs != 0) return jobs;
    return instructionCount(module) >= ParallelCodegenMinInstructions ? 2 : 1;
}

bool emitObjectInParallel(Module &module, const TargetSpec &spec, unsigned partitions,
                          const std::string &path, std::string &error) {
    giveLocalsModuleNames(module);
    std::vector<Partition> parts;
    parts.reserve(partitions);
    // Round robin deals the functions out by size, so the partitions take
    // about equally long.
    SplitModule(
        module, partitions,
        [&parts](std::unique_ptr<Module> part) {
            parts.emplace_back();
            raw_svector_ostream os(parts.back().bitcode);
            WriteBitcodeToFile(*part, os);
        },
        /*PreserveLocals=*/false, /*RoundRobin=*/true);
    generateAll(parts, spec);
    for (const Partition &part : parts)
        if (!part.error.empty()) {
            error = part.error;
            return false;
        }
    return joinObjects(parts, path, error);
}

} // namespace krait::codegen
