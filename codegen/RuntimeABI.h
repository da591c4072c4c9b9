//===- codegen/RuntimeABI.h - runtime declarations in LLVM IR ---*- C++ -*-===//
//
// Declares the runtime's C ABI (runtime/runtime.h, listed in RuntimeABI.def)
// in an llvm::Module on first use, sized for the module's data layout so the
// same code serves 64-bit and 32-bit targets.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_RUNTIMEABI_H
#define KRAIT_CODEGEN_RUNTIMEABI_H

#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Module.h"

#include <array>
#include <cstddef>

namespace krait::codegen {

/// Every runtime function in RuntimeABI.def.
enum class RtFn : unsigned {
#define RT_FUNC(name, ret, params) name,
#include "codegen/RuntimeABI.def"
};

/// Every runtime global in RuntimeABI.def.
enum class RtGlobal : unsigned {
#define RT_GLOBAL(name, type) name,
#include "codegen/RuntimeABI.def"
};

/// Number of entries in each table.
constexpr std::size_t NumRtFns = 0
#define RT_FUNC(name, ret, params) +1
#include "codegen/RuntimeABI.def"
    ;
constexpr std::size_t NumRtGlobals = 0
#define RT_GLOBAL(name, type) +1
#include "codegen/RuntimeABI.def"
    ;

/// Word indices of the fields of `struct kr_function` (runtime/function.h)
/// that codegen accesses directly: it stores the closure and keyword defaults
/// after kr_function_new (the C ABI has no setter; the struct documents
/// `closure` as codegen's to fill) and reads `info` to guard direct calls.
/// tests/unit/codegen checks these against function.h.
inline constexpr unsigned KrFunctionInfoWord = 1;
inline constexpr unsigned KrFunctionKwDefaultsWord = 4;
inline constexpr unsigned KrFunctionClosureWord = 6;

/// Word indices of the fields of `struct kr_list` (runtime/list.h) and
/// `struct kr_tuple` (runtime/tuple.h) that inline subscripts read: the length,
/// the list's item pointer, the tuple's first inline item. tests/unit/codegen
/// checks them against the headers.
inline constexpr unsigned KrSeqLenWord = 1;
inline constexpr unsigned KrListItemsWord = 3;
inline constexpr unsigned KrTupleItemsWord = 2;

/// The C name of a runtime function / global.
const char *rtFnName(RtFn fn);
const char *rtGlobalName(RtGlobal g);

/// Lazily declares runtime functions and globals in one module. The module's
/// data layout must be set before construction (it fixes the value width).
class RuntimeABI {
  public:
    explicit RuntimeABI(llvm::Module &module);

    /// The declaration of `fn`, created on first request.
    llvm::Function *get(RtFn fn);
    /// The declaration of `g`, created on first request.
    llvm::GlobalVariable *global(RtGlobal g);
    /// The address of `g` as a value word (ptrtoint), e.g. kr_None.
    llvm::Constant *globalAsValue(RtGlobal g);

    /// kr_value: the pointer-sized integer of the data layout.
    llvm::IntegerType *valueType() const { return valueTy; }
    /// size_t; the same width as kr_value on every supported target.
    llvm::IntegerType *sizeType() const { return valueTy; }
    /// C int.
    llvm::IntegerType *int32Type() const { return llvm::Type::getInt32Ty(module.getContext()); }
    /// Opaque pointer in address space 0.
    llvm::PointerType *ptrType() const { return llvm::PointerType::get(module.getContext(), 0); }
    /// The code entry type `kr_value (kr_value self, kr_value *slots)`.
    llvm::FunctionType *codeFnType() const;
    /// The module these declarations live in.
    llvm::Module &getModule() const { return module; }

  private:
    llvm::FunctionType *signature(RtFn fn) const;

    llvm::Module &module;
    llvm::IntegerType *valueTy;
    std::array<llvm::Function *, NumRtFns> fns{};
    std::array<llvm::GlobalVariable *, NumRtGlobals> globals{};
};

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_RUNTIMEABI_H
