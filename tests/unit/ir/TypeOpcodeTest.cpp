//===- TypeOpcodeTest.cpp - Types, opcode and operator tables ---------------===//

#include "ir/IR.h"

#include <gtest/gtest.h>

using namespace krait::ir;

TEST(IRType, SpellingRoundTrips) {
    for (Type t :
         {Type::object(), Type::integer(), Type::floating(), Type::boolean(), Type::none(),
          Type::string(), Type::bytes(), Type::list(), Type::tuple(), Type::dict(), Type::set(),
          Type::func(3), Type::classOf(7), Type::instance(0), Type::voidTy(), Type::unpacked()}) {
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
