//===- BuilderPrinterTest.cpp - IRBuilder and printer golden text -----------===//

#include "ir/Builder.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>

using namespace krait::ir;

namespace {

/// Builds:
///   def f(a, *args, k, **kw):
///       try:
///           return a + k
///       except E as e:
///           x = [a, e]
///           raise
///   f(1, k="s")
std::unique_ptr<Module> buildSample() {
    auto m = std::make_unique<Module>("__main__", "t.py");
    Function *body = m->createModuleBody();
    Function *f = m->createFunction("f");
    f->setParams({"a"}, {"k"}, "args", "kw");
    unsigned x = f->addSlot("x");
    f->loc = {2, 1};

    IRBuilder b(f->createBlock());
    Block *tryBlock = b.createBlock();
    Block *handler = b.createBlock();
    Block *matched = b.createBlock();
    Block *unmatched = b.createBlock();
    b.setLoc(2, 1);
    b.jump(tryBlock);
    tryBlock->handler = handler;
    b.setInsertPoint(tryBlock);
    b.setLoc(4, 16);
    Instruction *a = b.slotLoad(0);
    Instruction *k = b.slotLoad(1);
    Instruction *sum = b.binary(BinaryOp::Add, a, k);
    b.ret(sum);
    b.setInsertPoint(handler);
    b.setLoc(5, 5);
    Instruction *exc = b.excFetch();
    Instruction *cls = b.globalLoad("E");
    b.branch(b.excMatch(exc, cls), matched, unmatched);
    b.setInsertPoint(matched);
    b.setLoc(6, 13);
    Instruction *a2 = b.slotLoad(0);
    b.slotStore(x, b.buildList({a2, exc}));
    b.setLoc(7, 9);
    b.reraise(exc);
    b.setInsertPoint(unmatched);
    b.reraise(exc);

    b.setInsertPoint(body->createBlock());
    b.setLoc(2, 1);
    Instruction *fn = b.makeFunction(f);
    b.globalStore("f", fn);
    b.setLoc(8, 1);
    Instruction *callee = b.globalLoad("f");
    Instruction *one = b.constInt(1);
    Instruction *s = b.constStr("s\n\"");
    b.callKw(callee, {one, s}, {"k"});
    b.setLoc(SourceLoc{});
    b.ret(b.constNone());
    return m;
}

} // namespace

TEST(IRBuilder, BuildsVerifiableModule) {
    auto m = buildSample();
    std::string errors;
    EXPECT_TRUE(verify(*m, errors)) << errors;
    Function *f = m->lookup("f");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->numParams(), 4u);
    EXPECT_EQ(f->nPos, 1u);
    EXPECT_EQ(f->nKwOnly, 1u);
    EXPECT_TRUE(f->varargs && f->varkw);
    EXPECT_EQ(f->slots, (std::vector<std::string>{"a", "k", "args", "kw", "x"}));
    Instruction *call = m->body()->entry()->at(5);
    EXPECT_EQ(call->op, Opcode::CallKw);
    EXPECT_EQ(call->numPositionalArgs(), 1u);
    EXPECT_EQ(call->loc.line, 8u);
    EXPECT_EQ(f->blocks()[1]->handler, f->blocks()[2].get());
}

TEST(IRPrinter, GoldenText) {
    auto m = buildSample();
    const char *expected = R"(module "__main__" file "t.py"

func @<module>() module !1:1 {
bb0:
  %0 = make.function @f !2:1
  global.store "f", %0 !2:1
  %1 = global.load "f" !8:1
  %2 = const.int 1 !8:1
  %3 = const.str "s\n\"" !8:1
  %4 = call.kw %1, %2, %3, ["k"] !8:1
  %5 = const.none
  return %5
}

func @f(a, *args, k, **kw) locals(x) !2:1 {
bb0:
  jump bb1 !2:1
bb1: (handler bb2)  ; preds bb0
  %0 = slot.load 0 !4:16  ; a
  %1 = slot.load 1 !4:16  ; k
  %2 = binary add, %0, %1 !4:16
  return %2 !4:16
bb2:
  %3 = exc.fetch !5:5
  %4 = global.load "E" !5:5
  %5:bool = exc.match %3, %4 !5:5
  branch %5, bb3, bb4 !5:5
bb3:  ; preds bb2
  %6 = slot.load 0 !6:13  ; a
  %7 = build.list %6, %3 !6:13
  slot.store 4, %7 !6:13  ; x
  reraise %3 !7:9
bb4:  ; preds bb2
  reraise %3 !7:9
}
)";
    EXPECT_EQ(toString(*m), expected);
}

TEST(IRPrinter, OptionsAndSingleInstructions) {
    auto m = buildSample();
    PrintOptions opts;
    opts.locations = false;
    opts.predecessors = false;
    std::string text = toString(*m->lookup("f"), opts);
    EXPECT_EQ(text.find('!'), std::string::npos);
    EXPECT_EQ(text.find("preds"), std::string::npos);
    const Instruction *add = m->lookup("f")->blocks()[1]->at(2);
    EXPECT_EQ(toString(*add, opts), "%2 = binary add, %0, %1");
}

