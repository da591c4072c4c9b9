//===- tests/unit/driver/TargetInfoTest.cpp - targets, boards, layouts ----===//
//
// The description files the build installs in lib/krait/targets/ (found from
// the test binary in bin/, as krait finds them), size parsing, memory layout
// resolution and the generated linker script.
//
//===----------------------------------------------------------------------===//

#include "driver/TargetInfo.h"
#include "codegen/Linker.h"
#include "codegen/Target.h"
#include "driver/Firmware.h"

#include <gtest/gtest.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/raw_ostream.h>

using namespace krait;

namespace {

TEST(ParseSize, AcceptsDecimalHexAndSuffixes) {
    uint64_t v = 0;
    EXPECT_TRUE(parseSize("4096", v));
    EXPECT_EQ(v, 4096u);
    EXPECT_TRUE(parseSize("16K", v));
    EXPECT_EQ(v, 16384u);
    EXPECT_TRUE(parseSize("4m", v));
    EXPECT_EQ(v, 4u << 20);
    EXPECT_TRUE(parseSize("0x20000000", v));
    EXPECT_EQ(v, 0x20000000u);
    EXPECT_TRUE(parseSize(" 64K ", v));
    EXPECT_EQ(v, 65536u);
}

TEST(ParseSize, RejectsGarbage) {
    uint64_t v = 0;
    for (const char *bad : {"", "K", "12Q", "-1", "1.5K", "0x", "99999999999999999999"})
        EXPECT_FALSE(parseSize(bad, v)) << bad;
}

/// A temporary description file holding `text`.
std::string writeTemp(const std::string &text) {
    llvm::SmallString<128> path;
    int fd = -1;
    EXPECT_FALSE(llvm::sys::fs::createTemporaryFile("krait-desc", "target", fd, path));
    llvm::raw_fd_ostream out(fd, true);
    out << text;
    return std::string(path);
}

TEST(Description, ParsesKeysValuesAndComments) {
    std::string path = writeTemp("# comment\n\nname = demo\n  cpu=cortex-m3  \nempty =\n");
    Description d;
    std::string error;
    ASSERT_TRUE(d.load(path, error)) << error;
    EXPECT_EQ(d.get("name"), "demo");
    EXPECT_EQ(d.get("cpu"), "cortex-m3");
    EXPECT_TRUE(d.has("empty"));
    EXPECT_EQ(d.get("empty", "x"), "");
    EXPECT_FALSE(d.has("missing"));
    EXPECT_EQ(d.get("missing", "fallback"), "fallback");
    llvm::sys::fs::remove(path);
}

TEST(Description, ReportsTheBadLine) {
    std::string path = writeTemp("name = demo\nthis is not a pair\n");
    Description d;
    std::string error;
    EXPECT_FALSE(d.load(path, error));
    EXPECT_EQ(error, path + ":2: expected 'key = value'");
    llvm::sys::fs::remove(path);
}

TEST(Targets, ListsHostedFirstThenByName) {
    std::vector<TargetInfo> targets;
    std::string error;
    ASSERT_TRUE(listTargets(targets, error)) << error;
    std::vector<std::string> names;
    for (const TargetInfo &t : targets)
        names.push_back(t.name);
    EXPECT_EQ(names, (std::vector<std::string>{"x86_64-linux", "cortex-m0plus", "cortex-m3",
                                               "cortex-m4f", "cortex-m7", "riscv32imac"}));
    EXPECT_TRUE(targets[0].hosted);
    for (size_t i = 1; i < targets.size(); ++i) {
        EXPECT_FALSE(targets[i].hosted);
        EXPECT_FALSE(targets[i].linkerScript.empty());
        EXPECT_FALSE(targets[i].board.empty());
    }
}

TEST(Targets, FoundByNameOrTriple) {
    TargetInfo t;
    std::string error;
    ASSERT_TRUE(findTarget("cortex-m4f", t, error)) << error;
    EXPECT_EQ(t.triple, "thumbv7em-none-eabihf");
    EXPECT_EQ(t.cpu, "cortex-m4");
    ASSERT_TRUE(findTarget("thumbv6m-none-eabi", t, error)) << error;
    EXPECT_EQ(t.name, "cortex-m0plus");
    // Shared triple: the first by name.
    ASSERT_TRUE(findTarget("thumbv7em-none-eabihf", t, error)) << error;
    EXPECT_EQ(t.name, "cortex-m4f");
    ASSERT_TRUE(findTarget("riscv32-unknown-elf", t, error)) << error;
    EXPECT_EQ(t.features, "+m,+a,+c");
    EXPECT_FALSE(findTarget("pdp11", t, error));
    EXPECT_NE(error.find("unknown target 'pdp11'"), std::string::npos);
}

TEST(Boards, ReadsMemoryAndQemu) {
    BoardInfo b;
    std::string error;
    ASSERT_TRUE(findBoard("mps2-an385", b, error)) << error;
    EXPECT_EQ(b.flashOrigin, 0u);
    EXPECT_EQ(b.flashSize, 4u << 20);
    EXPECT_EQ(b.ramOrigin, 0x20000000u);
    EXPECT_EQ(b.stackSize, 64u << 10);
    EXPECT_EQ(b.qemu.rfind("qemu-system-arm -M mps2-an385", 0), 0u);
    ASSERT_TRUE(findBoard("microbit", b, error)) << error;
    EXPECT_EQ(b.ramSize, 16u << 10);
    EXPECT_FALSE(findBoard("no-such-board", b, error));
}

TEST(Layout, BoardDefaultsAndOverrides) {
    TargetInfo t;
    std::string error;
    ASSERT_TRUE(findTarget("cortex-m3", t, error)) << error;
    FirmwareOptions opts;
    BoardInfo board;
    MemoryLayout layout;
    ASSERT_TRUE(resolveLayout(t, opts, board, layout, error)) << error;
    EXPECT_EQ(board.name, "mps2-an385");
    EXPECT_EQ(layout.heapSize, 0u);
    opts.ramOrigin = "0x20000000";
    opts.ramSize = "64K";
    opts.heapSize = "16K";
    opts.stackSize = "8K";
    ASSERT_TRUE(resolveLayout(t, opts, board, layout, error)) << error;
    EXPECT_EQ(layout.ramSize, 65536u);
    EXPECT_EQ(layout.heapSize, 16384u);
    EXPECT_EQ(layout.stackSize, 8192u);
    std::string script = linkerScript(layout, "SECTIONS {}\n");
    EXPECT_NE(script.find("RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 65536"), std::string::npos);
    EXPECT_NE(script.find("__krait_heap_size = 16384;"), std::string::npos);
    EXPECT_NE(script.find("__krait_stack_size = 8192;"), std::string::npos);
    EXPECT_EQ(script.substr(script.size() - 12), "SECTIONS {}\n");
}

TEST(Layout, RejectsLayoutsThatCannotWork) {
    TargetInfo t;
    std::string error;
    ASSERT_TRUE(findTarget("cortex-m3", t, error)) << error;
    BoardInfo board;
    MemoryLayout layout;
    FirmwareOptions tooBig;
    tooBig.ramSize = "32K";
    EXPECT_FALSE(resolveLayout(t, tooBig, board, layout, error)); // 64K stack
    EXPECT_NE(error.find("do not fit in 32768 bytes of RAM"), std::string::npos) << error;
    FirmwareOptions overlap;
    overlap.ramOrigin = "0x1000";
    EXPECT_FALSE(resolveLayout(t, overlap, board, layout, error));
    EXPECT_NE(error.find("overlap"), std::string::npos) << error;
    FirmwareOptions badStack;
    badStack.stackSize = "100";
    EXPECT_FALSE(resolveLayout(t, badStack, board, layout, error));
    FirmwareOptions badBoard;
    badBoard.board = "nope";
    EXPECT_FALSE(resolveLayout(t, badBoard, board, layout, error));
    EXPECT_NE(error.find("unknown board 'nope'"), std::string::npos) << error;
}

TEST(FirmwareLink, CommandGroupsTheLibraries) {
    codegen::FirmwareLinkJob job;
    job.objects = {"a.o", "b.o"};
    job.libraries = {"libkrait_rt.a", "libc.a", "libgcc.a"};
    job.linkerScript = "fw.ld";
    job.output = "fw.elf";
    std::vector<std::string> argv = codegen::firmwareLinkCommand(job, "ld.lld");
    EXPECT_EQ(argv, (std::vector<std::string>{"ld.lld", "-static", "--gc-sections",
                                              "--no-undefined", "-T", "fw.ld", "a.o", "b.o",
                                              "--start-group", "libkrait_rt.a", "libc.a",
                                              "libgcc.a", "--end-group", "-o", "fw.elf"}));
}

TEST(TargetMachines, EveryTargetHasItsFloatAbiAndStaticCode) {
    std::vector<TargetInfo> targets;
    std::string error;
    ASSERT_TRUE(listTargets(targets, error)) << error;
    for (const TargetInfo &t : targets) {
        codegen::TargetSpec spec = codegen::defaultSpecFor(t.triple);
        spec.cpu = t.cpu;
        spec.features = t.features;
        std::unique_ptr<llvm::TargetMachine> tm = codegen::createTargetMachine(spec, error);
        ASSERT_TRUE(tm) << t.name << ": " << error;
        EXPECT_EQ(tm->getTargetCPU(), t.cpu) << t.name;
        EXPECT_EQ(spec.pic, t.hosted) << t.name;
        bool hardArm = t.triple.find("eabihf") != std::string::npos;
        EXPECT_EQ(tm->Options.FloatABIType == llvm::FloatABI::Hard, hardArm) << t.name;
    }
}

} // namespace
