//===- codegen/ParallelCodegen.cpp - code generation on several threads ---===//

#include "codegen/ParallelCodegen.h"

#include "codegen/Linker.h"
#include "codegen/ObjectWriter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
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

/// Partitions reach each other's functions and data through the symbol
/// table, so every local becomes a hidden global, under a name unique to this
/// module so that it cannot meet another module's locals at link time. The
/// tag is as unique as the module's own public names, which also derive from
/// its identifier.
void externalizeLocals(Module &module) {
    std::string tag = ".k" + utohexstr(xxh3_64bits(module.getModuleIdentifier()));
    unsigned unnamed = 0;
    for (GlobalValue &gv : module.global_values()) {
        if (!gv.hasLocalLinkage()) continue;
        std::string base = gv.hasName() ? gv.getName().str() : "anon." + std::to_string(unnamed++);
        gv.setName(base + tag);
        gv.setLinkage(GlobalValue::ExternalLinkage);
        gv.setVisibility(GlobalValue::HiddenVisibility);
    }
}

/// What code generation of `fn` roughly costs: its instructions, much less
/// for optnone code (FastISel, the fast register allocator).
size_t codegenCost(const Function &fn) {
    size_t count = fn.getInstructionCount();
    return fn.hasFnAttribute(Attribute::OptimizeNone) ? count / 8 + 1 : count;
}

/// Deals the functions out to `partitions` parts, the most expensive first,
/// each to the least loaded part (longest processing time first), so the
/// threads finish together. Returns each function's part by name; data and
/// everything else belongs to part 0.
StringMap<unsigned> assignPartitions(const Module &module, unsigned partitions) {
    std::vector<const Function *> functions;
    for (const Function &fn : module)
        if (!fn.isDeclaration()) functions.push_back(&fn);
    std::stable_sort(functions.begin(), functions.end(), [](const Function *a, const Function *b) {
        return codegenCost(*a) > codegenCost(*b);
    });
    std::vector<size_t> load(partitions, 0);
    StringMap<unsigned> assignment;
    for (const Function *fn : functions) {
        unsigned least = 0;
        for (unsigned p = 1; p < partitions; ++p)
            if (load[p] < load[least]) least = p;
        load[least] += codegenCost(*fn);
        assignment[fn->getName()] = least;
    }
    return assignment;
}

/// Reduce `module` to part `index`: the other parts' functions become
/// declarations (materialising only this part's bodies when `module` was
/// loaded lazily), and only part 0 keeps the data definitions.
Error keepPartition(Module &module, const StringMap<unsigned> &assignment, unsigned index) {
    for (Function &fn : module) {
        auto it = assignment.find(fn.getName());
        if (it == assignment.end()) continue;
        if (it->second == index) {
            if (Error e = fn.materialize()) return e;
        } else {
            fn.deleteBody();
        }
    }
    if (index != 0)
        for (GlobalVariable &gv : module.globals())
            if (gv.hasInitializer()) {
                gv.setInitializer(nullptr);
                gv.setLinkage(GlobalValue::ExternalLinkage);
            }
    return module.materializeAll();
}

/// One partition's object, or why it failed.
struct Partition {
    SmallVector<char, 0> object;
    std::string error;
};

/// Code-generate part `index` from the whole module's bitcode, in a context
/// of its own (an LLVMContext is not thread-safe): only that part's function
/// bodies are read.
void generate(Partition &part, ArrayRef<char> bitcode, const StringMap<unsigned> &assignment,
              unsigned index, const TargetSpec &spec) {
    LLVMContext ctx;
    MemoryBufferRef buffer(StringRef(bitcode.data(), bitcode.size()), "partition");
    Expected<std::unique_ptr<Module>> module = getLazyBitcodeModule(buffer, ctx);
    Error failed = module ? keepPartition(**module, assignment, index) : module.takeError();
    if (failed) {
        part.error = "internal error: cannot read a code generation partition: " +
                     toString(std::move(failed));
        return;
    }
    std::unique_ptr<TargetMachine> machine = createTargetMachine(spec, part.error);
    if (!machine) return;
    emitToBuffer(**module, *machine, EmitKind::Object, part.object, part.error);
}

/// Part 0 is generated from `module` itself on this thread; the others from
/// its bitcode on threads of their own, as many at once as the machine has
/// hardware threads.
void generateAll(Module &module, std::vector<Partition> &parts,
                 const StringMap<unsigned> &assignment, const TargetSpec &spec) {
    SmallVector<char, 0> bitcode;
    raw_svector_ostream os(bitcode);
    WriteBitcodeToFile(module, os);
    unsigned width = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < parts.size(); ++i) {
        if (threads.size() + 1 >= width) {
            for (std::thread &t : threads)
                t.join();
            threads.clear();
        }
        threads.emplace_back([&, i] { generate(parts[i], bitcode, assignment, i, spec); });
    }
    if (Error e = keepPartition(module, assignment, 0)) {
        parts[0].error = "internal error: " + toString(std::move(e));
    } else if (std::unique_ptr<TargetMachine> machine = createTargetMachine(spec, parts[0].error)) {
        emitToBuffer(module, *machine, EmitKind::Object, parts[0].object, parts[0].error);
    }
    for (std::thread &t : threads)
        t.join();
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
    externalizeLocals(module);
    StringMap<unsigned> assignment = assignPartitions(module, partitions);
    std::vector<Partition> parts(partitions);
    generateAll(module, parts, assignment, spec);
    for (const Partition &part : parts)
        if (!part.error.empty()) {
            error = part.error;
            return false;
        }
    return joinObjects(parts, path, error);
}

} // namespace krait::codegen
