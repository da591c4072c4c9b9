//===- TypeOpcodeTest.cpp - Types, opcode and operator tables ---------------===//

#include "ir/IR.h"
#include "runtime/object.h"

#include <gtest/gtest.h>

using namespace krait::ir;

TEST(IRType, SpellingRoundTrips) {
    for (Type t :
         {Type::object(), Type::integer(), Type::floating(), Type::boolean(), Type::none(),
          Type::string(), Type::bytes(), Type::list(), Type::tuple(), Type::dict(), Type::set(),
          Type::func(3), Type::classOf(7), Type::instance(0), Type::voidTy(), Type::unpacked(),
          Type::complex()}) {
        auto parsed = Type::parse(t.str());
        ASSERT_TRUE(parsed.has_value()) << t.str();
        EXPECT_EQ(*parsed, t) << t.str();
    }
    EXPECT_EQ(Type::func(3).str(), "func(3)");
    EXPECT_EQ(Type::none().str(), "None");
    EXPECT_FALSE(Type::parse("integer"));
    EXPECT_FALSE(Type::parse("func"));
    EXPECT_FALSE(Type::parse("int(2)"));
    EXPECT_FALSE(Type::parse("func(x)"));
}

TEST(IRType, JoinIsObjectUnlessEqual) {
    EXPECT_EQ(Type::join(Type::integer(), Type::integer()), Type::integer());
    EXPECT_EQ(Type::join(Type::integer(), Type::floating()), Type::object());
    EXPECT_EQ(Type::join(Type::instance(1), Type::instance(2)), Type::object());
    EXPECT_EQ(Type::join(Type::object(), Type::string()), Type::object());
    EXPECT_TRUE(Type::string().isSubtypeOf(Type::object()));
    EXPECT_FALSE(Type::object().isSubtypeOf(Type::string()));
}

TEST(IRType, Representation) {
    EXPECT_TRUE(Type::object().isBoxed());
    EXPECT_TRUE(Type::integer().isBoxed());
    EXPECT_FALSE(Type::boolean().isBoxed());
    EXPECT_FALSE(Type::unpacked().isBoxed());
    EXPECT_FALSE(Type::voidTy().isValue());
    EXPECT_TRUE(Type::boolean().isValue());
}

TEST(IROpcode, TableProperties) {
    EXPECT_EQ(mnemonic(Opcode::ConstInt), "const.int");
    EXPECT_EQ(opcodeFromMnemonic("iter.next"), Opcode::IterNext);
    EXPECT_FALSE(opcodeFromMnemonic("nope"));
    EXPECT_TRUE(hasResult(Opcode::Call));
    EXPECT_TRUE(mayRaise(Opcode::Call));
    EXPECT_FALSE(hasResult(Opcode::SlotStore));
    EXPECT_TRUE(isTerminator(Opcode::Reraise));
    EXPECT_TRUE(mayRaise(Opcode::Reraise));
    EXPECT_FALSE(mayRaise(Opcode::Jump));
    EXPECT_EQ(defaultResultType(Opcode::Truth), Type::boolean());
    EXPECT_EQ(defaultResultType(Opcode::Unpack), Type::unpacked());
    EXPECT_EQ(defaultResultType(Opcode::Return), Type::voidTy());
    // Every mnemonic maps back to its opcode.
    for (unsigned i = 0; i < NumOpcodes; ++i) {
        auto op = static_cast<Opcode>(i);
        EXPECT_EQ(opcodeFromMnemonic(mnemonic(op)), op);
        EXPECT_EQ(hasResult(op), !defaultResultType(op).isVoid()) << mnemonic(op);
    }
}

