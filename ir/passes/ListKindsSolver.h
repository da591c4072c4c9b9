//===- ListKindsSolver.h - The list element kind analysis ----*- C++ -*-===//
///
/// \file
/// Internal to ListKinds.cpp (classification and solve) and ListFlows.cpp
/// (the union-find over values that may hold the same list); see
/// ListKinds.cpp for the analysis.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PASSES_LISTKINDSSOLVER_H
#define KRAIT_IR_PASSES_LISTKINDSSOLVER_H

#include "ir/passes/Pass.h"
#include "ir/passes/ProgramFacts.h"
#include "ir/passes/Users.h"

#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace krait::ir::listkinds {

using Kind = Type::Kind;
using KindMap = std::unordered_map<const Instruction *, Kind>;

/// True when `name` is one of `names`.
inline bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

/// Kinds whose values are never lists.
inline bool numberKind(Kind k) {
    return k == Kind::Int || k == Kind::Float || k == Kind::Complex || k == Kind::Bool;
}

/// `+` for `+=` and so on.
inline BinaryOp plainOp(BinaryOp op) {
    if (isInPlace(op))
        return static_cast<BinaryOp>(static_cast<int>(op) - static_cast<int>(BinaryOp::IOr) +
                                     static_cast<int>(BinaryOp::Or));
    return op;
}

/// The meet of two kinds (unknown is the top, different kinds meet in object).
inline std::optional<Kind> meet(std::optional<Kind> a, std::optional<Kind> b) {
    if (!a) return b;
    if (!b) return a;
    return *a == *b ? a : std::optional<Kind>(Kind::Object);
}

/// `k` when it is an int or float kind (or unknown), else object.
inline std::optional<Kind> realKind(std::optional<Kind> k) {
    if (k && *k != Kind::Int && *k != Kind::Float) return Kind::Object;
    return k;
}

/// The value `v` stands for: `extract i` of an `unpack` of a tuple display
/// of the right length is the display's item i (`a[i], a[j] = a[j], a[i]`).
inline const Instruction *throughTuple(const Instruction *v) {
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

/// The analysis, and the KindOracle that types `getitem`s, cell loads,
/// parameters and `iter.next`s while it solves.
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

} // namespace krait::ir::listkinds

#endif // KRAIT_IR_PASSES_LISTKINDSSOLVER_H
