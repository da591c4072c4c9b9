//===- ListKinds.cpp - Element kinds of lists, whole program ---------------===//
//
// Which lists only ever hold exact floats (or exact ints), for the whole
// program, so that `a[i]` of such a list is typed `float` (`int`): codegen
// then reads the item without testing what the sequence or the item is.
//
// Values that may hold the same list are joined into classes (union-find,
// flow-insensitive): a phi and its inputs; a parameter of a function whose
// callers are all known (a call-only stable function, or a function made by
// one `make.function` whose only uses are calls with exactly its positional
// parameters, as comprehensions are) and the arguments of those calls; such
// a call's result and the function's returns; a cell's loads and stores,
// through the closure tuples that hand the cell to inner functions; a module
// global whose bindings are all known (ProgramFacts::globalBindings) and its
// loads; `a[i:j]`, `a.copy()`, `a * n` (n an int), `a + b` and `a += b` with
// their list operands, `a[i:j] = b` and `a.extend(b)` with `b`.
//
// A class is a list class when one of its members is a list display, and
// every member is a value the analysis understands (its definition is one of
// the flows above or a display, so every member is an exact list) and every
// use of every member is one that cannot put a foreign element in or hand
// the list to code that could: item reads, item stores with an int index,
// `append`/`insert`, the list methods that only reorder or remove, `len` and
// the read-only builtins, `is`/`in`, comparisons with lists of the class,
// iteration, unpacking, truth, and the flows above. Anything else (storing
// the list in a container or attribute, passing it to an unknown callee, a
// slice store from a value of another class, an index not proven an int)
// makes the class `object`.
//
// The element kind of a list class is the meet of the kinds of every
// element that enters it (display items, item stores, appends, inserts).
// Like the phis of `infer-types`, the kinds start unknown and only fall: the
// program's functions are re-inferred with `getitem`s of list classes typed
// by their class's current kind until nothing changes. By induction over a
// run, the first non-float element of a float list would have to come from
// a store whose value had its proven kind.
//
// The same classes give the kinds of cell contents (a closure's variable):
// the meet of the kinds of the values its `cell.store`s store.
//
// This runs after inferProgramTypes and only adds kinds: parameter, call,
// global and attribute kinds are those already written to the IR; the
// numeric closure is taken as assumed when the IR shows it was (a `float`
// binary with an `object` operand exists only under it).
//
//===----------------------------------------------------------------------===//
#include "ir/passes/ListKinds.h"
#include "ir/passes/ListKindsSolver.h"

#include "ir/Verifier.h"
#include "ir/passes/ComplexKinds.h"

