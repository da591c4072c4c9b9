//===- tests/unit/codegen/TestPrograms.h - IR modules for the tests -*- C++ -*-===//
//
// Small IR modules built with the IR builder, shared by the codegen tests.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_TESTS_CODEGEN_TESTPROGRAMS_H
#define KRAIT_TESTS_CODEGEN_TESTPROGRAMS_H

#include "ir/Builder.h"
#include "ir/IR.h"

#include <memory>
#include <string>

namespace krait::codegen::test {

/// `print(1 + 2)`.
inline std::unique_ptr<ir::Module> makeAddPrint() {
    auto mod = std::make_unique<ir::Module>("__main__", "add.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.setLoc(1, 1);
    ir::Instruction *sum = b.binary(ir::BinaryOp::Add, b.constInt(1), b.constInt(2));
    b.call(b.builtinLoad("print"), {sum});
    b.ret(b.constNone());
    return mod;
}

/// A module body that evaluates one int literal and prints it.
inline std::unique_ptr<ir::Module> makeIntLiteral(const std::string &digits) {
    auto mod = std::make_unique<ir::Module>("__main__", "int.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.setLoc(1, 1);
    b.call(b.builtinLoad("print"), {b.constInt(digits)});
    b.ret(b.constNone());
    return mod;
}

/// def fib(n):                         # 1
///     if n < 2:                       # 2
///         return n                    # 3
///     return fib(n - 1) + fib(n - 2)  # 4
inline void addFib(ir::Module &mod, ir::IRBuilder &b) {
    ir::Function *fib = mod.createFunction("fib");
    fib->setParams({"n"}, {}, "", "");
    fib->loc = SourceLoc{1, 1};
    b.setFunction(fib);
    ir::Block *entry = b.createBlock();
    ir::Block *small = b.createBlock();
    ir::Block *large = b.createBlock();
    b.setInsertPoint(entry);
    b.setLoc(1, 1);
    b.slotStore(0, b.param(0));
    b.setLoc(2, 8);
    ir::Instruction *lt = b.binary(ir::BinaryOp::Lt, b.slotLoad(0), b.constInt(2));
    b.branch(b.truth(lt), small, large);
    b.setInsertPoint(small);
    b.setLoc(3, 16);
    b.ret(b.slotLoad(0));
    b.setInsertPoint(large);
    b.setLoc(4, 12);
    ir::Instruction *a =
        b.call(b.globalLoad("fib"), {b.binary(ir::BinaryOp::Sub, b.slotLoad(0), b.constInt(1))});
    ir::Instruction *c =
        b.call(b.globalLoad("fib"), {b.binary(ir::BinaryOp::Sub, b.slotLoad(0), b.constInt(2))});
    b.ret(b.binary(ir::BinaryOp::Add, a, c));
}

/// def deep(n):            # 5
///     return deep(n + 1)  # 6
inline void addDeep(ir::Module &mod, ir::IRBuilder &b) {
    ir::Function *deep = mod.createFunction("deep");
    deep->setParams({"n"}, {}, "", "");
    deep->loc = SourceLoc{5, 1};
    b.setFunction(deep);
    b.setInsertPoint(b.createBlock());
    b.setLoc(6, 12);
    ir::Instruction *next = b.binary(ir::BinaryOp::Add, b.param(0), b.constInt(1));
    b.ret(b.call(b.globalLoad("deep"), {next}));
}

/// The two functions above, then:
///   print(fib(15))             # 7
///   try:                       # 8
///       deep(0)                # 9
///   except RuntimeError:       # 10
///       print("caught")        # 11
///   a, b = (3, 4)              # 12  (a, b: slots of the body)
///   print(a + b, end="!\n")    # 13
/// Prints "610\ncaught\n7!\n".
inline std::unique_ptr<ir::Module> makeProgram() {
    auto mod = std::make_unique<ir::Module>("__main__", "prog.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    addFib(*mod, b);
    addDeep(*mod, b);
    ir::Function *fib = mod->functions()[1].get();
    ir::Function *deep = mod->functions()[2].get();

    b.setFunction(body);
    unsigned slotA = body->addSlot("a");
    unsigned slotB = body->addSlot("b");
    ir::Block *entry = b.createBlock();
    ir::Block *tryBody = b.createBlock();
    ir::Block *handler = b.createBlock();
    ir::Block *caught = b.createBlock();
    ir::Block *notCaught = b.createBlock();
    ir::Block *after = b.createBlock();
    tryBody->handler = handler;

    b.setInsertPoint(entry);
    b.setLoc(1, 1);
    b.globalStore("fib", b.makeFunction(fib));
    b.setLoc(5, 1);
    b.globalStore("deep", b.makeFunction(deep));
    b.setLoc(7, 1);
    ir::Instruction *f15 = b.call(b.globalLoad("fib"), {b.constInt(15)});
    b.call(b.builtinLoad("print"), {f15});
    b.jump(tryBody);

    b.setInsertPoint(tryBody);
    b.setLoc(9, 5);
    b.call(b.globalLoad("deep"), {b.constInt(0)});
    b.jump(after);

    b.setInsertPoint(handler);
    b.setLoc(10, 1);
    ir::Instruction *exc = b.excFetch();
    ir::Instruction *match = b.excMatch(exc, b.builtinLoad("RuntimeError"));
    b.branch(match, caught, notCaught);
    b.setInsertPoint(caught);
    b.setLoc(11, 5);
    b.call(b.builtinLoad("print"), {b.constStr("caught")});
    b.jump(after);
    b.setInsertPoint(notCaught);
    b.reraise(exc);

    b.setInsertPoint(after);
    b.setLoc(12, 1);
    ir::Instruction *pair = b.buildTuple({b.constInt(3), b.constInt(4)});
    ir::Instruction *items = b.unpack(pair, 2);
    b.slotStore(slotA, b.extract(items, 0));
    b.slotStore(slotB, b.extract(items, 1));
    b.setLoc(13, 1);
    ir::Instruction *sum = b.binary(ir::BinaryOp::Add, b.slotLoad(slotA), b.slotLoad(slotB));
    b.callKw(b.builtinLoad("print"), {sum, b.constStr("!\n")}, {"end"});
    b.ret(b.constNone());
    return mod;
}

/// `deep` (above) called at module level with no handler: the recursion
/// error escapes krait_main.
inline std::unique_ptr<ir::Module> makeUncaughtRecursion() {
    auto mod = std::make_unique<ir::Module>("__main__", "deep.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    addDeep(*mod, b);
    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.setLoc(5, 1);
    b.globalStore("deep", b.makeFunction(mod->functions()[1].get()));
    b.setLoc(7, 1);
    b.call(b.globalLoad("deep"), {b.constInt(0)});
    b.ret(b.constNone());
    return mod;
}

/// def make_adder(n):           # 1
///     def add(x):              # 2
///         return x + n         # 3
///     return add               # 4
/// def sub(a, b):               # 5
///     return a - b             # 6
/// print(make_adder(10)(5))     # 7
/// print(sub(*(10, 3)))         # 8
/// Prints "15\n7\n": a closure over a cell, and a star call.
inline std::unique_ptr<ir::Module> makeClosureProgram() {
    auto mod = std::make_unique<ir::Module>("__main__", "closure.py");
    ir::Function *body = mod->createModuleBody();
    ir::Function *adder = mod->createFunction("make_adder");
    adder->setParams({"n"}, {}, "", "");
    unsigned cellSlot = adder->addSlot("n.cell");
    ir::Function *add = mod->createFunction("add", "make_adder.<locals>.add");
    add->setParams({"x"}, {}, "", "");
    ir::Function *sub = mod->createFunction("sub");
    sub->setParams({"a", "b"}, {}, "", "");
    ir::IRBuilder b;

    b.setFunction(adder);
    b.setInsertPoint(b.createBlock());
    b.setLoc(1, 1);
    b.slotStore(cellSlot, b.cellNew(b.param(0)));
    b.setLoc(2, 5);
    ir::Instruction *closure = b.buildTuple({b.slotLoad(cellSlot)});
    ir::Instruction *fn = b.makeFunction(add, nullptr, nullptr, closure);
    b.setLoc(4, 5);
    b.ret(fn);

    b.setFunction(add);
    b.setInsertPoint(b.createBlock());
    b.setLoc(3, 16);
    ir::Instruction *n = b.cellLoad(b.closureCell(0), "n");
    b.ret(b.binary(ir::BinaryOp::Add, b.param(0), n));

    b.setFunction(sub);
    b.setInsertPoint(b.createBlock());
    b.setLoc(6, 12);
    b.ret(b.binary(ir::BinaryOp::Sub, b.param(0), b.param(1)));

    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.setLoc(1, 1);
    b.globalStore("make_adder", b.makeFunction(adder));
    b.setLoc(5, 1);
    b.globalStore("sub", b.makeFunction(sub));
    b.setLoc(7, 1);
    ir::Instruction *add10 = b.call(b.globalLoad("make_adder"), {b.constInt(10)});
    b.call(b.builtinLoad("print"), {b.call(add10, {b.constInt(5)})});
    b.setLoc(8, 1);
    ir::Instruction *args = b.buildTuple({b.constInt(10), b.constInt(3)});
    b.call(b.builtinLoad("print"), {b.callEx(b.globalLoad("sub"), args, nullptr)});
    b.ret(b.constNone());
    return mod;
}

/// Every opcode codegen builds from several runtime calls, in one module
/// body (lowered and verified, not run).
inline std::unique_ptr<ir::Module> makeCompositeOps() {
    auto mod = std::make_unique<ir::Module>("__main__", "composite.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.setLoc(1, 1);
    ir::Instruction *ns = b.buildDict({});
    b.nsStore(ns, "x", b.constInt(1));
    b.nsLoad(ns, "x");
    b.nsDel(ns, "x");
    b.makeClass("C", ns, {b.builtinLoad("object")});
    ir::Instruction *seq = b.buildList({b.constInt(1), b.constInt(2), b.constInt(3)});
    ir::Instruction *u = b.unpackEx(seq, 1, 1);
    b.extract(u, 0);
    b.extract(u, 1);
    b.extract(u, 2);
    ir::Instruction *kw = b.buildDict({b.constStr("sep"), b.constStr("-")});
    b.callEx(b.builtinLoad("print"), b.buildTuple({b.constInt(1)}), kw);
    ir::Instruction *cell = b.cellNew();
    b.cellStore(cell, b.constInt(4));
    b.cellLoad(cell, "v");
    b.cellDel(cell, "v");
    b.format(b.constInt(5), b.constStr(">3"), ir::FormatConv::Repr);
    b.buildString({b.constStr("a"), b.constStr("b")});
    b.buildSet({b.constInt(1)});
    b.ret(b.constNone());
    return mod;
}

/// print(3 * -4, -7 - 5, 6 + -20, 5 == 5, 7 < -7)
/// print(4611686018427387903 + 1)   # overflows a 64-bit small int
/// The mock runtime raises OverflowError for the second line, so this prints
/// "-12 -12 -14 <object> <object>" then fails (booleans print as <object>).
inline std::unique_ptr<ir::Module> makeArithmetic() {
    auto mod = std::make_unique<ir::Module>("__main__", "arith.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    b.setFunction(body);
    b.setInsertPoint(b.createBlock());
    b.setLoc(1, 1);
    using ir::BinaryOp;
    ir::Instruction *mul = b.binary(BinaryOp::Mul, b.constInt(3), b.constInt(-4));
    ir::Instruction *sub = b.binary(BinaryOp::Sub, b.constInt(-7), b.constInt(5));
    ir::Instruction *add = b.binary(BinaryOp::IAdd, b.constInt(6), b.constInt(-20));
    ir::Instruction *eq = b.binary(BinaryOp::Eq, b.constInt(5), b.constInt(5));
    ir::Instruction *lt = b.binary(BinaryOp::Lt, b.constInt(7), b.constInt(-7));
    b.call(b.builtinLoad("print"), {mul, sub, add, eq, lt});
    b.setLoc(2, 1);
    ir::Instruction *big =
        b.binary(BinaryOp::Add, b.constInt("4611686018427387903"), b.constInt(1));
    b.call(b.builtinLoad("print"), {big});
    b.ret(b.constNone());
    return mod;
}

/// Runs the composite lowerings (real runtime only: it needs list, str and
/// dict methods):
///   a, *b, c = [1, 2, 3, 4, 5]; print(a, b, c)      -> 1 [2, 3, 4] 5
///   print(*(1, 2), **{"sep": "-"})                   -> 1-2
///   print(f"{3.5:.2f}{'x'!r}")                       -> 3.50'x'
///   cell = 4; print(cell); del cell; print(cell)      -> 4, then NameError caught: unbound
///   l = [1]; l.extend((2, 3)); print(tuple(l))       -> (1, 2, 3)
inline std::unique_ptr<ir::Module> makeCompositeProgram() {
    auto mod = std::make_unique<ir::Module>("__main__", "composite.py");
    ir::Function *body = mod->createModuleBody();
    ir::IRBuilder b;
    b.setFunction(body);
    ir::Block *entry = b.createBlock();
    ir::Block *tryBlock = b.createBlock();
    ir::Block *handler = b.createBlock();
    ir::Block *after = b.createBlock();
    tryBlock->handler = handler;
    b.setInsertPoint(entry);
    b.setLoc(1, 1);
    ir::Instruction *seq =
        b.buildList({b.constInt(1), b.constInt(2), b.constInt(3), b.constInt(4), b.constInt(5)});
    ir::Instruction *u = b.unpackEx(seq, 1, 1);
    b.call(b.builtinLoad("print"), {b.extract(u, 0), b.extract(u, 1), b.extract(u, 2)});
    b.setLoc(2, 1);
    ir::Instruction *kw = b.buildDict({b.constStr("sep"), b.constStr("-")});
    b.callEx(b.builtinLoad("print"), b.buildTuple({b.constInt(1), b.constInt(2)}), kw);
    b.setLoc(3, 1);
    ir::Instruction *f1 = b.format(b.constFloat(3.5), b.constStr(".2f"), ir::FormatConv::None);
    ir::Instruction *f2 = b.format(b.constStr("x"), nullptr, ir::FormatConv::Repr);
    b.call(b.builtinLoad("print"), {b.buildString({f1, f2})});
    b.setLoc(4, 1);
    ir::Instruction *cell = b.cellNew();
    b.cellStore(cell, b.constInt(4));
    b.call(b.builtinLoad("print"), {b.cellLoad(cell, "cell")});
    b.cellDel(cell, "cell");
    b.jump(tryBlock);
    b.setInsertPoint(tryBlock);
    b.setLoc(5, 1);
    b.call(b.builtinLoad("print"), {b.cellLoad(cell, "cell")});
    b.jump(after);
    b.setInsertPoint(handler);
    b.setLoc(6, 1);
    ir::Instruction *exc = b.excFetch();
    b.excMatch(exc, b.builtinLoad("NameError"));
    b.call(b.builtinLoad("print"), {b.constStr("unbound")});
    b.jump(after);
    b.setInsertPoint(after);
    b.setLoc(7, 1);
    ir::Instruction *l = b.buildList({b.constInt(1)});
    b.listExtend(l, b.buildTuple({b.constInt(2), b.constInt(3)}));
    b.call(b.builtinLoad("print"), {b.tupleFrom(l)});
    b.ret(b.constNone());
    return mod;
}

} // namespace krait::codegen::test

#endif // KRAIT_TESTS_CODEGEN_TESTPROGRAMS_H
