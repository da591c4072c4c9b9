//===- tests/unit/codegen/GeneratorTest.cpp - generators as coroutines ----===//
//
// A generator function (parsed from IR text) is split into a ramp, a resume
// and a destroy function at every optimisation level, its frame comes from
// the runtime (kr_generator_new / kr_generator_frame), and it compiles to an
// object for each supported target (64- and 32-bit frames).
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"
#include "codegen/ObjectWriter.h"
#include "codegen/Optimizer.h"
#include "codegen/Target.h"
#include "ir/Parser.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::codegen;

namespace {

/// `def gen(n): x = yield n; y = yield from range(x); return y`, plus a
/// generator using a star call (a dynamically sized argument array).
const char *GeneratorIR = R"(module "__main__" file "gen.py"

func @<module>() module !1:1 {
bb0:
  %0 = make.function @gen !1:1
  global.store "gen", %0 !1:1
  %1 = make.function @spread !5:1
  global.store "spread", %1 !5:1
  %2 = const.none !1:1
  return %2 !1:1
}

func @gen(n) locals(x, y) generator !1:1 {
bb0:
  %0 = param 0 !1:1  ; n
  slot.store 0, %0 !1:1  ; n
  %1 = slot.load 0 !2:15  ; n
  %2 = yield %1 !2:9
  slot.store 1, %2 !2:5  ; x
  %3 = global.load "range" !3:20
  %4 = slot.load 1 !3:26  ; x
  %5 = call %3, %4 !3:20
  %6 = yield.from %5 !3:9
  slot.store 2, %6 !3:5  ; y
  %7 = slot.load 2 !4:12  ; y
  return %7 !4:5
}

func @spread(f, a) generator !5:1 {
bb0:
  %0 = param 0 !5:1  ; f
  %1 = param 1 !5:1  ; a
  %2 = call.ex %0, %1 !6:11
  %3 = yield %2 !6:5
  %4 = const.none !6:5
  return %4 !6:5
}
)";

/// Lower, verify and optimise the generator module for `triple` at `opt`;
/// returns the LLVM module text ("" on failure, with a test failure).
std::string lowerAndOptimize(const std::string &triple, unsigned opt, std::string *object) {
    std::string error;
    std::unique_ptr<ir::Module> mod = ir::parseModule(GeneratorIR, error);
    EXPECT_TRUE(mod) << error;
    if (!mod) return "";
    std::unique_ptr<llvm::TargetMachine> tm = createTargetMachine(defaultSpecFor(triple), error);
    EXPECT_TRUE(tm) << error;
    if (!tm) return "";
    llvm::LLVMContext ctx;
    EmitOptions options;
    options.inlineFastPaths = opt > 0;
    std::unique_ptr<llvm::Module> out =
        emitLLVMModule(*mod, ctx, triple, tm->createDataLayout(), error, options);
    EXPECT_TRUE(out) << error;
    if (!out) return "";
    std::string verifyErrors;
    llvm::raw_string_ostream vs(verifyErrors);
    EXPECT_FALSE(llvm::verifyModule(*out, &vs)) << verifyErrors;
    optimizeModule(*out, tm.get(), opt);
    EXPECT_FALSE(llvm::verifyModule(*out, &vs)) << verifyErrors;
    if (object) {
        llvm::SmallVector<char, 0> buffer;
        EXPECT_TRUE(emitToBuffer(*out, *tm, EmitKind::Object, buffer, error)) << error;
        object->assign(buffer.begin(), buffer.end());
    }
    std::string text;
    llvm::raw_string_ostream os(text);
    out->print(os, nullptr);
    return text;
}

TEST(Generator, SplitAtEveryOptLevel) {
    for (unsigned opt = 0; opt <= 3; ++opt) {
        std::string ll = lowerAndOptimize("x86_64-unknown-linux-gnu", opt, nullptr);
        SCOPED_TRACE("-O" + std::to_string(opt));
        // No coroutine intrinsic survives: CoroSplit and CoroCleanup ran.
        EXPECT_EQ(ll.find("@llvm.coro.suspend("), std::string::npos) << ll;
        EXPECT_EQ(ll.find("@llvm.coro.begin("), std::string::npos) << ll;
        // The resume clone exists and the frame is initialised in runtime memory.
        EXPECT_NE(ll.find("@py.gen.resume("), std::string::npos) << ll;
        EXPECT_NE(ll.find("store ptr @py.gen.resume"), std::string::npos) << ll;
        EXPECT_NE(ll.find("@kr_generator_new("), std::string::npos) << ll;
        EXPECT_NE(ll.find("@kr_generator_begin("), std::string::npos) << ll;
        EXPECT_NE(ll.find("@krait.coro.resume("), std::string::npos) << ll;
        // The star call in a coroutine uses GC scratch, not a dynamic alloca.
        EXPECT_NE(ll.find("@kr_scratch_alloc("), std::string::npos) << ll;
        EXPECT_EQ(ll.find("llvm.stacksave"), std::string::npos) << ll;
    }
}

TEST(Generator, ObjectsForEveryTarget) {
    for (const char *triple :
         {"x86_64-unknown-linux-gnu", "thumbv7em-none-eabihf", "riscv32-unknown-elf"}) {
        SCOPED_TRACE(triple);
        std::string obj;
        std::string ll = lowerAndOptimize(triple, 2, &obj);
        ASSERT_GT(obj.size(), 64u);
        EXPECT_EQ(obj.substr(0, 4), "\x7f"
                                    "ELF");
        EXPECT_NE(ll.find("@py.gen.resume("), std::string::npos) << ll;
    }
}

} // namespace
