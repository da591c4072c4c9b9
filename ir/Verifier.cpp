//===- Verifier.cpp - Checking IR well-formedness ---------------------------===//
//
// Structure is checked first (terminators, block membership, handlers); the
// dominance check only runs on functions whose structure is sound, because
// the CFG it needs is otherwise meaningless.
//
// Dominance with exception edges: an instruction of block B may raise before
// later instructions of B run, so values defined in B must not be usable in
// B's handler through that edge. The check therefore uses a graph with two
// nodes per block: "entry of B" (which has the exception edge to B's handler)
// and "body of B" (which has the normal edges to B's successors).
//
//===----------------------------------------------------------------------===//

#include "ir/Verifier.h"

#include "ir/Dominators.h"
#include "ir/Printer.h"

#include <algorithm>
#include <bit>
#include <set>
#include <unordered_map>

namespace krait::ir {

namespace {

class FunctionVerifier {
  public:
    FunctionVerifier(const Function &fn, std::string &errors) : fn_(fn), errors_(errors) {
        for (const auto &b : fn.blocks())
            blockIndex_.emplace(b.get(), static_cast<unsigned>(blockIndex_.size()));
    }

    bool run() {
        checkSignature();
        if (fn_.blocks().empty()) {
            fail(nullptr, nullptr, "function has no blocks");
            return ok_;
        }
        bool structureOk = checkStructure();
        for (const auto &b : fn_.blocks())
            for (const auto &inst : b->instructions())
                checkInstruction(*b, *inst);
        if (structureOk) {
            checkHandlers();
            checkPhis();
            checkDominance();
        }
        return ok_;
    }

  private:
    //===--- Reporting ---------------------------------------------------===//

    std::string blockName(const Block *b) const {
        auto it = blockIndex_.find(b);
        return it == blockIndex_.end() ? "bb?" : "bb" + std::to_string(it->second);
    }

    void fail(const Block *b, const Instruction *inst, const std::string &msg) {
        ok_ = false;
        errors_ += "@" + fn_.symbol;
        if (b) errors_ += " " + blockName(b);
        errors_ += ": " + msg;
        if (inst) {
            PrintOptions opts;
            opts.locations = false;
            errors_ += " in '" + toString(*inst, opts) + "'";
        }
        errors_ += "\n";
    }

    bool inFunction(const Block *b) const { return b && blockIndex_.count(b); }

    //===--- Function and block structure --------------------------------===//

    void checkSignature() {
        size_t expected = fn_.nPos + fn_.nKwOnly + (fn_.varargs ? 1 : 0) + (fn_.varkw ? 1 : 0);
        if (fn_.params.size() != expected)
            fail(nullptr, nullptr,
                 "parameter count " + std::to_string(fn_.params.size()) +
                     " does not match nPos + nKwOnly + varargs + varkw = " +
                     std::to_string(expected));
        if (fn_.slots.size() < fn_.params.size() ||
            !std::equal(fn_.params.begin(), fn_.params.end(), fn_.slots.begin()))
            fail(nullptr, nullptr, "the first slots must be the parameters, in order");
        if (fn_.isModuleBody && !fn_.params.empty())
            fail(nullptr, nullptr, "the module body takes no parameters");
    }

    /// Terminators, parents, successor membership. Returns false when the CFG
    /// cannot be trusted.
    bool checkStructure() {
        bool sound = true;
        for (const auto &b : fn_.blocks()) {
            if (b->parent() != &fn_) {
                fail(b.get(), nullptr, "block's parent is another function");
                sound = false;
            }
            if (b->empty()) {
                fail(b.get(), nullptr, "empty block (missing terminator)");
                sound = false;
                continue;
            }
            for (size_t i = 0; i < b->size(); ++i) {
                const Instruction *inst = b->at(i);
                if (inst->parent != b.get())
                    fail(b.get(), inst, "instruction's parent is another block");
                if (inst->isTerminator() && i + 1 != b->size()) {
                    fail(b.get(), inst, "terminator in the middle of the block");
                    sound = false;
                }
            }
            if (!b->back()->isTerminator()) {
                fail(b.get(), b->back(), "block does not end in a terminator");
                sound = false;
            }
            for (const Block *s : b->successors())
                if (!inFunction(s)) {
                    fail(b.get(), b->back(), "successor block is not in this function");
                    sound = false;
                }
            if (b->handler && !inFunction(b->handler)) {
                fail(b.get(), nullptr, "handler block is not in this function");
                sound = false;
            }
        }
        if (sound) {
            auto preds = fn_.predecessors();
            if (preds.count(fn_.entry()))
                fail(fn_.entry(), nullptr, "the entry block has predecessors");
        }
        return sound;
    }

