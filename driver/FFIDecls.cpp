//===- driver/FFIDecls.cpp - @export and @extern declarations -------------===//

#include "driver/FFIDecls.h"

#include <set>
#include <sstream>

namespace krait {

namespace {

/// How the module refers to the decorator: bare names bound by
/// `from krait import ...`, and names bound to the krait module itself.
struct DecoratorNames {
    std::set<std::string> direct;
    std::set<std::string> module;
};

DecoratorNames collectNames(const ast::Module &tree, const char *which) {
    DecoratorNames names;
    for (const ast::StmtPtr &stmt : tree.body) {
        if (auto *from = ast::dyn_cast<ast::ImportFrom>(stmt.get())) {
            if (from->level != 0 || from->module != "krait") continue;
            for (const ast::Alias &a : from->names)
                if (a.name == which) names.direct.insert(a.boundName());
        } else if (auto *imp = ast::dyn_cast<ast::Import>(stmt.get())) {
            for (const ast::Alias &a : imp->names)
                if (a.name == "krait") names.module.insert(a.boundName());
        }
    }
    return names;
}

bool isDecorator(const ast::Expr *e, const DecoratorNames &names, const char *which) {
    if (auto *n = ast::dyn_cast<ast::Name>(e)) return names.direct.count(n->id) != 0;
    if (auto *a = ast::dyn_cast<ast::Attribute>(e)) {
        auto *base = ast::dyn_cast<ast::Name>(a->value.get());
        return base && a->attr == which && names.module.count(base->id) != 0;
    }
    return false;
}

/// The FFI type of an annotation; false when it names none. C type names
/// count only for @extern.
bool annotationType(const ast::Expr *ann, bool isResult, bool cTypes, FFIType &out) {
    if (auto *c = ast::dyn_cast<ast::Constant>(ann)) {
        if (isResult && c->constKind == ast::ConstantKind::None) {
            out = FFIType::None;
            return true;
        }
        return false;
    }
    auto *n = ast::dyn_cast<ast::Name>(ann);
    if (!n) return false;
    static const struct {
        const char *name;
        FFIType type;
    } known[] = {{"int", FFIType::Int},
                 {"float", FFIType::Float},
                 {"bool", FFIType::Bool},
                 {"str", FFIType::Str},
                 {"bytes", FFIType::Bytes}};
    static const struct {
        const char *name;
        FFIType type;
    } cNames[] = {{"c_int", FFIType::Int},         {"c_int8", FFIType::CInt8},
                  {"c_uint8", FFIType::CUInt8},    {"c_int16", FFIType::CInt16},
                  {"c_uint16", FFIType::CUInt16},  {"c_int32", FFIType::CInt32},
                  {"c_uint32", FFIType::CUInt32},  {"c_int64", FFIType::CInt64},
                  {"c_uint64", FFIType::CUInt64},  {"c_long", FFIType::CLong},
                  {"c_ulong", FFIType::CULong},    {"c_size_t", FFIType::CSizeT},
                  {"c_ssize_t", FFIType::CSSizeT}, {"c_float", FFIType::CFloat},
                  {"c_double", FFIType::Float},    {"c_void_p", FFIType::CVoidP},
                  {"c_char_p", FFIType::Str},      {"c_bool", FFIType::Bool}};
    for (const auto &k : known)
        if (n->id == k.name) {
            out = k.type;
            return true;
        }
    if (cTypes)
        for (const auto &k : cNames)
            if (n->id == k.name) {
                out = k.type;
                return true;
            }
    return false;
}

/// The C signature of `def`, or false after reporting why there is none.
bool readSignature(const ast::FunctionDef &def, const char *what, bool cTypes,
                   DiagnosticEngine &diags, FFIFunction &out) {
    std::string fn = std::string(what) + " function '" + def.name + "'";
    const ast::Arguments &args = def.args;
    if (def.isAsync) {
        diags.error(def.nameLoc, fn + " cannot be async");
        return false;
    }
    if (args.vararg || args.kwarg || !args.kwonly.empty()) {
        diags.error(def.nameLoc, fn + " takes positional parameters only (no *args, "
                                      "keyword-only parameters or **kwargs)");
        return false;
    }
    for (char c : def.name)
        if ((unsigned char)c >= 0x80) {
            diags.error(def.nameLoc, fn + ": a C symbol's name must be ASCII");
            return false;
        }
    out.name = def.name;
    out.loc = def.nameLoc;
    bool ok = true;
    auto addParams = [&](const std::vector<ast::Arg> &list) {
        for (const ast::Arg &arg : list) {
            FFIType t;
            if (!arg.annotation || !annotationType(arg.annotation.get(), false, cTypes, t)) {
                diags.error(arg.range.begin,
                            fn + ": parameter '" + arg.name +
                                "' needs an annotation int, float, bool, str" +
                                (cTypes ? ", bytes or a C type name (docs/FFI.md)" : " or bytes"));
                ok = false;
                continue;
            }
            out.params.push_back({arg.name, t});
        }
    };
    addParams(args.posonly);
    addParams(args.args);
    if (!def.returns) {
        out.result = FFIType::None;
    } else if (!annotationType(def.returns.get(), true, cTypes, out.result) ||
               (cTypes && out.result == FFIType::Bytes)) {
        diags.error(def.returns->range.begin,
                    fn + (cTypes ? ": the result annotation must be int, float, bool, str, None "
                                   "or a C type name (docs/FFI.md)"
                                 : ": the result annotation must be int, float, bool, str, "
                                   "bytes or None"));
        ok = false;
    }
    return ok;
}

} // namespace

const char *ffiTypeName(FFIType type) {
    // In FFIType's order.
    static const char *const names[] = {"int",     "float",    "bool",      "str",      "bytes",
                                        "None",    "c_int8",   "c_uint8",   "c_int16",  "c_uint16",
                                        "c_int32", "c_uint32", "c_int64",   "c_uint64", "c_long",
                                        "c_ulong", "c_size_t", "c_ssize_t", "c_float",  "c_void_p"};
    return names[static_cast<int>(type)];
}

std::vector<FFIFunction> findFFIFunctions(const ast::Module &tree, FFIDecorator which,
                                          DiagnosticEngine &diags) {
    const char *name = which == FFIDecorator::Export ? "export" : "extern";
    const char *what = which == FFIDecorator::Export ? "exported" : "extern";
    DecoratorNames names = collectNames(tree, name);
    std::vector<FFIFunction> found;
    if (names.direct.empty() && names.module.empty()) return found;
    for (const ast::StmtPtr &stmt : tree.body) {
        auto *def = ast::dyn_cast<ast::FunctionDef>(stmt.get());
        if (!def) continue;
        bool marked = false;
        for (const ast::ExprPtr &d : def->decorators)
            marked = marked || isDecorator(d.get(), names, name);
        if (!marked) continue;
        FFIFunction fn;
        if (readSignature(*def, what, which == FFIDecorator::Extern, diags, fn))
            found.push_back(std::move(fn));
    }
    return found;
}

ir::CType externCType(FFIType t) {
    using C = ir::CType;
    switch (t) {
    case FFIType::Int:
        return {C::Integer, 32, true}; // C int
    case FFIType::Float:
        return {C::Floating, 64};
    case FFIType::Bool:
        return {C::Boolean};
    case FFIType::Str:
        return {C::String};
    case FFIType::Bytes:
        return {C::Buffer};
    case FFIType::None:
        return {C::Void};
    case FFIType::CInt8:
        return {C::Integer, 8, true};
    case FFIType::CUInt8:
        return {C::Integer, 8, false};
    case FFIType::CInt16:
        return {C::Integer, 16, true};
    case FFIType::CUInt16:
        return {C::Integer, 16, false};
    case FFIType::CInt32:
        return {C::Integer, 32, true};
    case FFIType::CUInt32:
        return {C::Integer, 32, false};
    case FFIType::CInt64:
        return {C::Integer, 64, true};
    case FFIType::CUInt64:
        return {C::Integer, 64, false};
    case FFIType::CLong:
    case FFIType::CSSizeT:
        return {C::Integer, 0, true}; // the pointer width on every krait target
    case FFIType::CULong:
    case FFIType::CSizeT:
        return {C::Integer, 0, false};
    case FFIType::CFloat:
        return {C::Floating, 32};
    case FFIType::CVoidP:
        return {C::Pointer};
    }
    return {C::Void};
}

ir::ExternDecl externDecl(const FFIFunction &fn) {
    ir::ExternDecl decl;
    decl.name = fn.name;
    for (const FFIParam &p : fn.params)
        decl.params.push_back(externCType(p.type));
    decl.result = externCType(fn.result);
    return decl;
}

std::vector<ir::ExternDecl> collectExternDecls(const ast::Module &tree, const SourceFile &file) {
    std::ostringstream discarded;
    DiagnosticEngine quiet(file, discarded);
    std::vector<ir::ExternDecl> decls;
    for (const FFIFunction &fn : findFFIFunctions(tree, FFIDecorator::Extern, quiet))
        decls.push_back(externDecl(fn));
    return decls;
}

} // namespace krait
