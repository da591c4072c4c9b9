//===- codegen/Target.cpp - LLVM target setup -----------------------------===//

#include "codegen/Target.h"

#include "llvm/MC/TargetRegistry.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Triple.h"

#include <mutex>

extern "C" {
#define KRAIT_DECLARE_TARGET(T)                                                                    \
    void LLVMInitialize##T##TargetInfo();                                                          \
    void LLVMInitialize##T##Target();                                                              \
    void LLVMInitialize##T##TargetMC();                                                            \
    void LLVMInitialize##T##AsmPrinter();                                                          \
    void LLVMInitialize##T##AsmParser();
KRAIT_DECLARE_TARGET(X86)
KRAIT_DECLARE_TARGET(ARM)
KRAIT_DECLARE_TARGET(RISCV)
#undef KRAIT_DECLARE_TARGET
}

using namespace llvm;

namespace krait::codegen {

void initializeTargets() {
    static std::once_flag once;
    std::call_once(once, [] {
#define KRAIT_INIT_TARGET(T)                                                                       \
    LLVMInitialize##T##TargetInfo();                                                               \
    LLVMInitialize##T##Target();                                                                   \
    LLVMInitialize##T##TargetMC();                                                                 \
    LLVMInitialize##T##AsmPrinter();                                                               \
    LLVMInitialize##T##AsmParser();
        KRAIT_INIT_TARGET(X86)
        KRAIT_INIT_TARGET(ARM)
        KRAIT_INIT_TARGET(RISCV)
#undef KRAIT_INIT_TARGET
    });
}

bool isHostedTriple(const std::string &triple) {
    Triple t(triple);
    // "none" (bare metal) parses as UnknownOS.
    return t.getOS() != Triple::UnknownOS;
}

TargetSpec defaultSpecFor(const std::string &triple) {
    TargetSpec spec;
    // Normalised, so short spellings ("x86_64-linux") still name their OS.
    spec.triple = Triple::normalize(triple);
    spec.pic = isHostedTriple(spec.triple);
    return spec;
}

std::unique_ptr<TargetMachine> createTargetMachine(const TargetSpec &spec, std::string &error) {
    initializeTargets();
    std::string lookupError;
    const llvm::Target *target = TargetRegistry::lookupTarget(spec.triple, lookupError);
    if (!target) {
        error = "unknown target '" + spec.triple + "': " + lookupError;
        return nullptr;
    }
    TargetOptions options;
    Triple triple(spec.triple);
    // Hard-float ARM triples (…eabihf) pass floats in VFP registers.
    if (triple.getEnvironment() == Triple::EABIHF || triple.getEnvironment() == Triple::GNUEABIHF)
        options.FloatABIType = FloatABI::Hard;
    // Each function and constant in its own section lets the linker drop what
    // the program never uses (important for firmware size).
    options.FunctionSections = true;
    options.DataSections = true;
    CodeGenOptLevel level = CodeGenOptLevel::Default;
    switch (spec.optLevel) {
    case 0:
        level = CodeGenOptLevel::None;
        break;
    case 1:
        level = CodeGenOptLevel::Less;
        break;
    case 2:
        level = CodeGenOptLevel::Default;
        break;
    default:
        level = CodeGenOptLevel::Aggressive;
        break;
    }
    Reloc::Model reloc = spec.pic ? Reloc::PIC_ : Reloc::Static;
    std::unique_ptr<TargetMachine> machine(target->createTargetMachine(
        spec.triple, spec.cpu, spec.features, options, reloc, std::nullopt, level));
    if (!machine) {
        error = "cannot create a target machine for '" + spec.triple + "'";
        return nullptr;
    }
    return machine;
}

} // namespace krait::codegen