    void checkHandlers() {
        std::set<const Block *> handlers;
        for (const auto &b : fn_.blocks())
            if (b->handler) handlers.insert(b->handler);
        auto preds = fn_.predecessors();
        for (const auto &b : fn_.blocks()) {
            bool isHandler = handlers.count(b.get()) != 0;
            if (isHandler && b->front()->op != Opcode::ExcFetch)
                fail(b.get(), b->front(), "handler block does not start with exc.fetch");
            if (isHandler && preds.count(b.get()))
                fail(b.get(), nullptr,
                     "handler block is also the target of a jump or branch from " +
                         blockName(preds[b.get()].front()));
            if (isHandler && b.get() == fn_.entry())
                fail(b.get(), nullptr, "the entry block cannot be a handler");
            for (size_t i = 0; i < b->size(); ++i) {
                const Instruction *inst = b->at(i);
                if (inst->op == Opcode::ExcFetch && !(isHandler && i == 0))
                    fail(b.get(), inst, "exc.fetch is only allowed first in a handler block");
            }
        }
    }

    void checkPhis() {
        auto preds = fn_.predecessors();
        for (const auto &b : fn_.blocks()) {
            bool leading = true;
            for (const auto &inst : b->instructions()) {
                if (inst->op != Opcode::Phi) {
                    leading = false;
                    continue;
                }
                if (!leading) {
                    fail(b.get(), inst.get(), "phi after a non-phi instruction");
                    continue;
                }
                if (inst->blocks.size() != inst->operands.size()) {
                    fail(b.get(), inst.get(), "phi has a different number of values and blocks");
                    continue;
                }
                std::set<const Block *> incoming;
                for (const Block *in : inst->blocks)
                    if (!incoming.insert(in).second)
                        fail(b.get(), inst.get(),
                             "phi lists predecessor " + blockName(in) + " twice");
                const auto &list = preds[b.get()];
                std::set<const Block *> expected(list.begin(), list.end());
                // Report in layout / operand order so messages are stable.
                for (const Block *p : list)
                    if (!incoming.count(p))
                        fail(b.get(), inst.get(),
                             "phi has no value for predecessor " + blockName(p));
                for (const Block *in : inst->blocks)
                    if (!expected.count(in))
                        fail(b.get(), inst.get(),
                             "phi names " + blockName(in) + ", which is not a predecessor");
            }
        }
    }

    //===--- Dominance ----------------------------------------------------===//

    void checkDominance() {
        const size_t n = fn_.blocks().size();
        std::vector<std::vector<unsigned>> succs(2 * n);
        for (const auto &b : fn_.blocks()) {
            unsigned i = blockIndex_.at(b.get());
            succs[2 * i].push_back(2 * i + 1);
            if (b->handler) succs[2 * i].push_back(2 * blockIndex_.at(b->handler));
            for (const Block *s : b->successors())
                succs[2 * i + 1].push_back(2 * blockIndex_.at(s));
        }
        DominatorTree dom(succs);

        std::unordered_map<const Instruction *, size_t> position;
        for (const auto &b : fn_.blocks())
            for (size_t i = 0; i < b->size(); ++i)
                position[b->at(i)] = i;

        for (const auto &b : fn_.blocks()) {
            unsigned useBlock = blockIndex_.at(b.get());
            if (!dom.isReachable(2 * useBlock)) continue; // Anything dominates unreachable code.
            for (size_t pos = 0; pos < b->size(); ++pos) {
                const Instruction *inst = b->at(pos);
                for (size_t k = 0; k < inst->operands.size(); ++k) {
                    const Instruction *v = inst->operands[k];
                    if (!v || !v->parent || !inFunction(v->parent))
                        continue; // Reported by checkInstruction.
                    unsigned defBlock = blockIndex_.at(v->parent);
                    bool ok;
                    if (inst->op == Opcode::Phi) {
                        // Available at the end of the incoming block.
                        const Block *in = k < inst->blocks.size() ? inst->blocks[k] : nullptr;
                        if (!inFunction(in)) continue;
                        unsigned inBlock = blockIndex_.at(in);
                        ok = !dom.isReachable(2 * inBlock) || defBlock == inBlock ||
                             dom.dominates(2 * defBlock + 1, 2 * inBlock + 1);
                    } else if (defBlock == useBlock) {
                        auto it = position.find(v);
                        ok = it != position.end() && it->second < pos;
                    } else {
                        ok = dom.dominates(2 * defBlock + 1, 2 * useBlock);
                    }
                    if (!ok)
                        fail(b.get(), inst,
                             "operand " + std::to_string(k) + " (defined in " +
                                 blockName(v->parent) + ") does not dominate this use");
                }
            }
        }
    }

