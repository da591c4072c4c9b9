//===- VerifierTest.cpp - Verifier accepts valid IR, rejects each rule ------===//

#include "ir/Verifier.h"
#include "ir/Builder.h"
#include "ir/Parser.h"

#include <gtest/gtest.h>

using namespace krait::ir;

namespace {

/// Parses `functions` (text after the module header) and verifies it.
/// Returns the verifier's messages ("" when valid).
std::string verifyText(const std::string &functions) {
    std::string error;
    auto m = parseModule("module \"m\" file \"m.py\"\n" + functions, error);
    if (!m) return "PARSE ERROR: " + error;
    std::string errors;
    bool ok = verify(*m, errors);
    EXPECT_EQ(ok, errors.empty());
    return errors;
}

/// Wraps `blocks` into a module body with two extra slots.
std::string body(const std::string &blocks) {
    return "func @<module>() locals(x, y) module {\n" + blocks + "}\n";
}

} // namespace

TEST(IRVerifier, AcceptsDiamondWithPhi) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "c"
  %1:bool = truth %0
  branch %1, bb1, bb2
bb1:
  %2 = const.int 1
  jump bb3
bb2:
  %3 = const.str "s"
  jump bb3
bb3:
  %4 = phi [%2, bb1], [%3, bb2]
  %5:bool = phi [%1, bb1], [%1, bb2]
  return %4
)")),
              "");
}

TEST(IRVerifier, AcceptsLoopWithIterator) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "xs"
  %1 = iter %0
  jump bb1
bb1:
  %2 = iter.next %1
  %3:bool = is.stop %2
  branch %3, bb3, bb2
bb2:
  slot.store 0, %2
  jump bb1
bb3:
  %4 = const.none
  return %4
)")),
              "");
}

TEST(IRVerifier, AcceptsNestedHandlers) {
    // try: f() except: (try: g() finally-like: reraise) -- the inner handler
    // block itself has an outer handler.
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "f"
  %1 = global.load "E"
  jump bb1
bb1: (handler bb2)
  %2 = call %0
  jump bb4
bb2: (handler bb3)
  %3 = exc.fetch
  %4:bool = exc.match %3, %1
  branch %4, bb4, bb5
bb3:
  %5 = exc.fetch
  reraise %5
bb4:
  %6 = const.none
  return %6
bb5: (handler bb3)
  reraise %3
)")),
              "");
}

TEST(IRVerifier, AcceptsUnreachableBlocksWithAnyUse) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = const.none
  return %0
bb1:
  return %1
bb2:
  %1 = const.none
  jump bb1
)")),
              "");
}

TEST(IRVerifier, MissingTerminator) {
    EXPECT_EQ(verifyText(body("bb0:\n  %0 = const.none\n")),
              "@<module> bb0: block does not end in a terminator in '%0 = const.none'\n");
}

TEST(IRVerifier, EmptyBlockAndNoBlocks) {
    Module m("m", "m.py");
    Function *fn = m.createModuleBody();
    std::string errors;
    EXPECT_FALSE(verify(m, errors));
    EXPECT_EQ(errors, "@<module>: function has no blocks\n");
    fn->createBlock();
    errors.clear();
    EXPECT_FALSE(verify(m, errors));
    EXPECT_EQ(errors, "@<module> bb0: empty block (missing terminator)\n");
}

TEST(IRVerifier, TerminatorMidBlock) {
    // The parser refuses this, so build it by hand.
    Module m("m", "m.py");
    Function *fn = m.createModuleBody();
    IRBuilder b(fn->createBlock());
    Instruction *none = b.constNone();
    b.ret(none);
    auto extra = std::make_unique<Instruction>(Opcode::Return, Type::voidTy());
    extra->operands = {none};
    fn->entry()->append(std::move(extra));
    std::string errors;
    EXPECT_FALSE(verify(m, errors));
    EXPECT_EQ(errors, "@<module> bb0: terminator in the middle of the block in 'return %0'\n");
}

