//===- ListFlows.cpp - Values that may hold the same list --------------===//
//
// The first half of the list element kind analysis (ListKinds.cpp): the
// union-find that joins values which may hold the same list (phis, known
// callers' arguments and returns, cells, slots, tracked globals, slices,
// copies, repetition and concatenation), and the facts it rests on: who
// uses each value, which functions have all their callers known, which
// globals no other module or reflective code can reach.
//
//===----------------------------------------------------------------------===//

#include "ir/passes/ListKindsSolver.h"

namespace krait::ir::listkinds {

int ListKindSolver::nodeOf(const Instruction *v) {
    auto [it, inserted] = node.emplace(v, static_cast<int>(parent.size()));
    if (inserted) parent.push_back(it->second);
    return it->second;
}

int ListKindSolver::find(int n) {
    while (parent[n] != n) {
        parent[n] = parent[parent[n]];
        n = parent[n];
    }
    return n;
}

void ListKindSolver::uniteNodes(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[a] = b;
}

int ListKindSolver::classOf(const Instruction *v) const {
    auto it = node.find(v);
    if (it == node.end()) return -1;
    int n = it->second;
    while (parent[n] != n)
        n = parent[n];
    return n;
}

/// Records users, functions' parameters, returns and closure cells; false
/// when the program can reach values reflectively (eval, locals()...).
bool ListKindSolver::scanProgram() {
    for (Module *m : modules)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions()) {
                    recordUses(users, *inst);
                    switch (inst->op) {
                    case Opcode::GlobalLoad:
                    case Opcode::BuiltinLoad:
                    case Opcode::NsLoad:
                        if (isOneOf(inst->str, {"eval", "exec", "globals", "locals", "vars",
                                                "compile", "__import__"}))
                            return false;
                        break;
                    case Opcode::Globals:
                        return false;
                    case Opcode::ImportStar:
                        importStar = true;
                        break;
                    case Opcode::GetAttr:
                    case Opcode::SetAttr:
                    case Opcode::DelAttr:
                    case Opcode::ImportFrom:
                        nonGlobalNames.insert(inst->str);
                        break;
                    case Opcode::MakeFunction:
                        if (inst->callee) makeSites[inst->callee].push_back(inst.get());
                        break;
                    case Opcode::Param:
                        params[fn.get()].push_back(inst.get());
                        break;
                    case Opcode::Return:
                        returns[fn.get()].push_back(inst->operand(0));
                        break;
                    case Opcode::ClosureCell:
                        closureCells[fn.get()].push_back(inst.get());
                        break;
                    default:
                        break;
                    }
                }
    return true;
}

/// The functions whose every call the program shows: call-only stable
/// functions, and functions made once whose function object is only called
/// with exactly its positional parameters (comprehensions, local helpers).
void ListKindSolver::findCallers() {
    for (Module *m : modules)
        for (const auto &f : m->functions()) {
            const Function *fn = f.get();
            if (fn->isModuleBody) continue;
            auto &set = callers[fn];
            if (facts.callOnly(*fn)) {
                for (const Instruction *call : facts.callSites(*fn))
                    set.insert(call);
                continue;
            }
            auto sites = makeSites.find(fn);
            bool ok = sites != makeSites.end() && sites->second.size() == 1 && !fn->varargs &&
                      !fn->varkw && fn->nKwOnly == 0;
            if (ok) {
                const Instruction *make = sites->second.front();
                ok = !make->defaultsOperand() && !make->kwDefaultsOperand();
                auto it = users.find(make);
                if (ok && it != users.end())
                    for (auto [user, index] : it->second)
                        ok &= user->op == Opcode::Call && index == 0 &&
                              user->numOperands() == fn->nPos + 1;
                if (ok && it != users.end())
                    for (auto [user, index] : it->second)
                        set.insert(user);
            }
            if (!ok) callers.erase(fn);
        }
}

const Function *ListKindSolver::calleeOf(const Instruction &call) const {
    const Instruction *callee = call.operand(0);
    if (callee->op == Opcode::MakeFunction) return callee->callee;
    return facts.calleeFunction(*callee);
}

bool ListKindSolver::knownCall(const Function *fn, const Instruction &call) const {
    if (!fn) return false;
    auto it = callers.find(fn);
    return it != callers.end() && it->second.count(&call);
}

/// The node of a module global whose every binding and load the program
/// shows, or -1.
/// The node of a function's local slot (a variable not promoted to SSA
/// values, as in functions with `try`): only its own function reaches it.
int ListKindSolver::slotNode(const Instruction &inst) {
    auto [it, inserted] = slots.emplace(std::make_pair(inst.parent->parent(), inst.index()), 0);
    if (inserted) {
        it->second = static_cast<int>(parent.size());
        parent.push_back(it->second);
    }
    return it->second;
}

