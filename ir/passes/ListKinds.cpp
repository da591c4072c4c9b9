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

#include "ir/Verifier.h"
#include "ir/passes/ComplexKinds.h"
#include "ir/passes/Pass.h"
#include "ir/passes/ProgramFacts.h"
#include "ir/passes/Users.h"

#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace krait::ir {

namespace {

using Kind = Type::Kind;
using KindMap = std::unordered_map<const Instruction *, Kind>;

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

bool numberKind(Kind k) {
    return k == Kind::Int || k == Kind::Float || k == Kind::Complex || k == Kind::Bool;
}

BinaryOp plainOp(BinaryOp op) {
    if (isInPlace(op))
        return static_cast<BinaryOp>(static_cast<int>(op) - static_cast<int>(BinaryOp::IOr) +
                                     static_cast<int>(BinaryOp::Or));
    return op;
}

std::optional<Kind> meet(std::optional<Kind> a, std::optional<Kind> b) {
    if (!a) return b;
    if (!b) return a;
    return *a == *b ? a : std::optional<Kind>(Kind::Object);
}

/// `k` when it is an int or float kind (or unknown), else object.
std::optional<Kind> realKind(std::optional<Kind> k) {
    if (k && *k != Kind::Int && *k != Kind::Float) return Kind::Object;
    return k;
}

/// The value `v` stands for: `extract i` of an `unpack` of a tuple display
/// of the right length is the display's item i (`a[i], a[j] = a[j], a[i]`).
const Instruction *throughTuple(const Instruction *v) {
    if (v->op != Opcode::Extract) return v;
    const Instruction *unpack = v->operand(0);
    if (unpack->op != Opcode::Unpack) return v;
    const Instruction *tuple = unpack->operand(0);
    if (tuple->op != Opcode::BuildTuple || tuple->numOperands() != size_t(unpack->imm) ||
        v->imm < 0 || size_t(v->imm) >= tuple->numOperands())
        return v;
    return tuple->operand(v->imm);
}

/// An element that enters a list class: its value and, for an item store,
/// the index (which must be an int: a slice would store many elements).
struct ElementStore {
    const Instruction *value;
    const Instruction *index;
    bool intItems = false; ///< `value` is a range whose items enter (`list(range(n))`).
};

/// What the analysis knows about one class of values.
struct ClassInfo {
    bool bad = false;     ///< Some member or use is not understood.
    bool hasList = false; ///< A list display is a member.
    bool hasCell = false; ///< A cell is a member.
    bool cellBad = false; ///< Some cell of the class is reachable otherwise.
    std::vector<ElementStore> elements;
    std::vector<const Instruction *> cellStores; ///< Values stored into its cells.
    std::vector<const Instruction *> counts;     ///< The `n` of `lst * n`: ints.
    std::optional<Kind> kind;                    ///< Element (or cell content) kind so far.
};

class ListKindSolver : public KindOracle {
  public:
    ListKindSolver(const std::vector<Module *> &modules, const ProgramFacts &facts)
        : modules(modules), facts(facts) {}

    /// Finds the classes and solves their kinds; false when the program
    /// gives nothing to type.
    bool solve();
    /// Writes the kinds found to the IR.
    void apply();

    std::optional<Kind> kindOf(const Instruction &inst,
                               const OperandKind &operandKind) const override;
    bool numericClosure() const override { return closure && facts.numericClosure(); }
    bool forwardClosure() const override { return closure && facts.forwardClosure(); }

  private:
    // Union-find over instructions (and synthetic global nodes).
    int nodeOf(const Instruction *v);
    int find(int n);
    void unite(const Instruction *a, const Instruction *b) { uniteNodes(nodeOf(a), nodeOf(b)); }
    void uniteNodes(int a, int b);
    int classOf(const Instruction *v) const;

    bool scanProgram();
    void findCallers();
    const Function *calleeOf(const Instruction &call) const;
    bool knownCall(const Function *fn, const Instruction &call) const;
    int globalNode(const Instruction &inst);
    int slotNode(const Instruction &inst);
    void uniteFlows();
    void uniteInstruction(const Instruction &inst);
    bool cellUsesOk(const Instruction &cell) const;
    bool newListOfRange(const Instruction &call) const;
    bool definitionOk(const Instruction &m, int c);
    bool usesOk(const Instruction &m, int c, ClassInfo &info);
    bool useOk(const Instruction &user, size_t index, int c, ClassInfo &info);
    bool methodUseOk(const Instruction &load, int c, ClassInfo &info);
    void classify();
    std::optional<Kind> kindIn(const Function *fn, const Instruction *v) const;
    bool update();
    void findParams();

    const std::vector<Module *> &modules;
    const ProgramFacts &facts;
    Users users;
    std::unordered_map<const Instruction *, int> node;
    std::vector<int> parent;
    std::map<std::pair<const Module *, std::string>, int> globals;
    std::map<std::pair<const Function *, unsigned>, int> slots;
    std::set<std::string> nonGlobalNames; // `m.name` / `from m import name` seen
    bool importStar = false;
    std::map<const Function *, std::vector<const Instruction *>> makeSites, params, returns,
        closureCells;
    std::map<const Function *, std::unordered_set<const Instruction *>> callers;
    std::set<const Instruction *> resolvedCells; // closure cells joined to their cells
    std::map<int, ClassInfo> classes;            // by root node
    /// Parameters of functions whose callers are all known: the meet of
    /// their arguments' kinds (those inferProgramTypes left `object`).
    std::map<const Instruction *, std::optional<Kind>> paramKinds;
    /// Parameters every caller passes `iter(range(...))` (a comprehension's
    /// iterator): their `iter.next`s are ints.
    std::set<const Instruction *> rangeParams;
    std::map<const Function *, KindMap> kinds;
    bool closure = false;
};

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

} // namespace

bool inferListKinds(const std::vector<Module *> &modules, std::string &errors) {
    std::vector<const Module *> constModules(modules.begin(), modules.end());
    ProgramFacts facts(constModules);
    ListKindSolver solver(modules, facts);
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
