//===- eval/EvalBuiltins.cpp - the eval and exec built-in functions -------===//
//
// kr_builtin_eval / kr_builtin_exec are the objects the runtime's builtins
// table refers to weakly: a program links this library (and so has eval and
// exec) only when its source mentions them.
//
// Compiled code passes the calling module's globals as a hidden second
// argument when it calls the built-in by name with only the source (see
// ir/lower); a call through another name without globals runs in a
// module-less namespace of its own.
//
//===----------------------------------------------------------------------===//

#include "eval/Evaluator.h"

#include "exception.h"
#include "frontend/Parser.h"

#include <sstream>

namespace krait::eval {

using namespace krait::ast;

namespace {

enum class Mode { Eval, Exec };

/// Units whose functions outlive their eval/exec call: never freed.
std::vector<std::unique_ptr<Unit>> &keptUnits() {
    static std::vector<std::unique_ptr<Unit>> units;
    return units;
}

/// Raises SyntaxError with the first diagnostic's message.
kr_value raiseSyntaxError(const std::string &diagText) {
    std::string line = diagText.substr(0, diagText.find('\n'));
    static const char marker[] = ": error: ";
    size_t at = line.find(marker);
    std::string msg =
        at == std::string::npos ? "invalid syntax" : line.substr(at + sizeof marker - 1);
    kr_value m = str(msg);
    return m ? kr_raise_with_arg(&kr_type_SyntaxError, m) : 0;
}

/// The globals used when a call passes none (a call not by the name
/// `eval`/`exec`, which compiled code cannot give the caller's globals).
kr_value fallbackGlobals() {
    static kr_value dict = 0;
    if (dict) return dict;
    kr_value d = kr_dict_new();
    kr_value name = d ? kr_str_from_cstr("__main__") : 0;
    if (!name || !kr_dict_set(d, kr_str_from_cstr("__name__"), name)) return 0;
    dict = d;
    kr_gc_add_roots(&dict, 1);
    return dict;
}

/// Parses and analyses `text`; null with SyntaxError pending.
std::unique_ptr<Unit> compileUnit(std::string text, Mode mode) {
    if (mode == Mode::Eval) {
        // As CPython: leading blanks of an expression are ignored.
        size_t skip = text.find_first_not_of(" \t");
        text.erase(0, skip == std::string::npos ? text.size() : skip);
    }
    auto unit = std::make_unique<Unit>();
    unit->file = std::make_unique<SourceFile>("<string>", std::move(text));
    std::ostringstream out;
    DiagnosticEngine diags(*unit->file, out);
    unit->module = parseModule(*unit->file, diags);
    if (!unit->module || diags.hasErrors()) return raiseSyntaxError(out.str()), nullptr;
    unit->scopes = analyzeScopes(*unit->module, diags);
    if (!unit->scopes || diags.hasErrors()) return raiseSyntaxError(out.str()), nullptr;
    if (mode == Mode::Eval &&
        (unit->module->body.size() != 1 || !isa<ExprStmt>(unit->module->body[0].get()))) {
        kr_value m = str("invalid syntax");
        if (m) kr_raise_with_arg(&kr_type_SyntaxError, m);
        return nullptr;
    }
    return unit;
}

/// The text of the source argument.
bool sourceText(kr_value src, std::string &out) {
    if (kr_isinstance(src, &kr_type_str)) {
        size_t len;
        const char *data = kr_str_data(src, &len);
        out.assign(data, len);
        return true;
    }
    if (kr_isinstance(src, &kr_type_bytes)) {
        kr_value s = kr_call_method(src, kr_str_from_cstr("decode"), 0, nullptr, 0);
        return s && sourceText(s, out);
    }
    kr_raise_msg(&kr_type_TypeError, "expected str, bytes or code object, got %T", src);
    return false;
}

kr_value run(size_t nargs, const kr_value *args, Mode mode) {
    std::string text;
    if (!sourceText(args[0], text)) return 0;
    kr_value globals = nargs > 1 && args[1] != none() ? args[1] : fallbackGlobals();
    if (!globals) return 0;
    if (!kr_isinstance(globals, &kr_type_dict))
        return kr_raise_msg(&kr_type_TypeError, "globals must be a dict");
    kr_value locals = nargs > 2 && args[2] != none() ? args[2] : globals;
    if (!kr_isinstance(locals, &kr_type_dict))
        return kr_raise_msg(&kr_type_TypeError, "locals must be a dict");

    std::unique_ptr<Unit> unit = compileUnit(std::move(text), mode);
    if (!unit) return 0;
    Frame fr;
    fr.scope = unit->scopes->module();
    fr.globals = globals;
    fr.ns = locals == globals ? 0 : locals;
    fr.unit = unit.get();
    fr.line = 1;
    kr_value result;
    if (mode == Mode::Eval) {
        result = evalExpr(fr, *cast<ExprStmt>(unit->module->body[0].get())->value);
    } else {
        Flow fl = execBlock(fr, unit->module->body);
        result = fl == Flow::Error ? 0 : none();
    }
    if (!result) kr_traceback_add("<string>", fr.line, "<module>");
    if (unit->escaped) keptUnits().push_back(std::move(unit));
    return result;
}

kr_value evalBuiltin(size_t nargs, const kr_value *args, kr_value) {
    return run(nargs, args, Mode::Eval);
}

kr_value execBuiltin(size_t nargs, const kr_value *args, kr_value) {
    return run(nargs, args, Mode::Exec);
}

} // namespace

} // namespace krait::eval

extern "C" {
extern const kr_builtin_function kr_builtin_eval, kr_builtin_exec;
}
KR_BUILTIN(kr_builtin_eval, "eval", krait::eval::evalBuiltin, 1, 3);
KR_BUILTIN(kr_builtin_exec, "exec", krait::eval::execBuiltin, 1, 3);
