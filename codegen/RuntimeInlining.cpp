//===- codegen/RuntimeInlining.cpp - runtime bodies for the inliner -------===//

#include "codegen/RuntimeInlining.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/AttributeMask.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>
#include <mutex>

using namespace llvm;

namespace krait::codegen {

namespace {

/// The contents of `path`, read on first use and kept for the rest of the
/// process: every module of a program (and every thread compiling one)
/// parses its own lazy copy from the same bytes.
Expected<MemoryBufferRef> bitcodeFile(const std::string &path) {
    static std::mutex lock;
    static StringMap<std::unique_ptr<MemoryBuffer>> files;
    std::lock_guard<std::mutex> guard(lock);
    std::unique_ptr<MemoryBuffer> &slot = files[path];
    if (!slot) {
        ErrorOr<std::unique_ptr<MemoryBuffer>> buffer = MemoryBuffer::getFile(path);
        if (!buffer) return errorCodeToError(buffer.getError());
        slot = std::move(*buffer);
    }
    return slot->getMemBufferRef();
}

/// Whether a copy of `gv` in another module behaves like the original: its
/// address is not significant (nothing can tell two copies apart).
bool copyIsInvisible(const GlobalValue &gv) {
    return gv.hasLocalLinkage() ? gv.hasAtLeastLocalUnnamedAddr() : gv.hasGlobalUnnamedAddr();
}

/// Definitions that travel with an imported body (copied as internal):
/// the runtime's internal helpers and constants, and ODR definitions (C++
/// inline functions), of which any copy is as good as another.
bool isCopiedWithBody(const GlobalValue &gv) {
    if (gv.isDeclaration()) return false;
    return gv.hasLocalLinkage() || gv.hasLinkOnceODRLinkage() || gv.hasWeakODRLinkage();
}

/// A definition that is only ever the runtime's one: a strong external
/// function (weak ones may be replaced at link time, e.g. by the program),
/// worth inlining (not an error path: cold or noreturn).
bool isImportableRoot(const Function &fn) {
    return !fn.isDeclaration() && fn.hasExternalLinkage() && !fn.isVarArg() &&
           !fn.hasFnAttribute(Attribute::NoInline) && !fn.hasFnAttribute(Attribute::OptimizeNone) &&
           !fn.hasFnAttribute(Attribute::Naked) && !fn.hasFnAttribute(Attribute::Cold) &&
           !fn.hasFnAttribute(Attribute::NoReturn);
}

/// What one runtime definition needs, computed once per parse.
struct Facts {
    bool blocked = false;               ///< can never be copied
    unsigned instructions = 0;          ///< body size (0 for data)
    SmallVector<GlobalValue *, 8> refs; ///< globals its body or initializer names
};

/// Every global value `c` names, through constant expressions and aggregates.
void collectRefs(Constant *c, SmallPtrSetImpl<Constant *> &seen,
                 SmallVectorImpl<GlobalValue *> &refs, bool &blocked) {
    if (!seen.insert(c).second) return;
    if (auto *gv = dyn_cast<GlobalValue>(c)) {
        refs.push_back(gv);
        return;
    }
    // A block address pins a block of one particular function.
    if (isa<BlockAddress>(c) || isa<DSOLocalEquivalent>(c) || isa<NoCFIValue>(c)) {
        blocked = true;
        return;
    }
    for (Use &op : c->operands())
        if (auto *inner = dyn_cast<Constant>(op.get())) collectRefs(inner, seen, refs, blocked);
}

/// Chooses what to import from the lazily loaded runtime module `src`.
class ImportPlanner {
  public:
    ImportPlanner(Module &src, const RuntimeInliningOptions &options)
        : src(src), options(options) {}

    /// Plan the import for the runtime functions named in `wanted`. Fills
    /// `roots` (the external functions made available) and `copies` (what
    /// they need).
    Error plan(ArrayRef<StringRef> wanted) {
        SmallVector<Function *, 64> frontier;
        for (StringRef name : wanted)
            if (Function *def = src.getFunction(name)) frontier.push_back(def);
        for (unsigned depth = 1; depth <= options.maxDepth && !frontier.empty(); ++depth) {
            SmallVector<Function *, 64> next;
            for (Function *fn : frontier) {
                if (!considered.insert(fn).second || !isImportableRoot(*fn)) continue;
                SmallVector<GlobalValue *, 8> needed;
                SmallVector<Function *, 8> callees;
                Expected<bool> fits = closure(*fn, needed, callees);
                if (!fits) return fits.takeError();
                if (!*fits) continue;
                roots.insert(fn);
                copies.insert(needed.begin(), needed.end());
                next.append(callees.begin(), callees.end());
            }
            frontier = std::move(next);
        }
        return Error::success();
    }

