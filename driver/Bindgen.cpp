//===- driver/Bindgen.cpp - krait bindgen: @extern from a C header --------===//
//
// Runs Clang's front end on the header (a clang::tooling::ToolInvocation of
// `clang -fsyntax-only` for the target) with an action that records the
// header's macros while it is preprocessed and walks its AST once parsed;
// errors are reported as `file:line:col: error: message`.
//
//===----------------------------------------------------------------------===//

#include "driver/Bindgen.h"
#include "driver/BindgenDecls.h"
#include "driver/BindgenMacros.h"
#include "driver/TargetInfo.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/Basic/Diagnostic.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#ifndef KRAIT_CLANG_RESOURCE_DIR
#error "KRAIT_CLANG_RESOURCE_DIR: Clang's builtin headers (stddef.h), set by driver/CMakeLists.txt"
#endif

namespace krait {

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

bool isPythonIdentifier(const std::string &s) {
    if (s.empty() || std::isdigit((unsigned char)s[0])) return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return std::isalnum((unsigned char)c) || c == '_'; });
}

namespace {

/// Prints the errors (not the warnings) of the parse, positioned.
class ErrorPrinter : public clang::DiagnosticConsumer {
  public:
    void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                          const clang::Diagnostic &info) override {
        DiagnosticConsumer::HandleDiagnostic(level, info); // counts them
        if (level < clang::DiagnosticsEngine::Error) return;
        llvm::SmallString<128> message;
        info.FormatDiagnostic(message);
        std::string where = "krait";
        if (info.hasSourceManager() && info.getLocation().isValid()) {
            const clang::SourceManager &sm = info.getSourceManager();
            clang::PresumedLoc p = sm.getPresumedLoc(sm.getFileLoc(info.getLocation()));
            if (p.isValid())
                where = std::string(p.getFilename()) + ":" + std::to_string(p.getLine()) + ":" +
                        std::to_string(p.getColumn());
        }
        std::cerr << where << ": error: " << message.str().str() << "\n";
    }
};

/// Collects the entries once the header is parsed (nothing when it has
/// errors: the module would be wrong).
class Consumer : public clang::ASTConsumer {
  public:
    Consumer(clang::Preprocessor &pp, const MacroRecorder &macros,
             std::vector<BindgenEntry> &entries)
        : pp(pp), macros(macros), entries(entries) {}

    void HandleTranslationUnit(clang::ASTContext &ctx) override {
        if (ctx.getDiagnostics().hasErrorOccurred()) return;
        collectDeclarations(ctx, entries);
        collectMacros(macros, pp, ctx, entries);
    }

  private:
    clang::Preprocessor &pp;
    const MacroRecorder &macros;
    std::vector<BindgenEntry> &entries;
};

/// Parses the header, recording its macros on the way, then collects.
class BindgenAction : public clang::ASTFrontendAction {
  public:
    explicit BindgenAction(std::vector<BindgenEntry> &entries) : entries(entries) {}

  protected:
    bool BeginInvocation(clang::CompilerInstance &ci) override {
        // Declarations are all bindgen reads; inline functions' bodies are skipped.
        ci.getFrontendOpts().SkipFunctionBodies = true;
        // No "N errors generated." after ErrorPrinter's lines.
        ci.getDiagnosticOpts().ShowCarets = false;
        return true;
    }

    std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &ci,
                                                          llvm::StringRef) override {
        auto recorder = std::make_unique<MacroRecorder>(ci.getPreprocessor());
        const MacroRecorder &macros = *recorder;
        ci.getPreprocessor().addPPCallbacks(std::move(recorder));
        return std::make_unique<Consumer>(ci.getPreprocessor(), macros, entries);
    }

  private:
    std::vector<BindgenEntry> &entries;
};