namespace krait::ir {

namespace listkinds {

bool ListKindSolver::cellUsesOk(const Instruction &cell) const {
    if (cell.op == Opcode::ClosureCell && !resolvedCells.count(&cell)) return false;
    auto it = users.find(&cell);
    if (it == users.end()) return true;
    for (auto [user, index] : it->second) {
        if ((user->op == Opcode::CellLoad || user->op == Opcode::CellStore ||
             user->op == Opcode::CellDel) &&
            index == 0)
            continue;
        if (user->op != Opcode::BuildTuple) return false;
        auto tu = users.find(user);
        if (tu == users.end()) continue;
        for (auto [make, i] : tu->second)
            if (make->op != Opcode::MakeFunction || make->closureOperand() != user) return false;
    }
    return true;
}

/// True when `m`'s definition makes it an exact list of class `c` (or a
/// cell or global of the class).
bool ListKindSolver::definitionOk(const Instruction &m, int c) {
    switch (m.op) {
    case Opcode::BuildList:
    case Opcode::Phi:
    case Opcode::SlotLoad:
    case Opcode::CellLoad:
    case Opcode::CellNew:
    case Opcode::ClosureCell:
        return true;
    case Opcode::GlobalLoad:
        return globalNode(m) >= 0;
    case Opcode::Param: {
        const Function *fn = m.parent->parent();
        return callers.count(fn) && m.index() < fn->nPos;
    }
    case Opcode::Call: {
        const Function *fn = calleeOf(m);
        if (knownCall(fn, m)) return !fn->generator;
        if (newListOfRange(m)) return true;
        const Instruction *callee = m.operand(0);
        return callee->op == Opcode::GetAttr && callee->str == "copy" && m.numOperands() == 1 &&
               classOf(callee->operand(0)) == c;
    }
    case Opcode::GetItem:
        return m.operand(1)->op == Opcode::BuildSlice && classOf(m.operand(0)) == c;
    case Opcode::Binary: {
        const Instruction *a = m.operand(0), *b = m.operand(1);
        BinaryOp op = plainOp(m.binaryOp());
        if (op == BinaryOp::Add) return classOf(a) == c && classOf(b) == c;
        if (op == BinaryOp::Mul) return classOf(a) == c || classOf(b) == c;
        return false;
    }
    default:
        return false;
    }
}

/// `x.m` of a list: only calls of the list methods that add elements of the
/// class or only reorder, remove or read.
bool ListKindSolver::methodUseOk(const Instruction &load, int c, ClassInfo &info) {
    auto it = users.find(&load);
    if (it == users.end()) return true;
    std::string_view name = load.str;
    for (auto [call, index] : it->second) {
        if (index != 0) return false;
        size_t nargs = call->numOperands() - 1;
        if (call->op == Opcode::CallKw) {
            if (name != "sort") return false;
            continue;
        }
        if (call->op != Opcode::Call) return false;
        if (name == "append" && nargs == 1) {
            info.elements.push_back({call->operand(1), nullptr});
        } else if (name == "insert" && nargs == 2) {
            info.elements.push_back({call->operand(2), nullptr});
        } else if (name == "extend" && nargs == 1) {
            if (classOf(call->operand(1)) != c) return false;
        } else if (name == "copy" && nargs == 0) {
            continue; // the copy is a member of the class
        } else if (!isOneOf(name, {"pop", "reverse", "clear", "index", "count", "remove"}) &&
                   !(name == "sort" && nargs == 0)) {
            return false;
        }
    }
    return true;
}

bool ListKindSolver::useOk(const Instruction &user, size_t index, int c, ClassInfo &info) {
    switch (user.op) {
    case Opcode::Phi:
    case Opcode::Truth:
    case Opcode::Iter:
    case Opcode::Unpack:
    case Opcode::UnpackEx:
    case Opcode::Format:
    case Opcode::ListExtend:
    case Opcode::SlotStore:
    case Opcode::CellStore:
        return user.op != Opcode::CellStore || index == 1;
    case Opcode::GetItem:
        return index == 0;
    case Opcode::DelItem:
        return index == 0;
    case Opcode::SetItem:
        // a[i:j] = lst: joined with the target's class.
        if (index == 2 && user.operand(1)->op == Opcode::BuildSlice)
            return classOf(user.operand(0)) == c;
        if (index != 0) return false;
        if (user.operand(1)->op != Opcode::BuildSlice)
            info.elements.push_back({throughTuple(user.operand(2)), user.operand(1)});
        return true;
    case Opcode::ListAppend:
        if (index != 0) return false;
        info.elements.push_back({throughTuple(user.operand(1)), nullptr});
        return true;
    case Opcode::GetAttr:
        return methodUseOk(user, c, info);
    case Opcode::Call: {
        if (index == 0) return false;
        if (knownCall(calleeOf(user), user)) return true;
        const Instruction *callee = user.operand(0);
        // x.extend(lst) of a list of the class (joined with it).
        if (callee->op == Opcode::GetAttr && callee->str == "extend" && index == 1 &&
            classOf(callee->operand(0)) == c)
            return true;
        return (callee->op == Opcode::GlobalLoad || callee->op == Opcode::BuiltinLoad) &&
               isOneOf(callee->str, {"len", "sum", "min", "max", "sorted", "list", "tuple", "print",
                                     "str", "repr", "enumerate", "zip", "iter", "reversed",
                                     "isinstance", "id", "any", "all", "bool"}) &&
               facts.stableBuiltin(callee->str);
    }
    case Opcode::Binary: {
        BinaryOp op = plainOp(user.binaryOp());
        if (op == BinaryOp::Is || op == BinaryOp::IsNot) return true;
        if (op == BinaryOp::In || op == BinaryOp::NotIn) return index == 1;
        const Instruction *other = user.operand(1 - index);
        if (isComparison(op)) return classOf(other) == c;
        if (op == BinaryOp::Mul && classOf(&user) == c) {
            info.counts.push_back(other); // must be an int
            return true;
        }
        if (op == BinaryOp::Add) return classOf(&user) == c;
        return false;
    }
    case Opcode::Return: {
        const Function *fn = user.parent->parent();
        return callers.count(fn) && !fn->generator;
    }
    case Opcode::GlobalStore:
        return globalNode(user) >= 0;
    default:
        return false;
    }
}

bool ListKindSolver::usesOk(const Instruction &m, int c, ClassInfo &info) {
    if (m.op == Opcode::CellNew || m.op == Opcode::ClosureCell) return cellUsesOk(m);
    auto it = users.find(&m);
    if (it == users.end()) return true;
    for (auto [user, index] : it->second)
        if (!useOk(*user, index, c, info)) return false;
    return true;
}

/// Builds every class's ClassInfo: members understood, uses safe, the
/// elements that enter it.
void ListKindSolver::classify() {
    for (const auto &[inst, n] : node) {
        int c = find(n);
        ClassInfo &info = classes[c];
        if (newListOfRange(*inst)) {
            info.hasList = true;
            if (inst->numOperands() == 2)
                info.elements.push_back({inst->operand(1), nullptr, true});
        }
        if (inst->op == Opcode::BuildList) {
            info.hasList = true;
            for (const Instruction *item : inst->operands)
                info.elements.push_back({item, nullptr});
        }
        if (inst->op == Opcode::CellNew || inst->op == Opcode::ClosureCell) {
            info.hasCell = true;
            if (!cellUsesOk(*inst)) info.cellBad = info.bad = true;
            continue;
        }
        if (!definitionOk(*inst, c) || !usesOk(*inst, c, info)) info.bad = true;
    }
    // Values stored into the cells of each class.
    for (Module *m : modules)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions())
                    if (inst->op == Opcode::CellStore) {
                        int c = classOf(inst->operand(0));
                        if (c >= 0) classes[c].cellStores.push_back(inst->operand(1));
                    }
}

void ListKindSolver::findParams() {
    auto rangeIter = [&](const Instruction *v) {
        if (v->op != Opcode::Iter) return false;
        const Instruction *call = v->operand(0);
        if (call->op != Opcode::Call || call->numOperands() < 2 || call->numOperands() > 4)
            return false;
        const Instruction *callee = call->operand(0);
        return callee->op == Opcode::GlobalLoad && callee->str == "range" &&
               facts.stableBuiltin("range");
    };
    for (const auto &[fn, ps] : params) {
        auto it = callers.find(fn);
        if (it == callers.end()) continue;
        for (const Instruction *p : ps) {
            if (p->index() >= fn->nPos) continue;
            paramKinds.emplace(p, std::nullopt);
            bool range = !it->second.empty();
            for (const Instruction *call : it->second)
                range &= rangeIter(call->operand(p->index() + 1));
            if (range) rangeParams.insert(p);
        }
    }
}

std::optional<Kind> ListKindSolver::kindIn(const Function *fn, const Instruction *v) const {
    auto f = kinds.find(fn);
    if (f != kinds.end()) {
        auto it = f->second.find(v);
        if (it != f->second.end()) return it->second;
    }
    switch (v->op) {
    case Opcode::ConstInt:
        return Kind::Int;
    case Opcode::ConstFloat:
        return Kind::Float;
    case Opcode::Binary:
    case Opcode::Unary:
    case Opcode::Phi:
    case Opcode::GetItem:
    case Opcode::CellLoad:
    case Opcode::Param:
    case Opcode::IterNext:
        return std::nullopt; // inferred, not reached yet
    default:
        return v->type.kind();
    }
}

std::optional<Kind> ListKindSolver::kindOf(const Instruction &inst,
                                           const OperandKind &operandKind) const {
    switch (inst.op) {
    case Opcode::GetItem: {
        int c = classOf(inst.operand(0));
        auto it = classes.find(c);
        if (c < 0 || it == classes.end() || it->second.bad || !it->second.hasList)
            return Kind::Object;
        std::optional<Kind> index = operandKind(inst.operand(1));
        if (!index) return std::nullopt;
        if (*index != Kind::Int) return Kind::Object;
        return it->second.kind;
    }
    case Opcode::Param: {
        auto it = paramKinds.find(&inst);
        if (isNumberKind(inst.type.kind()) || it == paramKinds.end()) return inst.type.kind();
        return it->second;
    }
    case Opcode::IterNext:
        if (inst.operand(0)->op == Opcode::Param && rangeParams.count(inst.operand(0)))
            return Kind::Int;
        return inst.type.kind();
    case Opcode::CellLoad: {
        int c = classOf(inst.operand(0));
        auto it = classes.find(c);
        if (c < 0 || it == classes.end() || !it->second.hasCell || it->second.cellBad ||
            it->second.hasList)
            return Kind::Object;
        return it->second.kind;
    }
    default:
        // Already written to the IR by inferProgramTypes.
        return inst.type.kind();
    }
}

/// Recomputes each class's kind from the elements (cell values) entering
/// it; true when any changed.
bool ListKindSolver::update() {
    bool changed = false;
    for (auto &[p, kind] : paramKinds) {
        const Function *fn = p->parent->parent();
        std::optional<Kind> k = kind;
        for (const Instruction *call : callers.at(fn))
            k = meet(k, realKind(kindIn(call->parent->parent(), call->operand(p->index() + 1))));
        if (k != kind) {
            kind = k;
            changed = true;
        }
    }
    for (auto &[c, info] : classes) {
        bool list = info.hasList && !info.bad;
        bool cell = !info.hasList && info.hasCell && !info.cellBad;
        if (!(list || cell) || (info.kind && *info.kind == Kind::Object)) continue;
        std::optional<Kind> k = info.kind;
        auto real = realKind;
        if (list) {
            for (const ElementStore &e : info.elements) {
                const Function *fn = e.value->parent->parent();
                if (e.intItems) {
                    k = meet(k, Kind::Int);
                    continue;
                }
                if (e.index) {
                    std::optional<Kind> ik = kindIn(fn, e.index);
                    if (ik && *ik != Kind::Int) k = Kind::Object;
                }
                k = meet(k, real(kindIn(fn, e.value)));
            }
            for (const Instruction *n : info.counts) {
                std::optional<Kind> nk = kindIn(n->parent->parent(), n);
                if (nk && *nk != Kind::Int) k = Kind::Object;
            }
        } else {
            for (const Instruction *v : info.cellStores)
                k = meet(k, real(kindIn(v->parent->parent(), v)));
        }
        if (k != info.kind) {
            info.kind = k;
            changed = true;
        }
    }
    return changed;
}

bool ListKindSolver::solve() {
    if (!scanProgram()) return false;
    findCallers();
    uniteFlows();
    classify();
    findParams();
    bool any = false;
    for (const auto &[c, info] : classes)
        any |= (info.hasList && !info.bad) || (!info.hasList && info.hasCell && !info.cellBad);
    any |= !paramKinds.empty();
    if (!any) return false;
    // The numeric closure was assumed when the IR shows a float result of
    // arithmetic with an object operand (only the closure gives one).
    for (Module *m : modules)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions())
                    if (inst->op == Opcode::Binary && inst->type.kind() == Kind::Float &&
                        (inst->operand(0)->type.kind() == Kind::Object ||
                         inst->operand(1)->type.kind() == Kind::Object))
                        closure = true;
    for (int round = 0; round < 64; ++round) {
        for (Module *m : modules)
            for (const auto &fn : m->functions())
                kinds[fn.get()] = inferValueKinds(*fn, this);
        if (!update()) return true;
    }
    return false;
}

void ListKindSolver::apply() {
    for (Module *m : modules)
        for (const auto &fn : m->functions())
            applyValueKinds(*fn, kinds[fn.get()]);
}

} // namespace listkinds

bool inferListKinds(const std::vector<Module *> &modules, std::string &errors) {
    std::vector<const Module *> constModules(modules.begin(), modules.end());
    ProgramFacts facts(constModules);
    listkinds::ListKindSolver solver(modules, facts);
    if (!solver.solve()) return true; // nothing proven: still correct
    solver.apply();
    bool ok = true;
    for (Module *m : modules) {
        std::string problems;
        if (!verify(*m, problems)) {
            errors += "after pass 'infer-list-kinds': " + problems;
            ok = false;
        }
    }
    return ok;
}

} // namespace krait::ir