TEST(IRVerifier, UseNotDominated) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "c"
  %1:bool = truth %0
  branch %1, bb1, bb2
bb1:
  %2 = const.int 1
  jump bb2
bb2:
  return %2
)")),
              "@<module> bb2: operand 0 (defined in bb1) does not dominate this use in "
              "'return %2'\n");
}

TEST(IRVerifier, UseBeforeDefinitionInSameBlock) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = build.list %1
  %1 = const.none
  return %0
)")),
              "@<module> bb0: operand 0 (defined in bb0) does not dominate this use in "
              "'%0 = build.list %1'\n");
}

TEST(IRVerifier, ValueFromRaisingBlockNotAvailableInItsHandler) {
    // %1 is defined after %0 may have raised: the handler cannot rely on it.
    EXPECT_EQ(verifyText(body(R"(bb0:
  jump bb1
bb1: (handler bb2)
  %0 = global.load "f"
  %1 = call %0
  return %1
bb2:
  %2 = exc.fetch
  return %1
)")),
              "@<module> bb2: operand 0 (defined in bb1) does not dominate this use in "
              "'return %1'\n");
}

TEST(IRVerifier, PhiMismatch) {
    std::string errors = verifyText(body(R"(bb0:
  %0 = global.load "c"
  %1:bool = truth %0
  branch %1, bb1, bb2
bb1:
  jump bb3
bb2:
  jump bb3
bb3:
  %2 = phi [%0, bb1], [%0, bb0]
  return %2
)"));
    EXPECT_EQ(errors, "@<module> bb3: phi has no value for predecessor bb2 in "
                      "'%2 = phi [%0, bb1], [%0, bb0]'\n"
                      "@<module> bb3: phi names bb0, which is not a predecessor in "
                      "'%2 = phi [%0, bb1], [%0, bb0]'\n");
}

TEST(IRVerifier, PhiTypeAndPlacement) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = const.none
  jump bb1
bb1:
  %1:int = phi [%0, bb0]
  return %1
)")),
              "@<module> bb1: operand 0 has type None, which does not fit phi type int in "
              "'%1:int = phi [%0, bb0]'\n");
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = const.none
  jump bb1
bb1:
  %1 = const.none
  %2 = phi [%0, bb0]
  return %2
)")),
              "@<module> bb1: phi after a non-phi instruction in '%2 = phi [%0, bb0]'\n");
}

TEST(IRVerifier, BranchConditionMustBeBool) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "c"
  branch %0, bb1, bb1
bb1:
  return %0
)")),
              "@<module> bb0: operand 0 has type object, expected bool in "
              "'branch %0, bb1, bb1'\n");
}

TEST(IRVerifier, BoolIsNotABoxedOperand) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "c"
  %1:bool = truth %0
  return %1
)")),
              "@<module> bb0: operand 0 has type bool, expected a boxed value in 'return %1'\n");
}

TEST(IRVerifier, ExtractNeedsUnpacked) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "c"
  %1 = extract %0, 0
  return %1
)")),
              "@<module> bb0: operand 0 has type object, expected unpacked in "
              "'%1 = extract %0, 0'\n");
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "c"
  %1:unpacked = unpack %0, 2
  %2 = extract %1, 2
  return %2
)")),
              "@<module> bb0: extract index 2 out of range (unpack of 2) in "
              "'%2 = extract %1, 2'\n");
}

TEST(IRVerifier, HandlerMustStartWithExcFetch) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  jump bb1
bb1: (handler bb2)
  %0 = const.none
  return %0
bb2:
  %1 = const.none
  return %1
)")),
              "@<module> bb2: handler block does not start with exc.fetch in "
              "'%1 = const.none'\n");
}

TEST(IRVerifier, ExcFetchOnlyInHandlers) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = exc.fetch
  return %0
)")),
              "@<module> bb0: exc.fetch is only allowed first in a handler block in "
              "'%0 = exc.fetch'\n");
}