    SmallPtrSet<GlobalValue *, 32> roots;  ///< imported as available_externally
    SmallPtrSet<GlobalValue *, 32> copies; ///< copied as internal

  private:
    /// The definitions `root` needs copied with it (`needed`) and the
    /// external functions it calls (`callees`); false when it reaches
    /// something that cannot be copied or grows past the size limit.
    Expected<bool> closure(Function &root, SmallVectorImpl<GlobalValue *> &needed,
                           SmallVectorImpl<Function *> &callees) {
        SmallPtrSet<GlobalValue *, 16> seen{&root};
        SmallVector<GlobalValue *, 16> work{&root};
        unsigned size = 0;
        while (!work.empty()) {
            GlobalValue *gv = work.pop_back_val();
            Expected<const Facts *> facts = factsFor(*gv);
            if (!facts) return facts.takeError();
            if ((*facts)->blocked) return false;
            size += (*facts)->instructions;
            if (size > options.maxInstructions) return false;
            for (GlobalValue *ref : (*facts)->refs) {
                if (isa<GlobalAlias>(ref) || isa<GlobalIFunc>(ref)) return false;
                if (isCopiedWithBody(*ref)) {
                    if (!copyIsInvisible(*ref)) return false;
                    if (seen.insert(ref).second) {
                        work.push_back(ref);
                        needed.push_back(ref);
                    }
                } else if (auto *fn = dyn_cast<Function>(ref)) {
                    if (isImportableRoot(*fn)) callees.push_back(fn);
                }
            }
        }
        return true;
    }

    /// The facts of one definition, materialising a function's body.
    Expected<const Facts *> factsFor(GlobalValue &gv) {
        auto [it, inserted] = facts.try_emplace(&gv);
        Facts &f = it->second;
        if (!inserted) return &f;
        SmallPtrSet<Constant *, 16> seen;
        if (auto *var = dyn_cast<GlobalVariable>(&gv)) {
            // A mutable static would be a second variable in the copy.
            f.blocked = !var->isConstant() || var->isThreadLocal() || !var->hasInitializer();
            if (!f.blocked) collectRefs(var->getInitializer(), seen, f.refs, f.blocked);
            return &f;
        }
        auto *fn = dyn_cast<Function>(&gv);
        if (!fn) {
            f.blocked = true;
            return &f;
        }
        if (Error err = fn->materialize()) return std::move(err);
        for (BasicBlock &block : *fn) {
            for (Instruction &inst : block) {
                ++f.instructions;
                // setjmp-like callees make a body non-inlinable anyway.
                if (auto *call = dyn_cast<CallBase>(&inst))
                    if (call->hasFnAttr(Attribute::ReturnsTwice)) f.blocked = true;
                for (Use &op : inst.operands())
                    if (auto *c = dyn_cast<Constant>(op.get()))
                        collectRefs(c, seen, f.refs, f.blocked);
            }
        }
        if (fn->hasPersonalityFn()) collectRefs(fn->getPersonalityFn(), seen, f.refs, f.blocked);
        return &f;
    }

