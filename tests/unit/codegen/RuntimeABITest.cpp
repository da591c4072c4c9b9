//===- tests/unit/codegen/RuntimeABITest.cpp - RuntimeABI.def vs runtime.h ===//
//
// Parses the C declarations of runtime/runtime.h (and object.h, for the
// singleton objects) and checks every entry of codegen/RuntimeABI.def
// against them, so the two sides of the ABI cannot drift apart silently.
//
//===----------------------------------------------------------------------===//

#include "codegen/RuntimeABI.h"

#include "llvm/IR/LLVMContext.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

using namespace krait::codegen;

namespace {

std::string readFile(const std::string &path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The header without comments and preprocessor lines, whitespace collapsed.
std::string cleanHeader(std::string text) {
    text = std::regex_replace(text, std::regex(R"(/\*[\s\S]*?\*/)"), " ");
    text = std::regex_replace(text, std::regex(R"(//[^\n]*)"), " ");
    text = std::regex_replace(text, std::regex(R"((^|\n)\s*#[^\n]*)"), "\n");
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

std::string trim(const std::string &s) {
    size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

/// The .def spelling of a C type ("const kr_value *args" -> "Ptr").
std::string abiType(std::string decl, bool isParam) {
    decl = trim(decl);
    if (decl.find('*') != std::string::npos) return "Ptr";
    // Drop the parameter name (the last word) and qualifiers.
    if (isParam) {
        size_t space = decl.rfind(' ');
        if (space != std::string::npos) decl = decl.substr(0, space);
    }
    decl = std::regex_replace(decl, std::regex(R"(\b(const|struct)\b)"), "");
    decl = trim(decl);
    static const std::map<std::string, std::string> names = {
        {"kr_value", "Value"}, {"int", "Int32"},     {"uint32_t", "Int32"}, {"int64_t", "Int64"},
        {"size_t", "SizeT"},   {"double", "Double"}, {"void", "Void"},      {"kr_code_fn", "Ptr"}};
    auto it = names.find(decl);
    return it == names.end() ? "?" + decl : it->second;
}

/// name -> "Ret(P1,P2,...)" for every function declared in `text`.
std::map<std::string, std::string> parseFunctions(const std::string &text) {
    std::map<std::string, std::string> out;
    std::regex fnDecl(R"(^\s*([A-Za-z_][\w\s\*]*?)\b(kr_\w+|krait_\w+)\s*\(([^()]*)\)\s*$)");
    std::stringstream statements(text);
    std::string stmt;
    while (std::getline(statements, stmt, ';')) {
        // Drop anything up to an extern "C" brace or a closing brace.
        size_t brace = stmt.find_last_of("{}");
        if (brace != std::string::npos) stmt = stmt.substr(brace + 1);
        std::smatch m;
        if (!std::regex_match(stmt, m, fnDecl)) continue;
        std::string sig = abiType(m[1].str(), false) + "(";
        std::string params = trim(m[3].str());
        if (params != "void" && !params.empty()) {
            std::stringstream ps(params);
            std::string p;
            bool first = true;
            while (std::getline(ps, p, ',')) {
                sig += (first ? "" : ",") + abiType(p, true);
                first = false;
            }
        }
        out[m[2].str()] = sig + ")";
    }
    return out;
}

std::string defSignature(const char *ret, const char *params) {
    std::string p = params;
    p.erase(std::remove(p.begin(), p.end(), ' '), p.end());
    return std::string(ret) + p;
}

TEST(RuntimeABI, TableMatchesRuntimeHeader) {
    std::string header = cleanHeader(readFile(KRAIT_SOURCE_DIR "/runtime/runtime.h"));
    ASSERT_FALSE(header.empty()) << "cannot read runtime/runtime.h";
    std::map<std::string, std::string> declared = parseFunctions(header);
    ASSERT_GT(declared.size(), 30u);
#define RT_FUNC(name, ret, params)                                                                 \
    {                                                                                              \
        auto it = declared.find(#name);                                                            \
        ASSERT_NE(it, declared.end()) << #name " is not declared in runtime.h";                    \
        EXPECT_EQ(it->second, defSignature(#ret, #params)) << "signature of " #name;               \
    }
#include "codegen/RuntimeABI.def"
}

TEST(RuntimeABI, GlobalsAreDeclaredExtern) {
    std::string text = cleanHeader(readFile(KRAIT_SOURCE_DIR "/runtime/runtime.h")) +
                       cleanHeader(readFile(KRAIT_SOURCE_DIR "/runtime/object.h"));
#define RT_GLOBAL(name, type)                                                                      \
    EXPECT_TRUE(std::regex_search(text, std::regex(R"(extern [^;]*\b)" #name R"(\b[^;]*;)")))      \
        << #name " is not declared extern in runtime.h / object.h";
#include "codegen/RuntimeABI.def"
}

TEST(RuntimeABI, FunctionObjectFieldsCodegenStores) {
    std::string text = cleanHeader(readFile(KRAIT_SOURCE_DIR "/runtime/function.h"));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(text, m, std::regex(R"(struct kr_function \{([^}]*)\})")));
    // Every field is one word; list their names in order.
    std::vector<std::string> fields;
    std::string body = m[1].str();
    std::regex field(R"(([\w\s\*]+?)\b(\w+)\s*;)");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), field);
         it != std::sregex_iterator(); ++it)
        fields.push_back((*it)[2].str());
    ASSERT_GT(fields.size(), KrFunctionClosureWord) << body;
    EXPECT_EQ(fields[KrFunctionKwDefaultsWord], "kwdefaults") << body;
    EXPECT_EQ(fields[KrFunctionClosureWord], "closure") << body;
}

/// Field names, in order, of `struct NAME { ... }` in a runtime header (every
/// field one word; a trailing flexible array counts as the next word).
static std::vector<std::string> structFields(const char *header, const std::string &name) {
    std::string text = cleanHeader(readFile(header));
    std::smatch m;
    std::vector<std::string> fields;
    if (!std::regex_search(text, m, std::regex("struct " + name + R"( \{([^}]*)\})")))
        return fields;
    std::string body = m[1].str();
    std::regex field(R"((\w+)\s*(\[\])?\s*;)");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), field);
         it != std::sregex_iterator(); ++it)
        fields.push_back((*it)[1].str());
    return fields;
}

TEST(RuntimeABI, SequenceFieldsInlineSubscriptsRead) {
    std::vector<std::string> list = structFields(KRAIT_SOURCE_DIR "/runtime/list.h", "kr_list");
    ASSERT_GT(list.size(), KrListItemsWord);
    EXPECT_EQ(list[KrSeqLenWord], "len");
    EXPECT_EQ(list[KrListItemsWord], "items");
    std::vector<std::string> tuple = structFields(KRAIT_SOURCE_DIR "/runtime/tuple.h", "kr_tuple");
    ASSERT_GT(tuple.size(), KrTupleItemsWord);
    EXPECT_EQ(tuple[KrSeqLenWord], "len");
    EXPECT_EQ(tuple[KrTupleItemsWord], "items");
}

TEST(RuntimeABI, DeclarationsFollowTheDataLayout) {
    llvm::LLVMContext ctx;
    for (auto [layout, bits] :
         {std::pair{"e-m:e-p:64:64-i64:64-n8:16:32:64-S128", 64u},
          std::pair{"e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64", 32u}}) {
        llvm::Module mod("abi", ctx);
        mod.setDataLayout(layout);
        RuntimeABI rt(mod);
        EXPECT_EQ(rt.valueType()->getBitWidth(), bits);
        llvm::Function *call = rt.get(RtFn::kr_call);
        EXPECT_EQ(call, rt.get(RtFn::kr_call)) << "declared once";
        llvm::FunctionType *ty = call->getFunctionType();
        EXPECT_TRUE(ty->getReturnType()->isIntegerTy(bits));
        ASSERT_EQ(ty->getNumParams(), 3u);
        EXPECT_TRUE(ty->getParamType(1)->isIntegerTy(bits)); // size_t
        EXPECT_TRUE(ty->getParamType(2)->isPointerTy());
        EXPECT_TRUE(rt.get(RtFn::kr_truthy)->getReturnType()->isIntegerTy(32));
        EXPECT_TRUE(rt.get(RtFn::kr_float_new)->getFunctionType()->getParamType(0)->isDoubleTy());
        EXPECT_TRUE(rt.get(RtFn::kr_exc_fetch)->getFunctionType()->getNumParams() == 0);
        EXPECT_STREQ(rtFnName(RtFn::kr_binary_op), "kr_binary_op");
        EXPECT_EQ(rt.global(RtGlobal::kr_None)->getName(), "kr_None");
    }
}

} // namespace