TEST(IRVerifier, HandlerIsNotAJumpTarget) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  jump bb1
bb1: (handler bb2)
  jump bb2
bb2:
  %0 = exc.fetch
  reraise %0
)")),
              "@<module> bb2: handler block is also the target of a jump or branch from bb1\n");
}

TEST(IRVerifier, SlotOutOfRange) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = slot.load 2
  return %0
)")),
              "@<module> bb0: slot index 2 out of range (function has 2 slots) in "
              "'%0 = slot.load 2'\n");
}

TEST(IRVerifier, ParamOutOfRange) {
    EXPECT_EQ(verifyText(R"(func @<module>() module {
bb0:
  %0 = const.none
  return %0
}
func @f(a) {
bb0:
  %0 = param 1
  return %0
}
)"),
              "@f bb0: parameter index out of range in '%0 = param 1'\n");
}

TEST(IRVerifier, OperandCounts) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = const.none
  %1 = build.dict %0
  %2 = call.ex %0
  return %0
)")),
              "@<module> bb0: build.dict needs an even number of operands in "
              "'%1 = build.dict %0'\n"
              "@<module> bb0: expects 2..3 operands, has 1 in '%2 = call.ex %0'\n");
}

TEST(IRVerifier, ResultTypeRules) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = global.load "c"
  %1:object = truth %0
  %2:bool = iter %0
  return %0
)")),
              "@<module> bb0: result type must be bool, not object in '%1:object = truth %0'\n"
              "@<module> bb0: result type bool is not a boxed type in '%2:bool = iter %0'\n");
}

TEST(IRVerifier, MakeFunctionReferencesModuleFunction) {
    Module m("m", "m.py");
    Module other("o", "o.py");
    other.createModuleBody();
    Function *foreign = other.createFunction("g");
    Function *fn = m.createModuleBody();
    IRBuilder b(fn->createBlock());
    b.ret(b.makeFunction(foreign));
    std::string errors;
    EXPECT_FALSE(verify(m, errors));
    EXPECT_EQ(errors, "@<module> bb0: make.function names a function of another module in "
                      "'%0 = make.function @g'\n");
    EXPECT_EQ(verifyText(R"(func @<module>() module {
bb0:
  %0 = make.function @<module>
  return %0
}
)"),
              "@<module> bb0: make.function cannot name the module body in "
              "'%0 = make.function @<module>'\n");
}

TEST(IRVerifier, SignatureAndSlots) {
    Module m("m", "m.py");
    m.createModuleBody();
    IRBuilder(m.body()->createBlock()).unreachable();
    Function *f = m.createFunction("f");
    f->setParams({"a", "b"}, {}, "", "");
    f->slots[1] = "z";
    f->nKwOnly = 1;
    IRBuilder(f->createBlock()).unreachable();
    std::string errors;
    EXPECT_FALSE(verify(m, errors));
    EXPECT_EQ(errors, "@f: parameter count 2 does not match nPos + nKwOnly + varargs + varkw = 3\n"
                      "@f: the first slots must be the parameters, in order\n");
}

TEST(IRVerifier, EntryHasNoPredecessorsAndYieldNeedsGenerator) {
    EXPECT_EQ(verifyText(body(R"(bb0:
  %0 = const.none
  %1 = yield %0
  jump bb0
)")),
              "@<module> bb0: the entry block has predecessors\n"
              "@<module> bb0: yield in a function that is not a generator in '%1 = yield %0'\n");
}

TEST(IRVerifier, SuccessorInAnotherFunction) {
    Module m("m", "m.py");
    Function *body = m.createModuleBody();
    Function *f = m.createFunction("f");
    Block *foreign = f->createBlock();
    IRBuilder(foreign).unreachable();
    IRBuilder b(body->createBlock());
    b.jump(foreign);
    std::string errors;
    EXPECT_FALSE(verify(m, errors));
    EXPECT_EQ(errors, "@<module> bb0: successor block is not in this function in 'jump bb?'\n");
}
