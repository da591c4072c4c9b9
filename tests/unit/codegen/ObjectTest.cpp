//===- tests/unit/codegen/ObjectTest.cpp - objects, assembly, link lines ---===//

#include "TestPrograms.h"

#include "codegen/Compiler.h"
#include "codegen/Emitter.h"
#include "codegen/Linker.h"
#include "codegen/ObjectWriter.h"
#include "codegen/Optimizer.h"
#include "codegen/Target.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/FileSystem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

using namespace krait;
using namespace krait::codegen;

namespace {

/// Lower the add/print module for `triple`, optimise at -O2 and emit `kind`.
std::string emitFor(const std::string &triple, EmitKind kind, const std::string &cpu = "") {
    TargetSpec spec = defaultSpecFor(triple);
    spec.cpu = cpu;
    std::string error;
    std::unique_ptr<llvm::TargetMachine> tm = createTargetMachine(spec, error);
    EXPECT_TRUE(tm) << error;
    if (!tm) return "";
    llvm::LLVMContext ctx;
    auto mod = test::makeAddPrint();
    std::unique_ptr<llvm::Module> out =
        emitLLVMModule(*mod, ctx, triple, tm->createDataLayout(), error);
    EXPECT_TRUE(out) << error;
    if (!out) return "";
    optimizeModule(*out, tm.get(), 2);
    llvm::SmallVector<char, 0> buffer;
    EXPECT_TRUE(emitToBuffer(*out, *tm, kind, buffer, error)) << error;
    return std::string(buffer.begin(), buffer.end());
}

/// e_machine of an ELF image (little-endian targets only).
unsigned elfMachine(const std::string &elf) {
    return static_cast<unsigned char>(elf[18]) | static_cast<unsigned char>(elf[19]) << 8;
}

TEST(Object, X86_64IsElf64) {
    std::string obj = emitFor("x86_64-unknown-linux-gnu", EmitKind::Object);
    ASSERT_GT(obj.size(), 64u);
    EXPECT_EQ(obj.substr(0, 4), "\x7f"
                                "ELF");
    EXPECT_EQ(obj[4], 2);            // ELFCLASS64
    EXPECT_EQ(obj[16], 1);           // ET_REL
    EXPECT_EQ(elfMachine(obj), 62u); // EM_X86_64
    EXPECT_NE(obj.find("krait_main"), std::string::npos);
}

TEST(Object, CortexMAndRiscVAreElf32) {
    std::string arm = emitFor("thumbv7em-none-eabihf", EmitKind::Object, "cortex-m4");
    ASSERT_GT(arm.size(), 52u);
    EXPECT_EQ(arm[4], 1);            // ELFCLASS32
    EXPECT_EQ(elfMachine(arm), 40u); // EM_ARM
    std::string m0 = emitFor("thumbv6m-none-eabi", EmitKind::Object, "cortex-m0plus");
    ASSERT_GT(m0.size(), 52u);
    EXPECT_EQ(elfMachine(m0), 40u);
    std::string rv = emitFor("riscv32-unknown-elf", EmitKind::Object);
    ASSERT_GT(rv.size(), 52u);
    EXPECT_EQ(rv[4], 1);
    EXPECT_EQ(elfMachine(rv), 243u); // EM_RISCV
}

TEST(Object, EveryTargetCompilesEveryConstruct) {
    // Functions, handlers, closures, star calls, fast paths: every back end
    // must lower all of it at -O0 and -O2.
    const char *triples[][2] = {{"x86_64-unknown-linux-gnu", ""},
                                {"thumbv6m-none-eabi", "cortex-m0plus"},
                                {"thumbv7m-none-eabi", "cortex-m3"},
                                {"thumbv7em-none-eabihf", "cortex-m4"},
                                {"riscv32-unknown-elf", "generic-rv32"}};
    for (auto &[triple, cpu] : triples)
        for (unsigned level : {0u, 2u})
            for (auto make : {test::makeProgram, test::makeClosureProgram, test::makeCompositeOps,
                              test::makeArithmetic}) {
                CodegenOptions opts;
                opts.triple = triple;
                opts.cpu = cpu;
                opts.optLevel = level;
                if (std::string(triple).rfind("riscv32", 0) == 0) opts.features = "+m,+a,+c";
                std::string error;
                EXPECT_TRUE(
                    emitModule(*make(), opts, ::testing::TempDir() + "krait_cg_target.o", error))
                    << triple << " O" << level << ": " << error;
            }
}

TEST(Object, AssemblyAndLLVMText) {
    std::string s = emitFor("x86_64-unknown-linux-gnu", EmitKind::Assembly);
    EXPECT_NE(s.find("krait_main:"), std::string::npos) << s;
    EXPECT_NE(s.find("kr_builtin_load"), std::string::npos) << s;
    std::string ll = emitFor("x86_64-unknown-linux-gnu", EmitKind::LLVMIR);
    EXPECT_NE(ll.find("target triple = \"x86_64-unknown-linux-gnu\""), std::string::npos) << ll;
}

TEST(Object, UnknownTripleIsAnError) {
    std::string error;
    EXPECT_FALSE(createTargetMachine(defaultSpecFor("nonsense-foo-bar"), error));
    EXPECT_NE(error.find("unknown target"), std::string::npos) << error;
}

TEST(Object, HostedAndBareMetalRelocation) {
    EXPECT_TRUE(defaultSpecFor("x86_64-unknown-linux-gnu").pic);
    EXPECT_FALSE(defaultSpecFor("thumbv7m-none-eabi").pic);
    EXPECT_FALSE(defaultSpecFor("riscv32-unknown-elf").pic);
    EXPECT_TRUE(defaultSpecFor("x86_64-linux").pic);
    EXPECT_EQ(defaultSpecFor("x86_64-unknown-linux-gnu").triple, "x86_64-unknown-linux-gnu");
}

TEST(Linker, CommandLine) {
    LinkJob job;
    job.objects = {"a.o"};
    job.runtimeArchive = "libkrait_rt.a";
    job.output = "prog";
    std::vector<std::string> argv = linkCommand(job, "/usr/bin/clang-19", "/usr/bin/ld.lld-19");
    auto has = [&](const std::string &arg) {
        return std::find(argv.begin(), argv.end(), arg) != argv.end();
    };
    EXPECT_EQ(argv[0], "/usr/bin/clang-19");
    EXPECT_TRUE(has("-fuse-ld=lld"));
    EXPECT_TRUE(has("--ld-path=/usr/bin/ld.lld-19"));
    EXPECT_TRUE(has("-pie"));
    EXPECT_TRUE(has("-lm"));
    // The runtime archive comes after the objects that use it.
    auto obj = std::find(argv.begin(), argv.end(), "a.o");
    auto rt = std::find(argv.begin(), argv.end(), "libkrait_rt.a");
    EXPECT_LT(obj, rt);
    job.pie = false;
    argv = linkCommand(job, "clang", "ld.lld");
    EXPECT_TRUE(has("-no-pie"));
}

// A runtime lists the link flags programs need beside its archive (the
// sanitizer runtimes for an ASan build): one per line, comments and blanks skipped.
TEST(Linker, RuntimeLinkFlags) {
    llvm::SmallString<128> dir;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("krait-rtflags", dir));
    std::string archive = (dir + "/libkrait_rt.a").str();
    EXPECT_TRUE(runtimeLinkFlags(archive).empty());
    {
        std::ofstream out((dir + "/" + kRuntimeLinkFlagsFile).str());
        out << "# for programs\n\n-fsanitize=address,undefined\n  -lfoo  \n";
    }
    EXPECT_EQ(runtimeLinkFlags(archive),
              (std::vector<std::string>{"-fsanitize=address,undefined", "-lfoo"}));
    llvm::sys::fs::remove_directories(dir);
}

} // namespace
