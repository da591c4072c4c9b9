//===- driver/BindgenDecls.cpp - declarations for krait bindgen -----------===//

#include "driver/BindgenDecls.h"

#include <clang/AST/APValue.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/SmallString.h>

#include <set>

namespace krait {

namespace {

/// The annotation of a typedef whose name says more than its canonical type
/// (`int64_t` is `long` on one target and `long long` on another), or "".
std::string typedefAnnotation(llvm::StringRef name) {
    if (name == "size_t" || name == "uintptr_t") return "c_size_t";
    if (name == "ssize_t" || name == "ptrdiff_t" || name == "intptr_t") return "c_ssize_t";
    for (const char *bits : {"8", "16", "32", "64"}) {
        if (name == std::string("int") + bits + "_t") return std::string("c_int") + bits;
        if (name == std::string("uint") + bits + "_t") return std::string("c_uint") + bits;
    }
    return "";
}

/// The annotation of a builtin type, or "".
const char *builtinAnnotation(clang::BuiltinType::Kind kind) {
    using K = clang::BuiltinType::Kind;
    switch (kind) {
    case K::Bool:
        return "bool";
    case K::Char_S:
    case K::SChar:
        return "c_int8";
    case K::Char_U:
    case K::UChar:
        return "c_uint8";
    case K::Short:
        return "c_int16";
    case K::UShort:
        return "c_uint16";
    case K::Int:
        return "int";
    case K::UInt:
        return "c_uint32";
    case K::Long:
        return "c_long";
    case K::ULong:
        return "c_ulong";
    case K::LongLong:
        return "c_int64";
    case K::ULongLong:
        return "c_uint64";
    case K::Float:
        return "c_float";
    case K::Double:
        return "float";
    default:
        return "";
    }
}

/// The annotation for a C type, or "" with `why` set when the FFI cannot
/// pass it. `result` allows void and disallows bytes.
std::string annotation(clang::ASTContext &ctx, clang::QualType type, bool result,
                       std::string &why) {
    // Through the typedefs, outermost first: `typedef int32_t s32` is c_int32.
    for (clang::QualType t = type; const auto *tt = t->getAs<clang::TypedefType>();
         t = tt->desugar()) {
        std::string a = typedefAnnotation(tt->getDecl()->getName());
        if (!a.empty()) return a;
    }
    clang::QualType c = type.getCanonicalType();
    if (c->isVoidType() && result) return "None";
    if (const auto *bt = llvm::dyn_cast<clang::BuiltinType>(c)) {
        if (const char *a = builtinAnnotation(bt->getKind()); *a) return a;
    } else if (c->isEnumeralType()) {
        return "int";
    } else if (const auto *pt = llvm::dyn_cast<clang::PointerType>(c)) {
        clang::QualType pointee = pt->getPointeeType();
        if (pointee->isSpecificBuiltinType(clang::BuiltinType::Char_S) ||
            pointee->isSpecificBuiltinType(clang::BuiltinType::Char_U))
            return "str";
        if (!result && pointee.isConstQualified() &&
            (pointee->isSpecificBuiltinType(clang::BuiltinType::UChar) ||
             pointee->isSpecificBuiltinType(clang::BuiltinType::SChar)))
            return "bytes";
        if (pointee->isFunctionType()) {
            why = "function pointer";
            return "";
        }
        return "c_void_p"; // structs and everything else: an opaque address
    } else if (c->isRecordType()) {
        why = "struct or union passed by value";
        return "";
    }
    why = "type '" + type.getAsString(ctx.getPrintingPolicy()) + "'";
    return "";
}

/// Whether a typedef names a struct or union, or a pointer to one (a handle).
bool namesRecord(clang::QualType type) {
    clang::QualType c = type.getCanonicalType();
    if (const auto *pt = llvm::dyn_cast<clang::PointerType>(c)) c = pt->getPointeeType();
    return c->isRecordType();
}

/// Visits the file-scope declarations and keeps those written in the main
/// file. A C header's names all live at file scope, in the translation unit
/// or (enumerators, nested structs) in a tag declared there, so a walk over
/// those contexts sees them all; RecursiveASTVisitor would also visit every
/// type and expression, and weighs 170 KB of code.
class Collector {
  public:
    Collector(clang::ASTContext &ctx, std::vector<BindgenEntry> &entries)
        : ctx(ctx), sm(ctx.getSourceManager()), entries(entries) {}