TEST(IRPrinter, ImmediateForms) {
    Module m("m", "m.py");
    Function *body = m.createModuleBody();
    Function *g = m.createFunction("<lambda>", "f.<locals>.<lambda>");
    g->generator = true;
    IRBuilder gb(g->createBlock());
    gb.ret(gb.yield(gb.constNone()));
    IRBuilder b(body->createBlock());
    Instruction *t = b.buildTuple({b.constFloat(1.0), b.constFloat(0.1), b.constFloat(-2.5e300)});
    Instruction *u = b.unpackEx(t, 1, 1);
    b.extract(u, 2);
    b.constBytes(std::string("a\x00\xff", 3));
    b.constInt("-123456789012345678901234567890");
    Instruction *cell = b.cellNew(nullptr);
    b.makeFunction(g, t, nullptr, b.buildTuple({cell}));
    b.format(t, nullptr, FormatConv::Repr);
    b.unary(UnaryOp::Invert, t);
    b.ret(b.constEllipsis());
    std::string errors;
    EXPECT_TRUE(verify(m, errors)) << errors;
    PrintOptions opts;
    opts.locations = false;
    std::string text = toString(m, opts);
    EXPECT_NE(text.find("%0 = const.float 1.0\n"), std::string::npos) << text;
    EXPECT_NE(text.find("%1 = const.float 0.1\n"), std::string::npos) << text;
    EXPECT_NE(text.find("%2 = const.float -2.5e+300\n"), std::string::npos) << text;
    EXPECT_NE(text.find("%4:unpacked = unpack.ex %3, 1, 1\n"), std::string::npos) << text;
    EXPECT_EQ(u->type, Type::unpacked());
    EXPECT_NE(text.find("%5 = extract %4, 2\n"), std::string::npos) << text;
    EXPECT_NE(text.find("%6 = const.bytes b\"a\\x00\\xff\"\n"), std::string::npos) << text;
    EXPECT_NE(text.find("%7 = const.int -123456789012345678901234567890\n"), std::string::npos);
    EXPECT_NE(text.find("%10 = make.function @f.<locals>.<lambda>, defaults %3, closure %9\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("%11 = format %3, 2\n"), std::string::npos) << text;
    EXPECT_NE(text.find("%12 = unary invert, %3\n"), std::string::npos) << text;
    EXPECT_NE(text.find("func @f.<locals>.<lambda>() name \"<lambda>\" generator {"),
              std::string::npos)
        << text;
}

TEST(IRBuilder, PhiGoesAfterExistingPhis) {
    Module m("m", "m.py");
    Function *body = m.createModuleBody();
    IRBuilder b(body->createBlock());
    Block *next = b.createBlock();
    Instruction *c = b.constNone();
    b.jump(next);
    b.setInsertPoint(next);
    Instruction *n = b.constInt(1);
    Instruction *p1 = b.phi();
    Instruction *p2 = b.phi(Type::integer());
    IRBuilder::addIncoming(p1, c, body->entry());
    IRBuilder::addIncoming(p2, n, body->entry());
    EXPECT_EQ(next->at(0), p1);
    EXPECT_EQ(next->at(1), p2);
    EXPECT_EQ(next->at(2), n);
    EXPECT_EQ(p1->incomingValueFor(body->entry()), c);
    EXPECT_FALSE(b.isTerminated());
    b.ret(p1);
    EXPECT_TRUE(b.isTerminated());
}

TEST(IRModule, UniqueSymbolsAndLookup) {
    Module m("m", "m.py");
    m.createModuleBody();
    Function *a = m.createFunction("g");
    Function *b = m.createFunction("g");
    Function *c = m.createFunction("g");
    EXPECT_EQ(a->symbol, "g");
    EXPECT_EQ(b->symbol, "g.1");
    EXPECT_EQ(c->symbol, "g.2");
    EXPECT_EQ(b->name, "g");
    EXPECT_EQ(m.lookup("g.1"), b);
    EXPECT_EQ(m.indexOf(c), 3);
    EXPECT_EQ(m.lookup("nope"), nullptr);
}

TEST(IRPrinter, MalformedInstructionsPrintWithoutCrashing) {
    // The verifier prints offending instructions; they may be malformed.
    Module m("m", "m.py");
    Function *body = m.createModuleBody();
    IRBuilder b(body->createBlock());
    Instruction *none = b.constNone();
    Instruction *bin = b.binary(BinaryOp::Add, none, none);
    bin->imm = 92;
    Instruction *attr = b.getAttr(none, "a");
    attr->operands.clear();
    Instruction *un = b.unpack(none, 2);
    un->operands.push_back(none);
    PrintOptions opts;
    opts.locations = false;
    EXPECT_EQ(toString(*bin, opts), "%1 = binary 92, %0, %0");
    EXPECT_EQ(toString(*attr, opts), "%2 = getattr \"a\"");
    EXPECT_EQ(toString(*un, opts), "%3:unpacked = unpack %0, 2, %0");
    std::string errors;
    EXPECT_FALSE(verify(m, errors));
    EXPECT_NE(errors.find("unknown binary operator 92"), std::string::npos) << errors;
}

TEST(IRFunction, ReorderAndEraseBlocks) {
    Module m("m", "m.py");
    Function *fn = m.createModuleBody();
    Block *a = fn->createBlock();
    Block *b = fn->createBlock();
    Block *c = fn->createBlock();
    fn->reorderBlocks({c, a, b});
    EXPECT_EQ(fn->entry(), c);
    EXPECT_EQ(fn->indexOf(b), 2);
    fn->moveToEnd(c);
    EXPECT_EQ(fn->entry(), a);
    fn->eraseBlock(b);
    EXPECT_EQ(fn->blocks().size(), 2u);
    EXPECT_EQ(fn->indexOf(c), 1);
    EXPECT_EQ(fn->indexOf(b), -1);
}