    Module &src;
    const RuntimeInliningOptions &options;
    DenseMap<GlobalValue *, Facts> facts;
    SmallPtrSet<Function *, 32> considered;
};

/// Leaves in `src` only what the plan imports, so that linking with
/// LinkOnlyNeeded brings exactly that: everything else the destination
/// names becomes a declaration (runtime globals keep their one definition,
/// in the archive), and the module-level metadata (flags, debug units,
/// llvm.used) and inline asm stay behind.
void pruneRuntimeModule(Module &src, const ImportPlanner &plan) {
    SmallVector<GlobalVariable *, 8> appending;
    for (GlobalVariable &var : src.globals())
        if (var.hasAppendingLinkage()) appending.push_back(&var);
    for (GlobalVariable *var : appending)
        var->eraseFromParent();
    while (!src.named_metadata_empty())
        src.eraseNamedMetadata(&*src.named_metadata_begin());
    // Top-level asm (start-up code, trap and semihosting entries) defines
    // symbols: the linker would copy it, and the archive has them already.
    src.setModuleInlineAsm("");

    for (GlobalValue *gv : plan.copies)
        if (!gv->hasLocalLinkage()) {
            gv->setLinkage(GlobalValue::InternalLinkage);
            if (auto *object = dyn_cast<GlobalObject>(gv)) object->setComdat(nullptr);
        }
    for (Function &fn : src.functions()) {
        if (fn.isDeclaration() || fn.hasLocalLinkage() || plan.roots.contains(&fn)) continue;
        fn.deleteBody();
        fn.setComdat(nullptr);
    }
    for (GlobalVariable &var : src.globals()) {
        if (var.isDeclaration() || var.hasLocalLinkage()) continue;
        var.setInitializer(nullptr);
        var.setLinkage(GlobalValue::ExternalLinkage);
        var.setComdat(nullptr);
    }
}

/// Makes an imported function look like the module's own code: no debug
/// information, the target machine's CPU and features (the module's
/// functions carry none either, so the inliner sees identical targets), and
/// builtins allowed (the runtime is built freestanding, which would keep
/// the inliner from merging it into code that is not).
void adoptImportedFunction(Function &fn) {
    stripDebugInfo(fn);
    AttributeMask drop;
    drop.addAttribute("target-cpu");
    drop.addAttribute("target-features");
    drop.addAttribute("tune-cpu");
    drop.addAttribute("no-builtins");
    for (const Attribute &attr : fn.getAttributes().getFnAttrs())
        if (attr.isStringAttribute() && attr.getKindAsString().starts_with("no-builtin-"))
            drop.addAttribute(attr.getKindAsString());
    fn.removeFnAttrs(drop);
}

/// Checks that the runtime bitcode was built for the module's target.
bool sameTarget(const Module &src, const Module &dest, const std::string &path,
                std::string &error) {
    Triple a(src.getTargetTriple()), b(dest.getTargetTriple());
    if (a.getArch() != b.getArch() || a.getSubArch() != b.getSubArch() || a.getOS() != b.getOS() ||
        a.getEnvironment() != b.getEnvironment()) {
        error = "runtime bitcode '" + path + "' is for '" + src.getTargetTriple() + "', not '" +
                dest.getTargetTriple() + "' (rebuild krait, or use --no-runtime-inlining)";
        return false;
    }
    if (src.getDataLayout() != dest.getDataLayout()) {
        error = "runtime bitcode '" + path + "' has the data layout '" + src.getDataLayoutStr() +
                "', not '" + dest.getDataLayoutStr() +
                "' (rebuild krait, or use --no-runtime-inlining)";
        return false;
    }
    return true;
}

/// Collects the linker's error diagnostics (LLVM's default handler would
/// print them and exit).
class ErrorCollector : public DiagnosticHandler {
  public:
    explicit ErrorCollector(std::string &messages) : messages(messages) {}

    bool handleDiagnostics(const DiagnosticInfo &info) override {
        if (info.getSeverity() == DS_Error) {
            raw_string_ostream os(messages);
            DiagnosticPrinterRawOStream printer(os);
            info.print(printer);
            os << "\n";
        }
        return true;
    }