int ListKindSolver::globalNode(const Instruction &inst) {
    const Module *module = inst.parent->parent()->parent();
    if (importStar || nonGlobalNames.count(inst.str) || !facts.globalBindings(*module, inst.str))
        return -1;
    auto [it, inserted] = globals.emplace(std::make_pair(module, inst.str), 0);
    if (inserted) {
        it->second = static_cast<int>(parent.size());
        parent.push_back(it->second);
    }
    return it->second;
}

void ListKindSolver::uniteFlows() {
    for (Module *m : modules)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions())
                    uniteInstruction(*inst);
}

void ListKindSolver::uniteInstruction(const Instruction &inst) {
    auto listish = [](const Instruction *v) { return !numberKind(v->type.kind()); };
    switch (inst.op) {
    case Opcode::Phi:
        for (const Instruction *in : inst.operands)
            unite(&inst, in);
        break;
    case Opcode::Call: {
        const Function *fn = calleeOf(inst);
        if (knownCall(fn, inst)) {
            for (const Instruction *p : params[fn])
                if (p->index() < fn->nPos && p->index() + 1 < inst.numOperands())
                    unite(p, inst.operand(p->index() + 1));
            if (!fn->generator)
                for (const Instruction *r : returns[fn])
                    unite(&inst, r);
            break;
        }
        const Instruction *callee = inst.operand(0);
        if (callee->op == Opcode::GetAttr) {
            if (callee->str == "extend" && inst.numOperands() == 2)
                unite(callee->operand(0), inst.operand(1));
            else if (callee->str == "copy" && inst.numOperands() == 1)
                unite(callee->operand(0), &inst);
        }
        break;
    }
    case Opcode::SlotLoad:
        uniteNodes(nodeOf(&inst), slotNode(inst));
        break;
    case Opcode::SlotStore:
        uniteNodes(nodeOf(inst.operand(0)), slotNode(inst));
        break;
    case Opcode::CellLoad:
        unite(&inst, inst.operand(0));
        break;
    case Opcode::CellStore:
        unite(inst.operand(0), inst.operand(1));
        break;
    case Opcode::MakeFunction: {
        const Instruction *tuple = inst.closureOperand();
        if (!inst.callee || !tuple) break;
        if (tuple->op != Opcode::BuildTuple) break;
        for (const Instruction *cc : closureCells[inst.callee])
            if (cc->index() < tuple->numOperands()) {
                unite(cc, tuple->operand(cc->index()));
                resolvedCells.insert(cc);
            }
        break;
    }
    case Opcode::GlobalLoad: {
        int g = globalNode(inst);
        if (g >= 0) uniteNodes(nodeOf(&inst), g);
        break;
    }
    case Opcode::GlobalStore: {
        int g = globalNode(inst);
        if (g >= 0) uniteNodes(nodeOf(inst.operand(0)), g);
        break;
    }
    case Opcode::GetItem:
        if (inst.operand(1)->op == Opcode::BuildSlice) unite(&inst, inst.operand(0));
        break;
    case Opcode::SetItem:
        if (inst.operand(1)->op == Opcode::BuildSlice) unite(inst.operand(0), inst.operand(2));
        break;
    case Opcode::ListExtend:
        unite(inst.operand(0), inst.operand(1));
        break;
    case Opcode::Binary: {
        const Instruction *a = inst.operand(0), *b = inst.operand(1);
        BinaryOp op = plainOp(inst.binaryOp());
        if (op == BinaryOp::Add && listish(a) && listish(b)) {
            unite(&inst, a);
            unite(&inst, b);
        } else if (op == BinaryOp::Mul) {
            // `[x] * n`, `lst * 2`: the count's kind is checked by update().
            if (a->op == Opcode::BuildList || (b->type.kind() == Kind::Int && listish(a)))
                unite(&inst, a);
            else if (b->op == Opcode::BuildList || (a->type.kind() == Kind::Int && listish(b)))
                unite(&inst, b);
        }
        break;
    }
    default:
        break;
    }
}

/// A cell (`cell.new` or `closure.cell`) is only read, written or handed
/// to inner functions through their closure tuples.
/// `list()` or `list(range(...))` with the stable builtins: a new exact
/// list, empty or of ints.
bool ListKindSolver::newListOfRange(const Instruction &call) const {
    auto builtin = [&](const Instruction *v, std::string_view name) {
        return v->op == Opcode::GlobalLoad && v->str == name && facts.stableBuiltin(name);
    };
    if (call.op != Opcode::Call || !builtin(call.operand(0), "list")) return false;
    if (call.numOperands() == 1) return true;
    const Instruction *arg = call.operand(1);
    return call.numOperands() == 2 && arg->op == Opcode::Call && arg->numOperands() >= 2 &&
           arg->numOperands() <= 4 && builtin(arg->operand(0), "range");
}

} // namespace krait::ir::listkinds
