//===- eval/EvalFunction.cpp - functions, classes and comprehensions ------===//
//
// A `def` or `lambda` in evaluated source becomes an ordinary runtime
// function object (kr_function) whose code pointer is one shared trampoline;
// its kr_code_info is the head of an EvalCode, which leads the trampoline
// back to the AST. Compiled code calls such functions like any other.
//
// Closures follow the compiled layout's idea (cells are 1-item lists) but the
// closure word holds a tuple of the scope's free-variable cells followed by
// the class cell used by zero-argument super().
//
//===----------------------------------------------------------------------===//

#include "eval/Evaluator.h"

#include "exception.h"

#include <type_traits>

namespace krait::eval {

using namespace krait::ast;

static_assert(std::is_standard_layout_v<EvalCode>,
              "EvalCode must start with its kr_code_info (the runtime hands that back)");

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

kr_value str(const std::string &s) {
    return kr_str_new(s.data(), s.size());
}

kr_value none() {
    return kr_val(&kr_None);
}

kr_value callBuiltin(const char *name, size_t nargs, const kr_value *args) {
    kr_value key = kr_str_from_cstr(name);
    kr_value fn = key ? kr_builtin_load(key) : 0;
    return fn ? kr_call(fn, nargs, args) : 0;
}

kr_value unsupported(const char *what) {
    return kr_raise_msg(&kr_type_NotImplementedError, "%s not supported in eval/exec code", what);
}

bool stackTooDeep() {
    if ((uintptr_t)__builtin_frame_address(0) >= kr_stack_limit) return false;
    kr_raise_recursion();
    return true;
}

//===----------------------------------------------------------------------===//
// Frames and closures
//===----------------------------------------------------------------------===//

bool allocFrame(Frame &f, const Scope *scope) {
    if (!scope->locals.empty()) {
        f.slots = static_cast<kr_value *>(kr_gc_alloc(scope->locals.size() * sizeof(kr_value)));
        if (!f.slots) return false;
    }
    if (!scope->cells.empty()) {
        f.cells = static_cast<kr_value *>(kr_gc_alloc(scope->cells.size() * sizeof(kr_value)));
        if (!f.cells) return false;
        for (size_t i = 0; i < scope->cells.size(); ++i) {
            kr_value cell = kr_list_new(1);
            if (!cell) return false;
            size_t n;
            kr_list_items(cell, &n)[0] = 0; // unbound until assigned
            f.cells[i] = cell;
        }
    }
    return true;
}

kr_value buildClosure(Frame &f, const Scope *inner, kr_value classCell) {
    kr_value t = kr_tuple_new(inner->frees.size() + 1);
    if (!t) return 0;
    size_t n;
    for (size_t i = 0; i < inner->frees.size(); ++i) {
        const FreeVar &fv = inner->frees[i];
        kr_value cell = fv.fromParentCell ? f.cells[fv.parentIndex]
                                          : kr_tuple_items(f.closure, &n)[fv.parentIndex];
        kr_tuple_items(t, &n)[i] = cell;
    }
    kr_tuple_items(t, &n)[inner->frees.size()] = classCell ? classCell : none();
    return t;
}

/// The class cell a scope created inside `f` inherits.
static kr_value innerClassCell(Frame &f) {
    return f.classCell;
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

namespace {

void addParam(EvalCode &code, const Arg &a) {
    code.paramNames.push_back(a.name);
    code.slotArgs.push_back(&a);
}

/// The EvalCode of a def/lambda node, made once per node.
EvalCode *codeFor(Unit *unit, const Node &node, const Arguments &args, const Scope *scope,
                  const std::string &name) {
    auto &slot = unit->codes[&node];
    if (slot) return slot.get();
    auto code = std::make_unique<EvalCode>();
    code->node = &node;
    code->args = &args;
    code->scope = scope;
    code->unit = unit;
    code->name = name;
    // Runtime slot order: positional (incl. positional-only), keyword-only,
    // *args, **kwargs.
    for (const Arg &a : args.posonly)
        addParam(*code, a);
    for (const Arg &a : args.args)
        addParam(*code, a);
    for (const Arg &a : args.kwonly)
        addParam(*code, a);
    if (args.vararg) addParam(*code, *args.vararg);
    if (args.kwarg) addParam(*code, *args.kwarg);
    for (const std::string &p : code->paramNames)
        code->paramPtrs.push_back(p.c_str());
    code->info.name = code->name.c_str();
    code->info.params = code->paramPtrs.data();
    code->info.n_pos = static_cast<uint16_t>(args.posonly.size() + args.args.size());
    code->info.n_kwonly = static_cast<uint16_t>(args.kwonly.size());
    code->info.flags = (args.vararg ? KR_CODE_VARARGS : 0) | (args.kwarg ? KR_CODE_VARKW : 0) |
                       static_cast<uint32_t>(args.posonly.size()) << KR_CODE_POSONLY_SHIFT;
    slot = std::move(code);
    return slot.get();
}

/// Binds one incoming argument to its parameter's local slot or cell.
void bindParam(Frame &f, const Arg &a, kr_value v) {
    if (a.binding.kind == BindingKind::Cell) {
        size_t n;
        kr_list_items(f.cells[a.binding.index], &n)[0] = v;
    } else {
        f.slots[a.binding.index] = v;
    }
}

/// Sets up the frame of a call of an evaluated function (`self`) with its
/// bound arguments. False on MemoryError.
bool enterFrame(Frame &fr, kr_value self, kr_value *slots) {
    const auto *fo = reinterpret_cast<const kr_function *>(kr_obj(self));
    const auto *code = reinterpret_cast<const EvalCode *>(fo->info);
    fr.scope = code->scope;
    fr.globals = fo->globals;
    fr.closure = fo->closure;
    fr.unit = code->unit;
    fr.fnName = code->info.name;
    fr.line = code->node->range.begin.line;
    size_t n;
    kr_value cc = kr_tuple_items(fr.closure, &n)[n - 1];
    fr.classCell = cc == none() ? 0 : cc;
    if (!allocFrame(fr, fr.scope)) return false;
    for (size_t i = 0; i < code->slotArgs.size(); ++i)
        bindParam(fr, *code->slotArgs[i], slots[i]);
    if (code->info.n_pos > 0) fr.firstArg = slots[0];
    return true;
}

/// The code entry of every evaluated function but generators.
kr_value trampoline(kr_value self, kr_value *slots) {
    Frame fr;
    if (!enterFrame(fr, self, slots)) return 0;
    const auto *code = reinterpret_cast<const EvalCode *>(
        reinterpret_cast<const kr_function *>(kr_obj(self))->info);
    kr_value result;
    if (const auto *lam = dyn_cast<Lambda>(code->node)) {
        result = evalExpr(fr, *lam->body);
    } else {
        Flow fl = execBlock(fr, cast<FunctionDef>(code->node)->body);
        result = fl == Flow::Error ? 0 : fl == Flow::Return ? fr.retval : none();
    }
    if (!result) kr_traceback_add("<string>", fr.line, fr.fnName);
    return result;
}

/// The code entry of evaluated generator functions: the call returns a
/// generator whose frame is the call's.
kr_value generatorTrampoline(kr_value self, kr_value *slots) {
    Frame fr;
    if (!enterFrame(fr, self, slots)) return 0;
    const auto *code = reinterpret_cast<const EvalCode *>(
        reinterpret_cast<const kr_function *>(kr_obj(self))->info);
    return startGenerator(code, fr);
}

} // namespace

kr_value makeFunction(Frame &f, const Node &node, const Arguments &args, const Scope *scope,
                      const std::string &name, kr_value defaults, kr_value kwdefaults) {
    // As MicroPython, a coroutine (async def) is a generator whose `await`
    // is `yield from`.
    bool generator = scope->isGenerator || scope->isCoroutine;
    if (generator && !isa<FunctionDef>(&node)) return unsupported("yield inside a lambda is");
    EvalCode *code = codeFor(f.unit, node, args, scope, name);
    kr_value closure = buildClosure(f, scope, innerClassCell(f));
    if (!closure) return 0;
    kr_value fn = kr_function_new(&code->info, generator ? generatorTrampoline : trampoline,
                                  defaults, f.globals);
    if (!fn) return 0;
    auto *fo = reinterpret_cast<kr_function *>(kr_obj(fn));
    fo->kwdefaults = kwdefaults;
    fo->closure = closure;
    f.unit->escaped = true;
    return fn;
}

//===----------------------------------------------------------------------===//
// Classes
//===----------------------------------------------------------------------===//

kr_value makeClass(Frame &f, const ClassDef &def) {
    kr_value decorators = kr_list_new(0);
    if (!decorators) return 0;
    for (const ExprPtr &e : def.decorators) {
        kr_value v = evalExpr(f, *e);
        if (!v || !kr_list_append(decorators, v)) return 0;
    }
    kr_value bases = kr_list_new(0);
    if (!bases) return 0;
    for (const ExprPtr &e : def.bases) {
        const auto *star = dyn_cast<Starred>(e.get());
        kr_value v = evalExpr(f, star ? *star->value : *e);
        if (!v) return 0;
        if (star ? !kr_call_method(bases, str("extend"), 1, &v, 0) : !kr_list_append(bases, v))
            return 0;
    }
    for (const Keyword &k : def.keywords)
        if (!evalExpr(f, *k.value)) return 0;
    if (!def.keywords.empty())
        return kr_raise_msg(&kr_type_TypeError, "function doesn't take keyword arguments");

    // As MicroPython: the class dict gets __module__ and __qualname__ first.
    kr_value ns = kr_dict_new();
    kr_value modName = ns ? kr_str_from_cstr("__name__") : 0;
    kr_value mod = modName ? kr_dict_get(f.globals, modName) : 0;
    // As CPython: globals without __name__ (exec(src, {})) give "builtins".
    if (mod == KR_NOTFOUND) mod = kr_str_from_cstr("builtins");
    if (!mod || !kr_dict_set(ns, kr_str_from_cstr("__module__"), mod)) return 0;
    kr_value qual = str(def.name);
    if (!qual || !kr_dict_set(ns, kr_str_from_cstr("__qualname__"), qual)) return 0;

    Frame body;
    body.scope = def.scope;
    body.globals = f.globals;
    body.ns = ns;
    body.unit = f.unit;
    body.fnName = def.name.c_str();
    body.line = def.range.begin.line;
    body.closure = buildClosure(f, def.scope, 0);
    body.classCell = kr_list_new(1);
    if (!body.closure || !body.classCell) return 0;
    // A method's frames reach this class through the cell; the C string of
    // its name must outlive them, which the unit guarantees.
    f.unit->escaped = true;
    Flow fl = execBlock(body, def.body);
    if (fl == Flow::Error) {
        kr_traceback_add("<string>", body.line, body.fnName);
        return 0;
    }
    kr_value basesTuple = callBuiltin("tuple", 1, &bases);
    if (!basesTuple) return 0;
    kr_value args[3] = {qual, basesTuple, ns};
    kr_value cls = callBuiltin("type", 3, args);
    if (!cls) return 0;
    size_t n;
    kr_list_items(body.classCell, &n)[0] = cls;
    kr_list_items(decorators, &n);
    for (size_t i = n; i-- > 0;) {
        kr_value dec = kr_list_items(decorators, &n)[i];
        if (!(cls = kr_call(dec, 1, &cls))) return 0;
    }
    return cls;
}

//===----------------------------------------------------------------------===//
// Comprehensions
//===----------------------------------------------------------------------===//

namespace {

/// Adds the comprehension's element(s) for the current bindings to `out`.
bool produce(Frame &c, const ComprehensionExpr &e, kr_value out) {
    switch (e.kind()) {
    case NodeKind::DictComp: {
        const auto &d = *cast<DictComp>(&e);
        kr_value k = evalExpr(c, *d.key);
        kr_value v = k ? evalExpr(c, *d.value) : 0;
        return v && kr_setitem(out, k, v);
    }
    case NodeKind::SetComp: {
        kr_value v = evalExpr(c, *cast<SetComp>(&e)->elt);
        return v && kr_call_method(out, str("add"), 1, &v, 0);
    }
    case NodeKind::ListComp: {
        kr_value v = evalExpr(c, *cast<ListComp>(&e)->elt);
        return v && kr_list_append(out, v);
    }
    default:
        return false; // generator expressions run lazily (EvalGenerator.cpp)
    }
}

/// Runs `for` clause `level` (and the ones inside it) over `it`.
bool runClause(Frame &c, const ComprehensionExpr &e, size_t level, kr_value it, kr_value out) {
    const Comprehension &g = e.generators[level];
    if (g.isAsync) return unsupported("'async for' is"), false;
    for (;;) {
        kr_value v = kr_iter_next(it);
        if (!v) return false;
        if (v == KR_STOP) return true;
        if (!assignTarget(c, *g.target, v)) return false;
        bool keep = true;
        for (const ExprPtr &cond : g.ifs) {
            kr_value t = evalExpr(c, *cond);
            int truth = t ? kr_truthy(t) : -1;
            if (truth < 0) return false;
            if (!truth) {
                keep = false;
                break;
            }
        }
        if (!keep) continue;
        if (level + 1 == e.generators.size()) {
            if (!produce(c, e, out)) return false;
            continue;
        }
        kr_value seq = evalExpr(c, *e.generators[level + 1].iter);
        kr_value inner = seq ? kr_iter(seq) : 0;
        if (!inner || !runClause(c, e, level + 1, inner, out)) return false;
    }
}

} // namespace

kr_value evalComprehension(Frame &f, const ComprehensionExpr &e) {
    // The first iterable is evaluated in the enclosing scope.
    kr_value seq = evalExpr(f, *e.generators[0].iter);
    kr_value it = seq ? kr_iter(seq) : 0;
    if (!it) return 0;
    Frame c;
    c.scope = e.scope;
    c.globals = f.globals;
    c.unit = f.unit;
    c.fnName = f.fnName;
    c.line = f.line;
    c.classCell = innerClassCell(f);
    c.firstArg = f.firstArg;
    c.closure = buildClosure(f, e.scope, c.classCell);
    if (!c.closure || !allocFrame(c, e.scope)) return 0;
    if (const auto *g = dyn_cast<GeneratorExp>(&e)) {
        f.unit->escaped = true; // the generator refers to the AST
        return startGeneratorExp(*g, c, it);
    }
    kr_value out = e.kind() == NodeKind::DictComp  ? kr_dict_new()
                   : e.kind() == NodeKind::SetComp ? callBuiltin("set", 0, nullptr)
                                                   : kr_list_new(0);
    if (!out || !runClause(c, e, 0, it, out)) return 0;
    return out;
}

} // namespace krait::eval