/// Clang's command line for the header: C11 with GNU extensions (vendor
/// headers rely on `asm` and `typeof`) for the target's triple, with
/// picolibc's headers instead of the host's on bare-metal targets. The
/// builtin headers (stddef.h) come from the resource directory of the Clang
/// krait was built against: the driver would look beside argv[0].
bool clangCommandLine(const BindgenOptions &opts, std::vector<std::string> &args,
                      std::string &error) {
    TargetInfo target;
    if (!findTarget(opts.target, target, error)) return false;
    args = {"clang",
            "-fsyntax-only",
            "-x",
            "c",
            "-std=gnu11",
            "--target=" + target.triple,
            "-resource-dir",
            KRAIT_CLANG_RESOURCE_DIR};
    if (!target.hosted) {
        llvm::SmallString<256> path(targetsDir());
        llvm::sys::path::append(path, target.name + ".target");
        Description d;
        if (!d.load(std::string(path), error)) return false;
        // The ABI flags (-mfloat-abi, -mabi) decide some predefined macros.
        std::istringstream flags(d.get("clang-flags"));
        for (std::string flag; flags >> flag;)
            args.push_back(flag);
        std::string include = d.get("picolibc-include");
        if (!llvm::sys::fs::is_directory(include)) {
            error = "C headers for target '" + target.name + "' not found ('" + include + "' in " +
                    std::string(path) + ")";
            return false;
        }
        for (const char *a : {"-nostdlibinc", "-isystem"})
            args.push_back(a);
        args.push_back(include);
    }
    args.insert(args.end(), opts.clangArgs.begin(), opts.clangArgs.end());
    args.push_back(opts.header);
    return true;
}

/// The module: a header comment, the import, then the entries in the
/// header's order (the first declaration of a name wins).
std::string renderModule(std::vector<BindgenEntry> entries, const std::string &header) {
    // Entries at one offset (a typedef naming a struct it defines) keep their order.
    std::vector<size_t> order(entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return entries[a].offset != entries[b].offset ? entries[a].offset < entries[b].offset
                                                      : a < b;
    });
    std::ostringstream body;
    std::set<std::string> seen, opaque;
    unsigned functions = 0, constants = 0, skipped = 0;
    for (size_t index : order) {
        BindgenEntry &e = entries[index];
        if (e.kind == BindgenEntry::Opaque) {
            if (opaque.insert(e.name).second)
                body << "# " << e.name << ": opaque, passed as c_void_p\n";
            continue;
        }
        if (!seen.insert(e.name).second) continue;
        if (e.kind != BindgenEntry::Skipped && isPythonReserved(e.name))
            e = {BindgenEntry::Skipped, e.offset, e.name, "its name is reserved in Python"};
        else if (e.kind != BindgenEntry::Skipped && !isPythonIdentifier(e.name))
            e = {BindgenEntry::Skipped, e.offset, e.name, "not a Python identifier"};
        switch (e.kind) {
        case BindgenEntry::Function:
            body << "\n@extern\ndef " << e.name << e.text << ": ...\n";
            ++functions;
            break;
        case BindgenEntry::Constant:
            body << e.name << " = " << e.text << "\n";
            ++constants;
            break;
        default:
            body << "# skipped " << e.name << ": " << e.text << "\n";
            ++skipped;
            break;
        }
    }
    std::ostringstream text;
    text << "# Generated by krait bindgen from " << llvm::sys::path::filename(header).str()
         << "; do not edit.\n"
         << "# " << functions << " functions, " << constants << " constants, " << skipped
         << " declarations skipped.\n"
         << "from krait import extern\n\n"
         << body.str();
    return text.str();
}

} // namespace

int runBindgen(const BindgenOptions &opts) {
    if (!llvm::sys::fs::exists(opts.header) || llvm::sys::fs::is_directory(opts.header)) {
        std::cerr << "krait: error: cannot open '" << opts.header << "'\n";
        return 2;
    }
    std::vector<std::string> args;
    std::string error;
    if (!clangCommandLine(opts, args, error)) {
        std::cerr << "krait: error: " << error << "\n";
        return 2;
    }
    std::vector<BindgenEntry> entries;
    ErrorPrinter errors;
    {
        auto files = llvm::makeIntrusiveRefCnt<clang::FileManager>(clang::FileSystemOptions());
        clang::tooling::ToolInvocation invocation(args, std::make_unique<BindgenAction>(entries),
                                                  files.get());
        invocation.setDiagnosticConsumer(&errors);
        if (!invocation.run() || errors.getNumErrors()) {
            if (!errors.getNumErrors())
                std::cerr << "krait: error: cannot parse '" << opts.header << "'\n";
            return 1;
        }
    }
    std::string text = renderModule(std::move(entries), opts.header);
    if (opts.output == "-") {
        std::cout << text;
        return 0;
    }
    std::ofstream file(opts.output);
    if (!file || !(file << text) || !file.flush()) {
        std::cerr << "krait: error: cannot write '" << opts.output << "'\n";
        return 2;
    }
    return 0;
}

} // namespace krait
