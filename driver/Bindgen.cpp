//===- driver/Bindgen.cpp - krait bindgen: @extern from a C header --------===//

#include "driver/Bindgen.h"

#include <clang-c/Index.h>

#include <cctype>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace krait {

namespace {

std::string take(CXString s) {
    const char *c = clang_getCString(s);
    std::string out = c ? c : "";
    clang_disposeString(s);
    return out;
}

/// Python keywords and names a module must not rebind by accident.
bool isPythonReserved(const std::string &s) {
    static const char *const words[] = {
        "False",   "None",     "True",     "and",    "as",   "assert", "async",  "await",
        "break",   "class",    "continue", "def",    "del",  "elif",   "else",   "except",
        "finally", "for",      "from",     "global", "if",   "import", "in",     "is",
        "lambda",  "nonlocal", "not",      "or",     "pass", "raise",  "return", "try",
        "while",   "with",     "yield",    "extern", "krait"};
    for (const char *w : words)
        if (s == w) return true;
    return false;
}

/// The annotation for a C type, or "" with `why` set when the FFI cannot
/// pass it. `result` allows void and disallows bytes.
std::string annotation(CXType type, bool result, std::string &why) {
    // Typedef names that say more than their canonical type.
    std::string spelled = take(clang_getTypeSpelling(type));
    if (spelled.rfind("const ", 0) == 0) spelled = spelled.substr(6);
    if (spelled == "size_t") return "c_size_t";
    if (spelled == "ssize_t" || spelled == "ptrdiff_t" || spelled == "intptr_t") return "c_ssize_t";
    if (spelled == "uintptr_t") return "c_size_t";
    // Fixed-width integers keep their width whatever the target's long is.
    for (const char *bits : {"8", "16", "32", "64"}) {
        if (spelled == std::string("int") + bits + "_t") return std::string("c_int") + bits;
        if (spelled == std::string("uint") + bits + "_t") return std::string("c_uint") + bits;
    }
    CXType t = clang_getCanonicalType(type);
    switch (t.kind) {
    case CXType_Void:
        if (result) return "None";
        break;
    case CXType_Bool:
        return "bool";
    case CXType_Char_S:
    case CXType_SChar:
        return "c_int8";
    case CXType_Char_U:
    case CXType_UChar:
        return "c_uint8";
    case CXType_Short:
        return "c_int16";
    case CXType_UShort:
        return "c_uint16";
    case CXType_Int:
        return "int";
    case CXType_UInt:
        return "c_uint32";
    case CXType_Long:
        return "c_long";
    case CXType_ULong:
        return "c_ulong";
    case CXType_LongLong:
        return "c_int64";
    case CXType_ULongLong:
        return "c_uint64";
    case CXType_Float:
        return "c_float";
    case CXType_Double:
        return "float";
    case CXType_Enum:
        return "int";
    case CXType_Pointer: {
        CXType pointee = clang_getCanonicalType(clang_getPointeeType(t));
        if (pointee.kind == CXType_Char_S || pointee.kind == CXType_Char_U) return "str";
        if (!result && (pointee.kind == CXType_UChar || pointee.kind == CXType_SChar) &&
            clang_isConstQualifiedType(pointee))
            return "bytes";
        if (pointee.kind == CXType_FunctionProto || pointee.kind == CXType_FunctionNoProto) {
            why = "function pointer";
            return "";
        }
        return "c_void_p"; // structs and everything else: an opaque address
    }
    case CXType_Record:
        why = "struct or union passed by value";
        return "";
    default:
        break;
    }
    why = "type '" + take(clang_getTypeSpelling(type)) + "'";
    return "";
}

/// The value of an object-like macro whose body is one integer literal,
/// possibly negated or parenthesised.
bool integerMacro(CXTranslationUnit tu, CXCursor cursor, std::string &value) {
    CXToken *tokens = nullptr;
    unsigned n = 0;
    clang_tokenize(tu, clang_getCursorExtent(cursor), &tokens, &n);
    std::vector<std::string> body;
    for (unsigned i = 1; i < n; ++i) // token 0 is the name
        body.push_back(take(clang_getTokenSpelling(tu, tokens[i])));
    clang_disposeTokens(tu, tokens, n);
    if (clang_Cursor_isMacroFunctionLike(cursor)) return false;
    while (body.size() >= 2 && body.front() == "(" && body.back() == ")")
        body = std::vector<std::string>(body.begin() + 1, body.end() - 1);
    std::string sign;
    if (body.size() == 2 && body[0] == "-") {
        sign = "-";
        body.erase(body.begin());
    }
    if (body.size() != 1 || body[0].empty() || !std::isdigit((unsigned char)body[0][0]))
        return false;
    std::string lit = body[0];
    // Drop C's integer suffixes (u, l, ul, ll...); refuse floats.
    while (!lit.empty() && std::strchr("uUlL", lit.back()))
        lit.pop_back();
    bool hex = lit.size() > 2 && (lit[1] == 'x' || lit[1] == 'X');
    for (size_t i = hex ? 2 : 0; i < lit.size(); ++i)
        if (!(hex ? std::isxdigit((unsigned char)lit[i]) : std::isdigit((unsigned char)lit[i])))
            return false;
    // C's leading-zero octal is Python's 0o.
    if (!hex && lit.size() > 1 && lit[0] == '0') lit = "0o" + lit.substr(1);
    value = sign + lit;
    return true;
}

/// Collects the declarations of the main file, in source order.
struct Collector {
    CXTranslationUnit tu = nullptr;
    std::ostringstream out;
    std::set<std::string> seen;
    unsigned functions = 0, constants = 0, skipped = 0;