TEST(IROpcode, OperatorCodesMatchRuntimeOrder) {
    // kr_binary_op: LT=0 ... NOT_IN=9, OR=10 ... POWER=22, DIVMOD=23, INPLACE_OR=24.
    EXPECT_EQ(static_cast<int>(BinaryOp::Lt), 0);
    EXPECT_EQ(static_cast<int>(BinaryOp::NotIn), 9);
    EXPECT_EQ(static_cast<int>(BinaryOp::Or), 10);
    EXPECT_EQ(static_cast<int>(BinaryOp::Add), 15);
    EXPECT_EQ(static_cast<int>(BinaryOp::Pow), 22);
    EXPECT_EQ(static_cast<int>(BinaryOp::IOr), 24);
    EXPECT_EQ(static_cast<int>(BinaryOp::IPow), 36);
    EXPECT_EQ(static_cast<int>(UnaryOp::Not), 3);
    EXPECT_EQ(inPlaceForm(BinaryOp::Add), BinaryOp::IAdd);
    EXPECT_EQ(inPlaceForm(BinaryOp::MatMul), BinaryOp::IMatMul);
    EXPECT_TRUE(isComparison(BinaryOp::IsNot));
    EXPECT_FALSE(isComparison(BinaryOp::Add));
    EXPECT_TRUE(isInPlace(BinaryOp::IFloorDiv));
    for (unsigned i = 0; i < NumBinaryOps; ++i) {
        auto op = static_cast<BinaryOp>(i);
        EXPECT_EQ(binaryOpFromName(binaryOpName(op)), op);
    }
    EXPECT_EQ(binaryOpName(BinaryOp::NotIn), "notin");
    EXPECT_EQ(unaryOpFromName("invert"), UnaryOp::Invert);
}

// The operator enums are declared in the runtime's order so codegen passes
// static_cast<int>(op) straight to kr_unary_op / kr_binary_op.
static_assert(static_cast<int>(UnaryOp::Pos) == KR_UNARY_POS);
static_assert(static_cast<int>(UnaryOp::Neg) == KR_UNARY_NEG);
static_assert(static_cast<int>(UnaryOp::Invert) == KR_UNARY_INVERT);
static_assert(static_cast<int>(UnaryOp::Not) == KR_UNARY_NOT);
static_assert(static_cast<int>(BinaryOp::Lt) == KR_BINARY_LT);
static_assert(static_cast<int>(BinaryOp::Gt) == KR_BINARY_GT);
static_assert(static_cast<int>(BinaryOp::Eq) == KR_BINARY_EQ);
static_assert(static_cast<int>(BinaryOp::Le) == KR_BINARY_LE);
static_assert(static_cast<int>(BinaryOp::Ge) == KR_BINARY_GE);
static_assert(static_cast<int>(BinaryOp::Ne) == KR_BINARY_NE);
static_assert(static_cast<int>(BinaryOp::In) == KR_BINARY_IN);
static_assert(static_cast<int>(BinaryOp::Is) == KR_BINARY_IS);
static_assert(static_cast<int>(BinaryOp::IsNot) == KR_BINARY_IS_NOT);
static_assert(static_cast<int>(BinaryOp::NotIn) == KR_BINARY_NOT_IN);
static_assert(static_cast<int>(BinaryOp::Or) == KR_BINARY_OR);
static_assert(static_cast<int>(BinaryOp::Xor) == KR_BINARY_XOR);
static_assert(static_cast<int>(BinaryOp::And) == KR_BINARY_AND);
static_assert(static_cast<int>(BinaryOp::LShift) == KR_BINARY_LSHIFT);
static_assert(static_cast<int>(BinaryOp::RShift) == KR_BINARY_RSHIFT);
static_assert(static_cast<int>(BinaryOp::Add) == KR_BINARY_ADD);
static_assert(static_cast<int>(BinaryOp::Sub) == KR_BINARY_SUB);
static_assert(static_cast<int>(BinaryOp::Mul) == KR_BINARY_MUL);
static_assert(static_cast<int>(BinaryOp::MatMul) == KR_BINARY_MATMUL);
static_assert(static_cast<int>(BinaryOp::FloorDiv) == KR_BINARY_FLOOR_DIVIDE);
static_assert(static_cast<int>(BinaryOp::TrueDiv) == KR_BINARY_TRUE_DIVIDE);
static_assert(static_cast<int>(BinaryOp::Mod) == KR_BINARY_MODULO);
static_assert(static_cast<int>(BinaryOp::Pow) == KR_BINARY_POWER);
static_assert(static_cast<int>(BinaryOp::DivMod) == KR_BINARY_DIVMOD);
static_assert(static_cast<int>(BinaryOp::IOr) == KR_BINARY_INPLACE_OR);
static_assert(static_cast<int>(BinaryOp::IAdd) == KR_BINARY_INPLACE_ADD);
static_assert(static_cast<int>(BinaryOp::IPow) == KR_BINARY_INPLACE_POWER);
static_assert(NumBinaryOps == KR_BINARY_OP_COUNT);
