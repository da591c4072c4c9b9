//===- tests/unit/codegen/EmitterTest.cpp - IR -> LLVM IR -----------------===//

#include "TestPrograms.h"

#include "codegen/Compiler.h"
#include "codegen/Emitter.h"
#include "codegen/Target.h"
#include "ir/Verifier.h"

#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::codegen;

namespace {

/// Lower `mod` for `triple` and return the textual LLVM IR ("" on failure,
/// with the reason in `error`). The module must pass llvm::verifyModule.
std::string lowerToText(const ir::Module &mod, const std::string &triple, std::string &error) {
    std::string irErrors;
    EXPECT_TRUE(ir::verify(mod, irErrors)) << irErrors;
    std::unique_ptr<llvm::TargetMachine> tm = createTargetMachine(defaultSpecFor(triple), error);
    if (!tm) return "";
    llvm::LLVMContext ctx;
    std::unique_ptr<llvm::Module> out =
        emitLLVMModule(mod, ctx, triple, tm->createDataLayout(), error);
    if (!out) return "";
    std::string verifyErrors;
    llvm::raw_string_ostream vos(verifyErrors);
    EXPECT_FALSE(llvm::verifyModule(*out, &vos)) << vos.str();
    std::string text;
    llvm::raw_string_ostream os(text);
    out->print(os, nullptr);
    return os.str();
}

/// Whether the module's constant table has a big int (kr_const_kind
/// KR_CONST_INT or KR_CONST_NEG_INT, made once at start-up).
bool hasBigIntConstant(const std::string &ll) {
    return ll.find("%kr_const_desc { i32 3,") != std::string::npos ||
           ll.find("%kr_const_desc { i32 4,") != std::string::npos;
}

TEST(Emitter, AddAndPrintCallsTheRuntime) {
    auto mod = test::makeAddPrint();
    std::string error;
    std::string ll = lowerToText(*mod, "x86_64-unknown-linux-gnu", error);
    ASSERT_FALSE(ll.empty()) << error;
    EXPECT_NE(ll.find("define i64 @krait_main()"), std::string::npos) << ll;
    EXPECT_NE(ll.find("define internal i64 @\"py.<module>\"(i64 %self, ptr %args)"),
              std::string::npos)
        << ll;
    // 1 and 2 are tagged small ints: (1<<1)|1 and (2<<1)|1; add is code 15.
    EXPECT_NE(ll.find("call i64 @kr_binary_op(i32 15, i64 3, i64 5)"), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_builtin_load("), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_call("), std::string::npos) << ll;
    // The constants are made at start-up from a table (runtime/constpool.cpp).
    EXPECT_NE(ll.find("@kr_constants_init(ptr @krait.constants, i64"), std::string::npos) << ll;
    EXPECT_NE(ll.find("@krait.constant.table = private constant"), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_traceback_add("), std::string::npos) << ll;
    // The stack check on entry.
    EXPECT_NE(ll.find("@llvm.frameaddress"), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_stack_limit"), std::string::npos) << ll;
    EXPECT_NE(ll.find("c\"add.py\\00\""), std::string::npos) << ll;
}

TEST(Emitter, ThirtyTwoBitTargetsUseWordSizedValues) {
    auto mod = test::makeAddPrint();
    std::string error;
    std::string ll = lowerToText(*mod, "thumbv7m-none-eabi", error);
    ASSERT_FALSE(ll.empty()) << error;
    EXPECT_NE(ll.find("define i32 @krait_main()"), std::string::npos) << ll;
    EXPECT_NE(ll.find("call i32 @kr_binary_op(i32 15, i32 3, i32 5)"), std::string::npos) << ll;
}

TEST(Emitter, SmallIntLiteralsAreImmediates) {
    std::string error;
    // 2^62 - 1, the largest small int on 64-bit targets, tags to 2^63 - 1.
    std::string ll = lowerToText(*test::makeIntLiteral("4611686018427387903"),
                                 "x86_64-unknown-linux-gnu", error);
    ASSERT_FALSE(ll.empty()) << error;
    EXPECT_FALSE(hasBigIntConstant(ll)) << ll;
    EXPECT_NE(ll.find("i64 9223372036854775807"), std::string::npos) << ll;
    ll = lowerToText(*test::makeIntLiteral("4611686018427387904"), "x86_64-unknown-linux-gnu",
                     error);
    EXPECT_TRUE(hasBigIntConstant(ll)) << ll;
    // Negative literals too: -5 is (-5 << 1) | 1 = -9.
    ll = lowerToText(*test::makeIntLiteral("-5"), "x86_64-unknown-linux-gnu", error);
    EXPECT_NE(ll.find("i64 -9"), std::string::npos) << ll;
}

TEST(Emitter, BigIntLiteralsAreCreatedOnceAtStartup) {
    std::string error;
    std::string ll = lowerToText(*test::makeIntLiteral("123456789012345678901234567890"),
                                 "x86_64-unknown-linux-gnu", error);
    ASSERT_FALSE(ll.empty()) << error;
    EXPECT_TRUE(hasBigIntConstant(ll)) << ll;
    EXPECT_NE(ll.find("c\"123456789012345678901234567890\\00\""), std::string::npos) << ll;
    // 2^30 fits a 64-bit small int but not a 32-bit one (31 bits, signed).
    ll = lowerToText(*test::makeIntLiteral("1073741824"), "x86_64-unknown-linux-gnu", error);
    EXPECT_FALSE(hasBigIntConstant(ll)) << ll;
    ll = lowerToText(*test::makeIntLiteral("1073741824"), "riscv32-unknown-elf", error);
    ASSERT_FALSE(ll.empty()) << error;
    EXPECT_TRUE(hasBigIntConstant(ll)) << ll;
    ll = lowerToText(*test::makeIntLiteral("1073741823"), "riscv32-unknown-elf", error);
    EXPECT_FALSE(hasBigIntConstant(ll)) << ll;
}

TEST(Emitter, FunctionsHandlersAndKeywordCalls) {
    auto mod = test::makeProgram();
    std::string error;
    std::string ll = lowerToText(*mod, "x86_64-unknown-linux-gnu", error);
    ASSERT_FALSE(ll.empty()) << error;
    // Code entries: the generic one (argument array) wraps the native one (one word per
    // parameter), and the function object holds the generic one.
    EXPECT_NE(ll.find("define internal i64 @py.fib.generic(i64 %self, ptr %args)"),
              std::string::npos)
        << ll;
    EXPECT_NE(ll.find("define internal i64 @py.fib(i64 %self, i64 %param)"), std::string::npos)
        << ll;
    EXPECT_NE(ll.find("@py.info.fib = private constant %kr_code_info"), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_function_new(ptr @py.info.fib, ptr @py.fib.generic"),
              std::string::npos)
        << ll;
    EXPECT_NE(ll.find("@kr_exc_fetch()"), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_exc_match("), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_exc_restore("), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_unpack("), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_call_kw("), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_raise_recursion()"), std::string::npos) << ll;
    EXPECT_NE(ll.find("@kr_raise_unbound_local("), std::string::npos) << ll;
}

TEST(Emitter, CompositeOpcodesLowerToValidCode) {
    std::string error;
    for (const char *triple : {"x86_64-unknown-linux-gnu", "thumbv7em-none-eabihf"}) {
        std::string ll = lowerToText(*test::makeCompositeOps(), triple, error);
        ASSERT_FALSE(ll.empty()) << error;
        EXPECT_NE(ll.find("@kr_format_value("), std::string::npos) << ll;
        EXPECT_NE(ll.find("@kr_str_build("), std::string::npos) << ll;
        EXPECT_NE(ll.find("@llvm.stacksave"), std::string::npos) << ll;
        // The spread buffer is freed on the failure paths too.
        EXPECT_NE(ll.find("restore.stack:"), std::string::npos) << ll;
    }
    std::string ll = lowerToText(*test::makeClosureProgram(), "x86_64-unknown-linux-gnu", error);
    ASSERT_FALSE(ll.empty()) << error;
    CodegenOptions opts;
    opts.emit = EmitKind::Object;
    opts.optLevel = 3;
    EXPECT_TRUE(emitModule(*test::makeCompositeOps(), opts,
                           ::testing::TempDir() + "krait_cg_composite.o", error))
        << error;
}

TEST(Emitter, AllOptimisationLevelsProduceValidCode) {
    auto mod = test::makeProgram();
    for (unsigned level = 0; level <= 3; ++level) {
        CodegenOptions opts;
        opts.optLevel = level;
        opts.emit = EmitKind::LLVMIR;
        std::string path = ::testing::TempDir() + "krait_cg_opt" + std::to_string(level) + ".ll";
        std::string error;
        EXPECT_TRUE(emitModule(*mod, opts, path, error)) << "O" << level << ": " << error;
    }
}

TEST(Emitter, ImportsCallTheImportSystem) {
    auto mod = std::make_unique<ir::Module>("__main__", "star.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.setLoc(4, 1);
    ir::Instruction *m = b.import("pkg.m");
    b.globalStore("x", b.importFrom(m, "x"));
    b.importStar(m);
    b.ret(b.constNone());
    std::string error;
    std::string text = lowerToText(*mod, "x86_64-unknown-linux-gnu", error);
    ASSERT_FALSE(text.empty()) << error;
    EXPECT_NE(text.find("@kr_import(i64"), std::string::npos) << text;
    EXPECT_NE(text.find("@kr_import_from("), std::string::npos) << text;
    EXPECT_NE(text.find("@kr_import_star("), std::string::npos) << text;
}

TEST(Emitter, InvalidIRIsAnInternalError) {
    auto mod = std::make_unique<ir::Module>("__main__", "bad.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.constNone(); // no terminator
    CodegenOptions opts;
    std::string error;
    EXPECT_FALSE(emitModule(*mod, opts, ::testing::TempDir() + "krait_cg_bad.o", error));
    EXPECT_NE(error.find("invalid IR"), std::string::npos) << error;
}

TEST(Emitter, NonMainModulesGetAStartFunctionReturningTheModule) {
    auto mod = test::makeAddPrint();
    mod->name = "pkg.util";
    std::string error;
    std::string ll = lowerToText(*mod, "x86_64-unknown-linux-gnu", error);
    ASSERT_FALSE(ll.empty()) << error;
    EXPECT_NE(ll.find("define i64 @krait_module_pkg_util()"), std::string::npos) << ll;
    EXPECT_EQ(ll.find("@krait_main"), std::string::npos) << ll;
    EXPECT_EQ(moduleStartSymbol("__main__"), "krait_main");
}

} // namespace