    void skip(const std::string &name, const std::string &why) {
        out << "# skipped " << name << ": " << why << "\n";
        ++skipped;
    }

    void function(CXCursor c) {
        std::string name = take(clang_getCursorSpelling(c));
        if (!seen.insert(name).second) return;
        if (clang_Cursor_getStorageClass(c) == CX_SC_Static) return skip(name, "static");
        if (isPythonReserved(name)) return skip(name, "its name is reserved in Python");
        CXType type = clang_getCursorType(c);
        if (clang_isFunctionTypeVariadic(type)) return skip(name, "variadic");
        std::string why;
        std::string res = annotation(clang_getResultType(type), true, why);
        if (res.empty()) return skip(name, "result is a " + why);
        if (res == "bytes") res = "c_void_p";
        std::string params;
        int n = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < n; ++i) {
            CXCursor arg = clang_Cursor_getArgument(c, i);
            std::string pname = take(clang_getCursorSpelling(arg));
            if (pname.empty() || isPythonReserved(pname)) pname = "arg" + std::to_string(i);
            std::string ann = annotation(clang_getCursorType(arg), false, why);
            if (ann.empty()) return skip(name, "parameter " + pname + " is a " + why);
            params += (i ? ", " : "") + pname + ": " + ann;
        }
        out << "\n@extern\ndef " << name << "(" << params << ") -> " << res << ": ...\n";
        ++functions;
    }

    void constant(const std::string &name, const std::string &value) {
        if (isPythonReserved(name) || !seen.insert(name).second) return;
        out << name << " = " << value << "\n";
        ++constants;
    }

    void enumeration(CXCursor c) {
        clang_visitChildren(
            c,
            [](CXCursor child, CXCursor, CXClientData data) {
                if (clang_getCursorKind(child) == CXCursor_EnumConstantDecl) {
                    auto *self = static_cast<Collector *>(data);
                    self->constant(take(clang_getCursorSpelling(child)),
                                   std::to_string(clang_getEnumConstantDeclValue(child)));
                }
                return CXChildVisit_Continue;
            },
            this);
    }

    static CXChildVisitResult visit(CXCursor c, CXCursor, CXClientData data) {
        auto *self = static_cast<Collector *>(data);
        if (!clang_Location_isFromMainFile(clang_getCursorLocation(c)))
            return CXChildVisit_Continue;
        switch (clang_getCursorKind(c)) {
        case CXCursor_FunctionDecl:
            self->function(c);
            break;
        case CXCursor_EnumDecl:
            self->enumeration(c);
            break;
        case CXCursor_MacroDefinition: {
            std::string value;
            if (!clang_Cursor_isMacroBuiltin(c) && integerMacro(self->tu, c, value))
                self->constant(take(clang_getCursorSpelling(c)), value);
            break;
        }
        case CXCursor_StructDecl:
        case CXCursor_UnionDecl:
            if (clang_isCursorDefinition(c)) {
                std::string name = take(clang_getCursorSpelling(c));
                if (!name.empty()) self->out << "# " << name << ": opaque, passed as c_void_p\n";
            }
            break;
        default:
            break;
        }
        return CXChildVisit_Continue;
    }
};

} // namespace

int runBindgen(const BindgenOptions &opts) {
    std::vector<const char *> args{"-x", "c", "-std=c11"};
    for (const std::string &a : opts.clangArgs)
        args.push_back(a.c_str());
    CXIndex index = clang_createIndex(0, 0);
    CXTranslationUnit tu = nullptr;
    CXErrorCode rc = clang_parseTranslationUnit2(
        index, opts.header.c_str(), args.data(), (int)args.size(), nullptr, 0,
        CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_SkipFunctionBodies, &tu);
    if (rc != CXError_Success || !tu) {
        std::cerr << "krait: error: cannot parse '" << opts.header << "'\n";
        clang_disposeIndex(index);
        return 2;
    }
    bool errors = false;
    for (unsigned i = 0, n = clang_getNumDiagnostics(tu); i < n; ++i) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            std::cerr << take(clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions()))
                      << "\n";
            errors = true;
        }
        clang_disposeDiagnostic(d);
    }
    int status = errors ? 1 : 0;
    if (!errors) {
        Collector collector;
        collector.tu = tu;
        clang_visitChildren(clang_getTranslationUnitCursor(tu), Collector::visit, &collector);
        std::string base = opts.header.substr(opts.header.find_last_of('/') + 1);
        std::ostringstream text;
        text << "# Generated by krait bindgen from " << base << "; do not edit.\n"
             << "# " << collector.functions << " functions, " << collector.constants
             << " constants, " << collector.skipped << " declarations skipped.\n"
             << "from krait import extern\n\n"
             << collector.out.str();
        if (opts.output == "-") {
            std::cout << text.str();
        } else {
            std::ofstream file(opts.output);
            if (!file || !(file << text.str())) {
                std::cerr << "krait: error: cannot write '" << opts.output << "'\n";
                status = 2;
            }
        }
    }
    clang_disposeTranslationUnit(tu);
    clang_disposeIndex(index);
    return status;
}

} // namespace krait