    void visit(clang::Decl *d) {
        if (auto *fd = llvm::dyn_cast<clang::FunctionDecl>(d)) {
            function(fd);
        } else if (auto *vd = llvm::dyn_cast<clang::VarDecl>(d)) {
            variable(vd);
        } else if (auto *td = llvm::dyn_cast<clang::TypedefNameDecl>(d)) {
            typedefName(td);
        } else if (auto *ed = llvm::dyn_cast<clang::EnumDecl>(d)) {
            for (clang::EnumConstantDecl *ec : ed->enumerators())
                enumerator(ec);
        } else if (auto *rd = llvm::dyn_cast<clang::RecordDecl>(d)) {
            record(rd);
            for (clang::Decl *inner : rd->decls())
                visit(inner);
        }
    }

  private:
    clang::ASTContext &ctx;
    clang::SourceManager &sm;
    std::vector<BindgenEntry> &entries;

    bool function(clang::FunctionDecl *fd) {
        if (!inMainFile(fd->getLocation())) return true;
        std::string name = fd->getNameAsString();
        unsigned at = offset(fd->getLocation());
        if (fd->getStorageClass() == clang::SC_Static || !fd->isExternallyVisible())
            return skip(at, name, "static");
        const auto *proto = fd->getType()->getAs<clang::FunctionProtoType>();
        if (proto && proto->isVariadic()) return skip(at, name, "variadic");
        std::string why;
        std::string res = annotation(ctx, fd->getReturnType(), true, why);
        if (res.empty()) return skip(at, name, "result is a " + why);
        std::string params;
        std::set<std::string> used;
        for (unsigned i = 0; i < fd->getNumParams(); ++i) {
            const clang::ParmVarDecl *p = fd->getParamDecl(i);
            std::string pname = p->getNameAsString();
            if (pname.empty() || isPythonReserved(pname) || !isPythonIdentifier(pname) ||
                used.count(pname))
                pname = "arg" + std::to_string(i);
            used.insert(pname);
            // The parameter's type as adjusted: arrays and functions are pointers.
            std::string ann = annotation(ctx, p->getType(), false, why);
            if (ann.empty()) return skip(at, name, "parameter " + pname + " is a " + why);
            params += (i ? ", " : "") + pname + ": " + ann;
        }
        entries.push_back({BindgenEntry::Function, at, name, "(" + params + ") -> " + res});
        return true;
    }

    bool enumerator(clang::EnumConstantDecl *ec) {
        if (!inMainFile(ec->getLocation())) return true;
        llvm::SmallString<24> value;
        ec->getInitVal().toString(value, 10);
        entries.push_back({BindgenEntry::Constant, offset(ec->getLocation()), ec->getNameAsString(),
                           std::string(value)});
        return true;
    }

    bool record(clang::RecordDecl *rd) {
        // Anonymous ones are named by their typedef (typedefName).
        if (inMainFile(rd->getLocation()) && !rd->getName().empty())
            entries.push_back(
                {BindgenEntry::Opaque, offset(rd->getLocation()), rd->getNameAsString(), ""});
        return true;
    }

    bool typedefName(clang::TypedefNameDecl *td) {
        if (inMainFile(td->getLocation()) && namesRecord(td->getUnderlyingType()))
            entries.push_back(
                {BindgenEntry::Opaque, offset(td->getLocation()), td->getNameAsString(), ""});
        return true;
    }

    /// A const integer variable with a constant initialiser is a constant
    /// (`static const int LIMIT = 10;`); other variables cannot be declared.
    bool variable(clang::VarDecl *vd) {
        if (!vd->isFileVarDecl() || !inMainFile(vd->getLocation())) return true;
        unsigned at = offset(vd->getLocation());
        std::string name = vd->getNameAsString();
        if (vd->getType().isConstQualified() && vd->getType()->isIntegralOrEnumerationType() &&
            vd->getInit()) {
            if (const clang::APValue *v = vd->evaluateValue(); v && v->isInt()) {
                llvm::SmallString<24> value;
                v->getInt().toString(value, 10);
                entries.push_back({BindgenEntry::Constant, at, name, std::string(value)});
                return true;
            }
        }
        return skip(at, name, "variable (only functions can be @extern)");
    }

    bool inMainFile(clang::SourceLocation loc) const {
        return loc.isValid() && sm.isWrittenInMainFile(sm.getExpansionLoc(loc));
    }
    unsigned offset(clang::SourceLocation loc) const {
        return sm.getFileOffset(sm.getExpansionLoc(loc));
    }
    bool skip(unsigned at, const std::string &name, const std::string &why) {
        entries.push_back({BindgenEntry::Skipped, at, name, why});
        return true;
    }
};

} // namespace

void collectDeclarations(clang::ASTContext &ctx, std::vector<BindgenEntry> &entries) {
    Collector collector(ctx, entries);
    for (clang::Decl *d : ctx.getTranslationUnitDecl()->decls())
        collector.visit(d);
}

} // namespace krait