    //===--- Per-instruction rules ----------------------------------------===//

    void checkInstruction(const Block &b, const Instruction &inst) {
        checkResultType(b, inst);
        for (size_t k = 0; k < inst.operands.size(); ++k) {
            const Instruction *v = inst.operands[k];
            if (!v) {
                fail(&b, &inst, "operand " + std::to_string(k) + " is null");
                return;
            }
            if (!v->parent || !inFunction(v->parent)) {
                fail(&b, &inst, "operand " + std::to_string(k) + " is not in this function");
                return;
            }
            if (!v->hasResult()) {
                fail(&b, &inst, "operand " + std::to_string(k) + " has no result");
                return;
            }
        }
        checkShape(b, inst);
        checkOperandTypes(b, inst);
    }

    void checkResultType(const Block &b, const Instruction &inst) {
        Type t = inst.type;
        Type def = defaultResultType(inst.op);
        if (!inst.hasResult()) {
            if (!t.isVoid()) fail(&b, &inst, "instruction without result has type " + t.str());
            return;
        }
        if (!t.isValue() && !(def.isUnpacked() && t.isUnpacked()))
            fail(&b, &inst, "result type " + t.str() + " is not a value type");
        else if ((def.isBool() || def.isUnpacked()) && t != def)
            fail(&b, &inst, "result type must be " + def.str() + ", not " + t.str());
        else if (inst.op != Opcode::Phi && !def.isBool() && !def.isUnpacked() && !t.isBoxed())
            fail(&b, &inst, "result type " + t.str() + " is not a boxed type");
    }

