//===- codegen/ObjectWriter.cpp - object, assembly and IR output ----------===//

#include "codegen/ObjectWriter.h"

#include "llvm/IR/LegacyPassManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace krait::codegen {

namespace {

/// Write to any stream. LLVM 19 still drives instruction selection and the
/// MC layer through the legacy pass manager.
bool emitToStream(Module &module, TargetMachine &machine, EmitKind kind, raw_pwrite_stream &os,
                  std::string &error) {
    if (kind == EmitKind::LLVMIR) {
        module.print(os, nullptr);
        return true;
    }
    legacy::PassManager passes;
    CodeGenFileType type =
        kind == EmitKind::Object ? CodeGenFileType::ObjectFile : CodeGenFileType::AssemblyFile;
    if (machine.addPassesToEmitFile(passes, os, nullptr, type)) {
        error = "the target '" + machine.getTargetTriple().str() + "' cannot emit this file type";
        return false;
    }
    passes.run(module);
    return true;
}

} // namespace

bool emitToBuffer(Module &module, TargetMachine &machine, EmitKind kind, SmallVectorImpl<char> &out,
                  std::string &error) {
    raw_svector_ostream os(out);
    return emitToStream(module, machine, kind, os, error);
}

bool emitToFile(Module &module, TargetMachine &machine, EmitKind kind, const std::string &path,
                std::string &error) {
    std::error_code ec;
    sys::fs::OpenFlags flags = kind == EmitKind::Object ? sys::fs::OF_None : sys::fs::OF_Text;
    ToolOutputFile file(path, ec, flags);
    if (ec) {
        error = "cannot open '" + path + "': " + ec.message();
        return false;
    }
    if (!emitToStream(module, machine, kind, file.os(), error)) return false;
    file.os().flush();
    if (file.os().has_error()) {
        error = "cannot write '" + path + "': " + file.os().error().message();
        file.os().clear_error();
        return false;
    }
    file.keep();
    return true;
}

} // namespace krait::codegen