  private:
    std::string &messages;
};

/// Links `src` into `dest` with LinkOnlyNeeded, reporting the linker's
/// errors in `messages`; the context's own handler is restored after.
bool linkNeeded(Module &dest, std::unique_ptr<Module> src, std::string &messages) {
    LLVMContext &ctx = dest.getContext();
    std::unique_ptr<DiagnosticHandler> saved = ctx.getDiagnosticHandler();
    ctx.setDiagnosticHandler(std::make_unique<ErrorCollector>(messages));
    bool failed = Linker::linkModules(dest, std::move(src), Linker::LinkOnlyNeeded);
    ctx.setDiagnosticHandler(std::move(saved));
    return !failed;
}

/// The calls of the module's code to functions it only declares, split by
/// whether they can run many times: inside a loop of the module's code.
/// Only calls in loops are worth inlining runtime code into; elsewhere
/// (module and class bodies, function prologues, straight-line code) it
/// would cost compile time and code size for one run each.
struct CallSites {
    SmallVector<StringRef, 32> inLoops; ///< callees called in a loop, once each
    std::vector<CallBase *> once;       ///< calls outside any loop
    /// Every call in a loop with its loop depth (1: not nested), in order.
    std::vector<std::pair<CallBase *, unsigned>> loopCalls;
};

CallSites findCallSites(Module &module) {
    CallSites sites;
    StringSet<> seen;
    for (Function &fn : module.functions()) {
        if (fn.isDeclaration()) continue;
        std::optional<DominatorTree> dom;
        std::optional<LoopInfo> loops;
        for (BasicBlock &block : fn) {
            for (Instruction &inst : block) {
                auto *call = dyn_cast<CallBase>(&inst);
                Function *callee = call ? call->getCalledFunction() : nullptr;
                if (!callee || !callee->isDeclaration() || callee->isIntrinsic()) continue;
                if (!loops) {
                    dom.emplace(fn);
                    loops.emplace(*dom);
                }
                unsigned depth = loops->getLoopDepth(&block);
                if (depth == 0) {
                    sites.once.push_back(call);
                    continue;
                }
                sites.loopCalls.push_back({call, depth});
                if (seen.insert(callee->getName()).second)
                    sites.inLoops.push_back(callee->getName());
            }
        }
    }
    return sites;
}

/// Keeps at most `budget` of the loop calls of imported functions
/// inlinable, the most deeply nested first (the earlier in the module among
/// equals); the rest get a call-site `noinline`. Inlining a runtime body
/// pays where a loop runs it many times, and costs compile time at every
/// site: a large program with hundreds of such sites spends its budget on
/// its inner loops.
void limitLoopSites(CallSites &sites, ArrayRef<std::string> rootNames, unsigned budget) {
    std::vector<std::pair<CallBase *, unsigned>> candidates;
    for (const auto &[call, depth] : sites.loopCalls) {
        Function *callee = call->getCalledFunction();
        if (callee && std::binary_search(rootNames.begin(), rootNames.end(), callee->getName()))
            candidates.push_back({call, depth});
    }
    if (candidates.size() <= budget) return;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    for (size_t i = budget; i < candidates.size(); ++i)
        candidates[i].first->setIsNoInline();
}

} // namespace

bool importRuntimeBodies(Module &module, const std::string &bitcodePath, std::string &error,
                         RuntimeInliningResult *result, const RuntimeInliningOptions &options) {
    Expected<MemoryBufferRef> bytes = bitcodeFile(bitcodePath);
    if (!bytes) {
        error =
            "cannot read the runtime bitcode '" + bitcodePath + "': " + toString(bytes.takeError());
        return false;
    }
    LLVMContext &ctx = module.getContext();
    Expected<std::unique_ptr<Module>> lazy = getLazyBitcodeModule(*bytes, ctx);
    if (!lazy) {
        error =
            "cannot read the runtime bitcode '" + bitcodePath + "': " + toString(lazy.takeError());
        return false;
    }
    std::unique_ptr<Module> src = std::move(*lazy);
    if (!sameTarget(*src, module, bitcodePath, error)) return false;

    CallSites sites = findCallSites(module);
    ImportPlanner plan(*src, options);
    if (Error err = plan.plan(sites.inLoops)) {
        error =
            "cannot read the runtime bitcode '" + bitcodePath + "': " + toString(std::move(err));
        return false;
    }
    if (plan.roots.empty()) return true;

    std::vector<std::string> rootNames;
    for (GlobalValue *gv : plan.roots)
        rootNames.push_back(gv->getName().str());
    std::sort(rootNames.begin(), rootNames.end());
    pruneRuntimeModule(*src, plan);

    SmallPtrSet<const GlobalValue *, 32> before;
    for (const GlobalValue &gv : module.global_values())
        if (!gv.isDeclaration()) before.insert(&gv);
    std::string linkErrors;
    if (!linkNeeded(module, std::move(src), linkErrors)) {
        error =
            "internal error: cannot link the runtime bitcode '" + bitcodePath + "': " + linkErrors;
        return false;
    }

    std::string problems;
    raw_string_ostream os(problems);
    for (Function &fn : module.functions()) {
        if (fn.isDeclaration() || before.contains(&fn)) continue;
        adoptImportedFunction(fn);
        if (std::binary_search(rootNames.begin(), rootNames.end(), fn.getName().str())) {
            fn.setLinkage(GlobalValue::AvailableExternallyLinkage);
            fn.setComdat(nullptr);
        }
        // The rest of the module was verified before: check what came in.
        if (verifyFunction(fn, &os)) {
            error = "internal error: importing the runtime bitcode '" + bitcodePath +
                    "' made invalid LLVM IR:\n" + problems;
            return false;
        }
    }
    for (GlobalVariable &var : module.globals())
        if (!var.isDeclaration() && !before.contains(&var)) var.eraseMetadata(LLVMContext::MD_dbg);
    // The calls that run once stay calls (available_externally callees are
    // no longer declarations, so check the linkage).
    for (CallBase *call : sites.once)
        if (Function *callee = call->getCalledFunction())
            if (callee->hasAvailableExternallyLinkage()) call->setIsNoInline();
    limitLoopSites(sites, rootNames, options.maxLoopSites);
    if (result) result->imported = std::move(rootNames);
    return true;
}

} // namespace krait::codegen