    /// Operand and successor counts, immediates.
    void checkShape(const Block &b, const Instruction &inst) {
        const size_t n = inst.operands.size();
        auto count = [&](size_t lo, size_t hi) {
            if (n < lo || n > hi) {
                std::string want =
                    lo == hi ? std::to_string(lo) : std::to_string(lo) + ".." + std::to_string(hi);
                fail(&b, &inst, "expects " + want + " operands, has " + std::to_string(n));
            }
        };
        constexpr size_t Many = ~size_t(0);
        size_t wantBlocks = 0;
        switch (inst.op) {
        case Opcode::ConstInt:
            count(0, 0);
            checkDigits(b, inst);
            break;
        case Opcode::ConstFloat:
        case Opcode::ConstComplex:
        case Opcode::ConstStr:
        case Opcode::ConstBytes:
        case Opcode::ConstNone:
        case Opcode::ConstTrue:
        case Opcode::ConstFalse:
        case Opcode::ConstEllipsis:
        case Opcode::GlobalLoad:
        case Opcode::GlobalDel:
        case Opcode::BuiltinLoad:
        case Opcode::Globals:
        case Opcode::Import:
        case Opcode::ClosureCell:
        case Opcode::ExcFetch:
        case Opcode::Unreachable:
            count(0, 0);
            break;
        case Opcode::Param:
            count(0, 0);
            if (inst.imm < 0 || inst.imm >= fn_.numParams())
                fail(&b, &inst, "parameter index out of range");
            break;
        case Opcode::SlotLoad:
        case Opcode::SlotDel:
            count(0, 0);
            checkSlot(b, inst);
            break;
        case Opcode::SlotStore:
            count(1, 1);
            checkSlot(b, inst);
            break;
        case Opcode::CellNew:
            count(0, 1);
            break;
        case Opcode::Unary:
            count(1, 1);
            if (inst.imm < 0 || inst.imm >= NumUnaryOps)
                fail(&b, &inst, "unknown unary operator " + std::to_string(inst.imm));
            break;
        case Opcode::Binary:
            count(2, 2);
            if (inst.imm < 0 || inst.imm >= NumBinaryOps)
                fail(&b, &inst, "unknown binary operator " + std::to_string(inst.imm));
            break;
        case Opcode::CellLoad:
        case Opcode::CellDel:
        case Opcode::NsLoad:
        case Opcode::NsDel:
        case Opcode::Truth:
        case Opcode::Box:
        case Opcode::GetAttr:
        case Opcode::DelAttr:
        case Opcode::TupleFrom:
        case Opcode::Iter:
        case Opcode::IterNext:
        case Opcode::IsStop:
        case Opcode::Yield:
        case Opcode::YieldFrom:
        case Opcode::ImportFrom:
        case Opcode::ImportStar:
        case Opcode::Return:
        case Opcode::Raise:
        case Opcode::Reraise:
            count(1, 1);
            break;
        case Opcode::CellStore:
        case Opcode::GlobalStore:
            count(inst.op == Opcode::GlobalStore ? 1 : 2, inst.op == Opcode::GlobalStore ? 1 : 2);
            break;
        case Opcode::NsStore:
        case Opcode::GetItem:
        case Opcode::DelItem:
        case Opcode::SetAttr:
        case Opcode::ListAppend:
        case Opcode::ListExtend:
        case Opcode::SetAdd:
        case Opcode::DictUpdate:
        case Opcode::ExcMatch:
        case Opcode::RaiseFrom:
            count(2, 2);
            break;
        case Opcode::SetItem:
        case Opcode::BuildSlice:
            count(3, 3);
            break;
        case Opcode::BuildTuple:
        case Opcode::BuildList:
        case Opcode::BuildSet:
        case Opcode::BuildString:
            break;
        case Opcode::BuildDict:
            if (n % 2) fail(&b, &inst, "build.dict needs an even number of operands");
            break;
        case Opcode::Unpack:
            count(1, 1);
            if (inst.imm < 0) fail(&b, &inst, "negative unpack count");
            break;
        case Opcode::UnpackEx:
            count(1, 1);
            if (inst.imm < 0 || inst.imm2 < 0) fail(&b, &inst, "negative unpack count");
            break;
        case Opcode::Extract:
            count(1, 1);
            checkExtract(b, inst);
            break;
        case Opcode::Call:
            count(1, Many);
            break;
        case Opcode::CallKw:
            count(1, Many);
            if (n >= 1 && inst.names.size() > n - 1)
                fail(&b, &inst, "call.kw has more keyword names than arguments");
            break;
        case Opcode::CallEx:
            count(2, 3);
            break;
        case Opcode::MakeFunction:
            checkMakeFunction(b, inst);
            break;
        case Opcode::MakeClass:
            count(1, Many);
            break;
        case Opcode::Format:
            count(1, 2);
            if (inst.imm < 0 || inst.imm > 2)
                fail(&b, &inst, "format conversion must be 0, 1 or 2");
            break;
        case Opcode::Phi:
            wantBlocks = inst.blocks.size();
            break; // checked by checkPhis
        case Opcode::Jump:
            count(0, 0);
            wantBlocks = 1;
            break;
        case Opcode::Branch:
            count(1, 1);
            wantBlocks = 2;
            break;
        case Opcode::AssertFail:
            count(0, 1);
            break;
        }
        if (inst.blocks.size() != wantBlocks)
            fail(&b, &inst,
                 "expects " + std::to_string(wantBlocks) + " block references, has " +
                     std::to_string(inst.blocks.size()));
        if ((inst.op == Opcode::Yield || inst.op == Opcode::YieldFrom) && !fn_.generator)
            fail(&b, &inst, "yield in a function that is not a generator");
    }

