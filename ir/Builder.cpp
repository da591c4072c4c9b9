//===- Builder.cpp - Creating IR instructions -------------------------------===//

#include "ir/Builder.h"

#include <cassert>

namespace krait::ir {

void IRBuilder::setInsertPoint(Block *block) {
    block_ = block;
    if (block) fn_ = block->parent();
}

Block *IRBuilder::createBlock() {
    assert(fn_ && "no current function");
    return fn_->createBlock();
}

bool IRBuilder::isTerminated() const {
    return block_ && block_->isTerminated();
}

Instruction *IRBuilder::append(Opcode op, std::vector<Instruction *> operands) {
    assert(block_ && "no insert point");
    assert(!block_->isTerminated() && "appending after a terminator");
    auto inst = std::make_unique<Instruction>(op, defaultResultType(op));
    inst->operands = std::move(operands);
    inst->loc = loc_;
    inst->id = fn_->nextInstructionId();
    return block_->append(std::move(inst));
}

Instruction *IRBuilder::create(Opcode op, std::vector<Instruction *> operands) {
    return append(op, std::move(operands));
}

//===--- Constants ----------------------------------------------------------===//

Instruction *IRBuilder::constInt(std::string digits) {
    Instruction *i = append(Opcode::ConstInt, {});
    i->str = std::move(digits);
    return i;
}

Instruction *IRBuilder::constInt(int64_t value) {
    return constInt(std::to_string(value));
}

Instruction *IRBuilder::constFloat(double value) {
    Instruction *i = append(Opcode::ConstFloat, {});
    i->fimm = value;
    return i;
}

Instruction *IRBuilder::constComplex(double imag) {
    Instruction *i = append(Opcode::ConstComplex, {});
    i->fimm = imag;
    return i;
}

Instruction *IRBuilder::constStr(std::string utf8) {
    Instruction *i = append(Opcode::ConstStr, {});
    i->str = std::move(utf8);
    return i;
}

Instruction *IRBuilder::constBytes(std::string data) {
    Instruction *i = append(Opcode::ConstBytes, {});
    i->str = std::move(data);
    return i;
}

Instruction *IRBuilder::globals() {
    return append(Opcode::Globals, {});
}

Instruction *IRBuilder::constNone() {
    return append(Opcode::ConstNone, {});
}
Instruction *IRBuilder::constTrue() {
    return append(Opcode::ConstTrue, {});
}
Instruction *IRBuilder::constFalse() {
    return append(Opcode::ConstFalse, {});
}
Instruction *IRBuilder::constEllipsis() {
    return append(Opcode::ConstEllipsis, {});
}

//===--- Locals, cells, globals, namespaces ---------------------------------===//

namespace {

Instruction *withImm(Instruction *i, int64_t imm) {
    i->imm = imm;
    return i;
}

Instruction *withStr(Instruction *i, std::string s) {
    i->str = std::move(s);
    return i;
}

} // namespace

Instruction *IRBuilder::param(unsigned index) {
    return withImm(append(Opcode::Param, {}), index);
}

Instruction *IRBuilder::slotLoad(unsigned index) {
    return withImm(append(Opcode::SlotLoad, {}), index);
}

void IRBuilder::slotStore(unsigned index, Instruction *value) {
    withImm(append(Opcode::SlotStore, {value}), index);
}

void IRBuilder::slotDel(unsigned index) {
    withImm(append(Opcode::SlotDel, {}), index);
}

Instruction *IRBuilder::cellNew(Instruction *initial) {
    if (initial) return append(Opcode::CellNew, {initial});
    return append(Opcode::CellNew, {});
}

Instruction *IRBuilder::cellLoad(Instruction *cell, std::string varName) {
    return withStr(append(Opcode::CellLoad, {cell}), std::move(varName));
}

void IRBuilder::cellStore(Instruction *cell, Instruction *value) {
    append(Opcode::CellStore, {cell, value});
}

void IRBuilder::cellDel(Instruction *cell, std::string varName) {
    withStr(append(Opcode::CellDel, {cell}), std::move(varName));
}

Instruction *IRBuilder::closureCell(unsigned index) {
    return withImm(append(Opcode::ClosureCell, {}), index);
}

Instruction *IRBuilder::globalLoad(std::string name) {
    return withStr(append(Opcode::GlobalLoad, {}), std::move(name));
}

void IRBuilder::globalStore(std::string name, Instruction *value) {
    withStr(append(Opcode::GlobalStore, {value}), std::move(name));
}

void IRBuilder::globalDel(std::string name) {
    withStr(append(Opcode::GlobalDel, {}), std::move(name));
}

Instruction *IRBuilder::builtinLoad(std::string name) {
    return withStr(append(Opcode::BuiltinLoad, {}), std::move(name));
}

Instruction *IRBuilder::nsLoad(Instruction *ns, std::string name) {
    return withStr(append(Opcode::NsLoad, {ns}), std::move(name));
}

void IRBuilder::nsStore(Instruction *ns, std::string name, Instruction *value) {
    withStr(append(Opcode::NsStore, {ns, value}), std::move(name));
}

void IRBuilder::nsDel(Instruction *ns, std::string name) {
    withStr(append(Opcode::NsDel, {ns}), std::move(name));
}

//===--- Operators ----------------------------------------------------------===//

Instruction *IRBuilder::unary(UnaryOp op, Instruction *a) {
    return withImm(append(Opcode::Unary, {a}), static_cast<int64_t>(op));
}

Instruction *IRBuilder::binary(BinaryOp op, Instruction *a, Instruction *b) {
    return withImm(append(Opcode::Binary, {a, b}), static_cast<int64_t>(op));
}

Instruction *IRBuilder::truth(Instruction *a) {
    return append(Opcode::Truth, {a});
}
Instruction *IRBuilder::box(Instruction *bit) {
    return append(Opcode::Box, {bit});
}

//===--- Items and attributes -----------------------------------------------===//

Instruction *IRBuilder::getItem(Instruction *obj, Instruction *index) {
    return append(Opcode::GetItem, {obj, index});
}

void IRBuilder::setItem(Instruction *obj, Instruction *index, Instruction *value) {
    append(Opcode::SetItem, {obj, index, value});
}

void IRBuilder::delItem(Instruction *obj, Instruction *index) {
    append(Opcode::DelItem, {obj, index});
}

Instruction *IRBuilder::getAttr(Instruction *obj, std::string name) {
    return withStr(append(Opcode::GetAttr, {obj}), std::move(name));
}

void IRBuilder::setAttr(Instruction *obj, std::string name, Instruction *value) {
    withStr(append(Opcode::SetAttr, {obj, value}), std::move(name));
}

void IRBuilder::delAttr(Instruction *obj, std::string name) {
    withStr(append(Opcode::DelAttr, {obj}), std::move(name));
}

//===--- Containers ---------------------------------------------------------===//

Instruction *IRBuilder::buildTuple(std::vector<Instruction *> items) {
    return append(Opcode::BuildTuple, std::move(items));
}

Instruction *IRBuilder::buildList(std::vector<Instruction *> items) {
    return append(Opcode::BuildList, std::move(items));
}

Instruction *IRBuilder::buildSet(std::vector<Instruction *> items) {
    return append(Opcode::BuildSet, std::move(items));
}

Instruction *IRBuilder::buildDict(std::vector<Instruction *> keysValues) {
    assert(keysValues.size() % 2 == 0 && "build.dict takes key/value pairs");
    return append(Opcode::BuildDict, std::move(keysValues));
}

Instruction *IRBuilder::buildSlice(Instruction *lo, Instruction *hi, Instruction *step) {
    return append(Opcode::BuildSlice, {lo, hi, step});
}

void IRBuilder::listAppend(Instruction *list, Instruction *value) {
    append(Opcode::ListAppend, {list, value});
}

void IRBuilder::listExtend(Instruction *list, Instruction *iterable) {
    append(Opcode::ListExtend, {list, iterable});
}

void IRBuilder::setAdd(Instruction *set, Instruction *value) {
    append(Opcode::SetAdd, {set, value});
}

void IRBuilder::dictUpdate(Instruction *dict, Instruction *mapping) {
    append(Opcode::DictUpdate, {dict, mapping});
}

Instruction *IRBuilder::tupleFrom(Instruction *iterable) {
    return append(Opcode::TupleFrom, {iterable});
}

Instruction *IRBuilder::unpack(Instruction *seq, unsigned n) {
    return withImm(append(Opcode::Unpack, {seq}), n);
}

Instruction *IRBuilder::unpackEx(Instruction *seq, unsigned before, unsigned after) {
    Instruction *i = withImm(append(Opcode::UnpackEx, {seq}), before);
    i->imm2 = after;
    return i;
}

Instruction *IRBuilder::extract(Instruction *unpacked, unsigned i) {
    return withImm(append(Opcode::Extract, {unpacked}), i);
}

//===--- Iteration and generators -------------------------------------------===//

Instruction *IRBuilder::iter(Instruction *obj) {
    return append(Opcode::Iter, {obj});
}
Instruction *IRBuilder::iterNext(Instruction *it) {
    return append(Opcode::IterNext, {it});
}
Instruction *IRBuilder::isStop(Instruction *v) {
    return append(Opcode::IsStop, {v});
}
Instruction *IRBuilder::yield(Instruction *v) {
    return append(Opcode::Yield, {v});
}

Instruction *IRBuilder::yieldFrom(Instruction *iterable) {
    return append(Opcode::YieldFrom, {iterable});
}

//===--- Calls, functions, classes, modules ---------------------------------===//

Instruction *IRBuilder::call(Instruction *f, std::vector<Instruction *> args) {
    args.insert(args.begin(), f);
    return append(Opcode::Call, std::move(args));
}

Instruction *IRBuilder::callKw(Instruction *f, std::vector<Instruction *> args,
                               std::vector<std::string> names) {
    assert(names.size() <= args.size() && "more keyword names than arguments");
    args.insert(args.begin(), f);
    Instruction *i = append(Opcode::CallKw, std::move(args));
    i->names = std::move(names);
    return i;
}

Instruction *IRBuilder::callEx(Instruction *f, Instruction *argsTuple, Instruction *kwargsDict) {
    if (kwargsDict) return append(Opcode::CallEx, {f, argsTuple, kwargsDict});
    return append(Opcode::CallEx, {f, argsTuple});
}

Instruction *IRBuilder::makeFunction(Function *fn, Instruction *defaults, Instruction *kwDefaults,
                                     Instruction *closure) {
    std::vector<Instruction *> ops;
    int64_t flags = 0;
    if (defaults) {
        ops.push_back(defaults);
        flags |= MF_Defaults;
    }
    if (kwDefaults) {
        ops.push_back(kwDefaults);
        flags |= MF_KwDefaults;
    }
    if (closure) {
        ops.push_back(closure);
        flags |= MF_Closure;
    }
    Instruction *i = withImm(append(Opcode::MakeFunction, std::move(ops)), flags);
    i->callee = fn;
    return i;
}

Instruction *IRBuilder::makeClass(std::string name, Instruction *ns,
                                  std::vector<Instruction *> bases) {
    bases.insert(bases.begin(), ns);
    return withStr(append(Opcode::MakeClass, std::move(bases)), std::move(name));
}

Instruction *IRBuilder::import(std::string name) {
    return withStr(append(Opcode::Import, {}), std::move(name));
}

Instruction *IRBuilder::importFrom(Instruction *module, std::string name) {
    return withStr(append(Opcode::ImportFrom, {module}), std::move(name));
}

void IRBuilder::importStar(Instruction *module) {
    append(Opcode::ImportStar, {module});
}

//===--- Strings ------------------------------------------------------------===//

Instruction *IRBuilder::format(Instruction *v, Instruction *spec, FormatConv conv) {
    std::vector<Instruction *> ops{v};
    if (spec) ops.push_back(spec);
    return withImm(append(Opcode::Format, std::move(ops)), static_cast<int64_t>(conv));
}

Instruction *IRBuilder::buildString(std::vector<Instruction *> parts) {
    return append(Opcode::BuildString, std::move(parts));
}

//===--- Exceptions and SSA -------------------------------------------------===//

Instruction *IRBuilder::excFetch() {
    return append(Opcode::ExcFetch, {});
}

Instruction *IRBuilder::excMatch(Instruction *exc, Instruction *type) {
    return append(Opcode::ExcMatch, {exc, type});
}

Instruction *IRBuilder::phi(Type type) {
    assert(block_ && "no insert point");
    auto inst = std::make_unique<Instruction>(Opcode::Phi, type);
    inst->loc = loc_;
    inst->id = fn_->nextInstructionId();
    return block_->insert(block_->phis().size(), std::move(inst));
}

void IRBuilder::addIncoming(Instruction *phi, Instruction *value, Block *pred) {
    phi->operands.push_back(value);
    phi->blocks.push_back(pred);
}

//===--- Terminators --------------------------------------------------------===//

void IRBuilder::jump(Block *target) {
    append(Opcode::Jump, {})->blocks = {target};
}

void IRBuilder::branch(Instruction *cond, Block *ifTrue, Block *ifFalse) {
    append(Opcode::Branch, {cond})->blocks = {ifTrue, ifFalse};
}

void IRBuilder::ret(Instruction *value) {
    append(Opcode::Return, {value});
}
void IRBuilder::raise(Instruction *exc) {
    append(Opcode::Raise, {exc});
}

void IRBuilder::raiseFrom(Instruction *exc, Instruction *cause) {
    append(Opcode::RaiseFrom, {exc, cause});
}

void IRBuilder::reraise(Instruction *exc) {
    append(Opcode::Reraise, {exc});
}

void IRBuilder::assertFail(Instruction *msg) {
    if (msg)
        append(Opcode::AssertFail, {msg});
    else
        append(Opcode::AssertFail, {});
}

void IRBuilder::unreachable() {
    append(Opcode::Unreachable, {});
}

} // namespace krait::ir
