//===- Pass.h - IR transformation passes -----------------------*- C++ -*-===//
///
/// \file
/// The pass interface, a pass manager that runs passes over every function of
/// a module (optionally verifying after each), and the factories of the
/// passes in ir/passes/.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PASSES_PASS_H
#define KRAIT_IR_PASSES_PASS_H

#include "ir/IR.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace krait::ir {

/// A transformation of one function at a time.
class Pass {
  public:
    virtual ~Pass() = default;
    /// Short name for logs and error messages ("dce", "constfold").
    virtual std::string_view name() const = 0;
    /// Transforms `fn`; returns true when it changed anything.
    virtual bool run(Function &fn) = 0;
};

/// Runs a sequence of passes over each function of a module.
class PassManager {
  public:
    /// Appends `pass` to the pipeline.
    void add(std::unique_ptr<Pass> pass) { passes_.push_back(std::move(pass)); }
    /// Verify each function after every pass (for tests and debugging).
    void setVerifyEach(bool on) { verifyEach_ = on; }
    /// Runs the pipeline on every function. Returns false when a verification
    /// after a pass failed; `errors` then names the pass and the problems.
    bool run(Module &module, std::string &errors);
    /// Number of passes.
    size_t size() const { return passes_.size(); }

  private:
    std::vector<std::unique_ptr<Pass>> passes_;
    bool verifyEach_ = false;
};

/// Removes instructions without side effects whose results are unused.
std::unique_ptr<Pass> createDeadCodeElimination();
/// Folds `binary`/`unary` on small `const.int` operands, and `branch` on the
/// truth of a constant.
std::unique_ptr<Pass> createConstantFolding();
/// Removes blocks unreachable from the entry (through jumps, branches and
/// handler edges), fixing up the phis of the remaining blocks.
std::unique_ptr<Pass> createUnreachableBlockElimination();
/// Merges a block ending in `jump` into its successor's predecessor when that
/// successor has no other predecessor and the same handler.
std::unique_ptr<Pass> createBlockMerging();
/// Promotes local slots to SSA values (phis and direct uses) in functions
/// without handler blocks, for slots never deleted and definitely assigned
/// before every load. Run DCE afterwards to drop unneeded phis.
std::unique_ptr<Pass> createSlotPromotion();
/// Narrows the types of values proven to be exact ints or floats (constants,
/// arithmetic on them, phis of them); run after slot promotion.
std::unique_ptr<Pass> createTypeInference();
/// Kinds of values a function cannot infer by itself (parameters, call
/// results, loop items), supplied by a whole-program analysis.
class KindOracle {
  public:
    /// The kind inferred so far for an operand; nullopt while unknown.
    using OperandKind = std::function<std::optional<Type::Kind>(const Instruction *)>;
    virtual ~KindOracle() = default;
    /// The kind of a `param`, `call`, `iter.next`, `global.load` or
    /// `getattr` (nullopt: not known yet, the optimistic start; Object:
    /// anything).
    virtual std::optional<Type::Kind> kindOf(const Instruction &inst,
                                             const OperandKind &operandKind) const = 0;
    /// True when the program proves the numeric closure (ProgramFacts.h):
    /// `float OP object` (float on the left) is then a float for
    /// + - * / // %.
    virtual bool numericClosure() const { return false; }
    /// True when `object OP float` (float on the right) is a float for
    /// + - * / // (ProgramFacts::forwardClosure).
    virtual bool forwardClosure() const { return false; }
};
/// True when `v`, an exact int or float by `kind`, is never negative (or a
/// NaN): a non-negative constant, `x * x`, sums, products and quotients of
/// such values. `x ** y` of such an `x` is then real for any real `y`.
bool provenNonNegative(const Instruction &v, const KindOracle::OperandKind &kind,
                       unsigned depth = 0);
/// The intra-procedural fixpoint of `infer-types` over `fn` without changing
/// it: the kinds proven for its values (absent: unknown). `oracle` (may be
/// null) types parameters, calls and `iter.next`.
std::unordered_map<const Instruction *, Type::Kind> inferValueKinds(const Function &fn,
                                                                    const KindOracle *oracle);
/// Gives the `int`/`float` kinds of `kinds` to their instructions (of `fn`).
bool applyValueKinds(Function &fn,
                     const std::unordered_map<const Instruction *, Type::Kind> &kinds);
/// Whole-program type inference (ProgramTypes.cpp): parameter and return
/// types of stable functions, results of stable builtins and math functions,
/// range loop items; `global.load`s of stable functions become `func(F)`.
/// Run after optimizeModule on every module. False with `errors` when the
/// verifier rejects the result.
bool inferProgramTypes(const std::vector<Module *> &modules, std::string &errors);
/// Adds the default optimisation pipeline.
void addDefaultPasses(PassManager &pm);
/// Adds the driver's pipeline for optimisation level 0..3 (nothing at 0).
void addPipelineForLevel(PassManager &pm, unsigned optLevel);
/// Runs the driver's pipeline for `optLevel` on `module`, verifying after
/// every pass. False with `errors` naming the pass when verification fails.
bool optimizeModule(Module &module, unsigned optLevel, std::string &errors);

} // namespace krait::ir

#endif // KRAIT_IR_PASSES_PASS_H