    void checkDigits(const Block &b, const Instruction &inst) {
        const std::string &s = inst.str;
        size_t start = !s.empty() && s[0] == '-' ? 1 : 0;
        bool ok = s.size() > start && std::all_of(s.begin() + static_cast<long>(start), s.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; });
        if (!ok) fail(&b, &inst, "const.int needs decimal digits");
    }

    void checkSlot(const Block &b, const Instruction &inst) {
        if (inst.imm < 0 || inst.imm >= fn_.numSlots())
            fail(&b, &inst,
                 "slot index " + std::to_string(inst.imm) + " out of range (function has " +
                     std::to_string(fn_.numSlots()) + " slots)");
    }

    void checkExtract(const Block &b, const Instruction &inst) {
        const Instruction *u = inst.operands.empty() ? nullptr : inst.operands[0];
        if (!u) return;
        int64_t size = -1;
        if (u->op == Opcode::Unpack)
            size = u->imm;
        else if (u->op == Opcode::UnpackEx)
            size = u->imm + 1 + u->imm2;
        if (size >= 0 && (inst.imm < 0 || inst.imm >= size))
            fail(&b, &inst,
                 "extract index " + std::to_string(inst.imm) + " out of range (unpack of " +
                     std::to_string(size) + ")");
    }

    void checkMakeFunction(const Block &b, const Instruction &inst) {
        int64_t flags = inst.imm;
        if (flags & ~int64_t(MF_Defaults | MF_KwDefaults | MF_Closure))
            fail(&b, &inst, "unknown make.function flags");
        size_t expected = std::popcount(static_cast<uint64_t>(flags & 7));
        if (inst.operands.size() != expected)
            fail(&b, &inst,
                 "make.function flags announce " + std::to_string(expected) + " operands, has " +
                     std::to_string(inst.operands.size()));
        const Module *m = fn_.parent();
        if (!inst.callee)
            fail(&b, &inst, "make.function without a function");
        else if (m && m->indexOf(inst.callee) < 0)
            fail(&b, &inst, "make.function names a function of another module");
        else if (inst.callee->isModuleBody)
            fail(&b, &inst, "make.function cannot name the module body");
    }

    /// `branch` takes a bool, `box` a bool, `extract` an unpacked value, phi
    /// inputs are subtypes of the phi's type with the same representation;
    /// every other operand is boxed.
    void checkOperandTypes(const Block &b, const Instruction &inst) {
        for (size_t k = 0; k < inst.operands.size(); ++k) {
            const Instruction *v = inst.operands[k];
            if (!v) return;
            Type t = v->type;
            std::string what = "operand " + std::to_string(k) + " has type " + t.str();
            switch (inst.op) {
            case Opcode::Branch:
            case Opcode::Box:
                if (!t.isBool()) fail(&b, &inst, what + ", expected bool");
                break;
            case Opcode::Extract:
                if (!t.isUnpacked()) fail(&b, &inst, what + ", expected unpacked");
                break;
            case Opcode::Phi:
                if (!t.isValue() || t.isBool() != inst.type.isBool() || !t.isSubtypeOf(inst.type))
                    fail(&b, &inst, what + ", which does not fit phi type " + inst.type.str());
                break;
            default:
                if (!t.isBoxed()) fail(&b, &inst, what + ", expected a boxed value");
            }
        }
    }

    const Function &fn_;
    std::string &errors_;
    bool ok_ = true;
    std::unordered_map<const Block *, unsigned> blockIndex_;
};

} // namespace

bool verify(const Function &fn, std::string &errors) {
    return FunctionVerifier(fn, errors).run();
}

bool verify(const Module &module, std::string &errors) {
    bool ok = true;
    if (!module.body() || !module.body()->isModuleBody) {
        errors += "module has no module body as its first function\n";
        ok = false;
    }
    for (size_t i = 0; i < module.functions().size(); ++i) {
        const Function &fn = *module.functions()[i];
        if (fn.parent() != &module) {
            errors += "@" + fn.symbol + ": function's parent is another module\n";
            ok = false;
        }
        if (i > 0 && fn.isModuleBody) {
            errors += "@" + fn.symbol + ": only the first function may be the module body\n";
            ok = false;
        }
        ok &= verify(fn, errors);
    }
    return ok;
}

} // namespace krait::ir
