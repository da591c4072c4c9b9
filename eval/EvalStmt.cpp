//===- eval/EvalStmt.cpp - names, targets and statements ------------------===//

#include "eval/Evaluator.h"

#include "exception.h"

namespace krait::eval {

using namespace krait::ast;

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

namespace {

/// The dict a module-level name lives in: the exec locals when given, else
/// the globals.
kr_value moduleNamespace(Frame &f) {
    return f.ns ? f.ns : f.globals;
}

kr_value cellGet(kr_value cell, const std::string &id) {
    size_t n;
    kr_value v = kr_list_items(cell, &n)[0];
    if (!v) {
        kr_value name = str(id);
        return name ? kr_raise_unbound_local(name) : 0;
    }
    return v;
}

/// The cell of a Free binding: closure[index].
kr_value freeCell(Frame &f, uint32_t index) {
    size_t n;
    return kr_tuple_items(f.closure, &n)[index];
}

} // namespace

kr_value loadName(Frame &f, const NameBinding &b, const std::string &id) {
    switch (b.kind) {
    case BindingKind::Local: {
        kr_value v = f.slots[b.index];
        if (v) return v;
        kr_value name = str(id);
        return name ? kr_raise_unbound_local(name) : 0;
    }
    case BindingKind::Cell:
        return cellGet(f.cells[b.index], id);
    case BindingKind::Free:
        return cellGet(freeCell(f, b.index), id);
    case BindingKind::Global:
    case BindingKind::GlobalOrBuiltin:
    case BindingKind::ClassLocal: {
        kr_value name = str(id);
        if (!name) return 0;
        // Class bodies and exec with separate locals look in their own
        // namespace first.
        if (f.ns) {
            kr_value v = kr_dict_get(f.ns, name);
            if (v != KR_NOTFOUND) return v;
        }
        return kr_global_load(f.globals, name);
    }
    case BindingKind::Unresolved:
        break;
    }
    return kr_raise_msg(&kr_type_RuntimeError, "unresolved name '%s'", id.c_str());
}

bool storeName(Frame &f, const NameBinding &b, const std::string &id, kr_value value) {
    switch (b.kind) {
    case BindingKind::Local:
        if (!value && !f.slots[b.index]) {
            kr_value name = str(id);
            if (name) kr_raise_unbound_local(name);
            return false;
        }
        f.slots[b.index] = value;
        return true;
    case BindingKind::Cell:
    case BindingKind::Free: {
        kr_value cell = b.kind == BindingKind::Cell ? f.cells[b.index] : freeCell(f, b.index);
        if (!value && !cellGet(cell, id)) return false;
        size_t n;
        kr_list_items(cell, &n)[0] = value;
        return true;
    }
    case BindingKind::Global:
    case BindingKind::GlobalOrBuiltin:
    case BindingKind::ClassLocal: {
        kr_value name = str(id);
        if (!name) return false;
        // A `global` declaration inside a function always means the module
        // dict; at module and class level the name goes to the namespace.
        bool declaredGlobal =
            f.scope->kind != ScopeKind::Module && f.scope->kind != ScopeKind::Class;
        kr_value dict = declaredGlobal ? f.globals : moduleNamespace(f);
        if (f.scope->kind == ScopeKind::Class && b.kind != BindingKind::ClassLocal)
            dict = f.globals;
        if (value) return kr_dict_set(dict, name, value) != 0;
        kr_value old = kr_dict_remove(dict, name);
        if (old == KR_NOTFOUND) {
            kr_raise_msg(&kr_type_NameError, "name '%s' isn't defined", id.c_str());
            return false;
        }
        return old != 0;
    }
    case BindingKind::Unresolved:
        break;
    }
    kr_raise_msg(&kr_type_RuntimeError, "unresolved name '%s'", id.c_str());
    return false;
}

//===----------------------------------------------------------------------===//
// Targets
//===----------------------------------------------------------------------===//

namespace {

/// `a, *b, c = value`: the starred element takes the middle as a list.
bool assignStarred(Frame &f, const ExprList &elts, size_t star, kr_value value) {
    kr_value list = callBuiltin("list", 1, &value);
    if (!list) return false;
    size_t n;
    kr_list_items(list, &n);
    size_t before = star, after = elts.size() - star - 1;
    if (n < before + after) {
        // kr_unpack raises the same ValueError compiled code gives.
        kr_value scratch = kr_list_new(before + after);
        if (!scratch) return false;
        size_t m;
        kr_unpack(list, before + after, kr_list_items(scratch, &m));
        return false;
    }
    for (size_t i = 0; i < elts.size(); ++i) {
        kr_value v;
        if (i < star) {
            v = kr_list_items(list, &n)[i];
        } else if (i == star) {
            kr_value sl = kr_build_slice(kr_small_int((kr_int)before),
                                         kr_small_int((kr_int)(n - after)), none());
            v = sl ? kr_getitem(list, sl) : 0;
        } else {
            v = kr_list_items(list, &n)[n - (elts.size() - i)];
        }
        if (!v) return false;
        const Expr *t = elts[i].get();
        if (i == star) t = cast<Starred>(t)->value.get();
        if (!assignTarget(f, *t, v)) return false;
    }
    return true;
}

bool assignSequence(Frame &f, const ExprList &elts, kr_value value) {
    for (size_t i = 0; i < elts.size(); ++i)
        if (isa<Starred>(elts[i].get())) return assignStarred(f, elts, i, value);
    kr_value out = kr_list_new(elts.size());
    if (!out) return false;
    size_t n;
    if (!kr_unpack(value, elts.size(), kr_list_items(out, &n))) return false;
    for (size_t i = 0; i < elts.size(); ++i)
        if (!assignTarget(f, *elts[i], kr_list_items(out, &n)[i])) return false;
    return true;
}

} // namespace

bool assignTarget(Frame &f, const Expr &target, kr_value value) {
    switch (target.kind()) {
    case NodeKind::Name: {
        const auto &n = *cast<Name>(&target);
        return storeName(f, n.binding, n.id, value);
    }
    case NodeKind::Attribute: {
        const auto &a = *cast<Attribute>(&target);
        kr_value obj = evalExpr(f, *a.value);
        kr_value name = obj ? str(a.attr) : 0;
        return name && kr_setattr(obj, name, value);
    }
    case NodeKind::Subscript: {
        const auto &s = *cast<Subscript>(&target);
        kr_value obj = evalExpr(f, *s.value);
        kr_value index = obj ? evalExpr(f, *s.slice) : 0;
        return index && kr_setitem(obj, index, value);
    }
    case NodeKind::Tuple:
        return assignSequence(f, cast<ast::Tuple>(&target)->elts, value);
    case NodeKind::List:
        return assignSequence(f, cast<ast::List>(&target)->elts, value);
    default:
        break;
    }
    kr_raise_msg(&kr_type_SyntaxError, "can't assign to expression");
    return false;
}

bool deleteTarget(Frame &f, const Expr &target) {
    switch (target.kind()) {
    case NodeKind::Name: {
        const auto &n = *cast<Name>(&target);
        return storeName(f, n.binding, n.id, 0);
    }
    case NodeKind::Attribute: {
        const auto &a = *cast<Attribute>(&target);
        kr_value obj = evalExpr(f, *a.value);
        kr_value name = obj ? str(a.attr) : 0;
        return name && kr_delattr(obj, name);
    }
    case NodeKind::Subscript: {
        const auto &s = *cast<Subscript>(&target);
        kr_value obj = evalExpr(f, *s.value);
        kr_value index = obj ? evalExpr(f, *s.slice) : 0;
        return index && kr_delitem(obj, index);
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
        const ExprList &elts = target.kind() == NodeKind::Tuple ? cast<ast::Tuple>(&target)->elts
                                                                : cast<ast::List>(&target)->elts;
        for (const ExprPtr &e : elts)
            if (!deleteTarget(f, *e)) return false;
        return true;
    }
    default:
        break;
    }
    kr_raise_msg(&kr_type_SyntaxError, "can't delete expression");
    return false;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

namespace {

/// -1 on error, else the truth of the expression.
int evalTest(Frame &f, const Expr &e) {
    kr_value v = evalExpr(f, e);
    return v ? kr_truthy(v) : -1;
}

Flow execWhile(Frame &f, const While &s) {
    for (;;) {
        f.line = s.range.begin.line;
        int t = evalTest(f, *s.test);
        if (t < 0) return Flow::Error;
        if (!t) break;
        Flow fl = execBlock(f, s.body);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl == Flow::Return || fl == Flow::Error) return fl;
    }
    return execBlock(f, s.orelse);
}

Flow execFor(Frame &f, const For &s) {
    if (s.isAsync) return unsupported("'async for' is"), Flow::Error;
    kr_value seq = evalExpr(f, *s.iter);
    kr_value it = seq ? kr_iter(seq) : 0;
    if (!it) return Flow::Error;
    for (;;) {
        f.line = s.range.begin.line;
        kr_value v = kr_iter_next(it);
        if (!v) return Flow::Error;
        if (v == KR_STOP) break;
        if (!assignTarget(f, *s.target, v)) return Flow::Error;
        Flow fl = execBlock(f, s.body);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl == Flow::Return || fl == Flow::Error) return fl;
    }
    return execBlock(f, s.orelse);
}

/// Runs a handler clause for `exc` (already matched).
Flow runHandler(Frame &f, const ExceptHandler &h, kr_value exc) {
    if (!h.name.empty() && !storeName(f, h.nameBinding, h.name, exc)) return Flow::Error;
    kr_value outer = f.handling;
    f.handling = exc;
    Flow fl = execBlock(f, h.body);
    f.handling = outer;
    // As CPython: the `as` name is deleted at the end of the handler.
    if (!h.name.empty() && fl != Flow::Error) {
        if (h.nameBinding.kind == BindingKind::Local)
            f.slots[h.nameBinding.index] = 0;
        else
            storeName(f, h.nameBinding, h.name, 0);
        kr_exc_fetch(); // the name may already be gone: not an error here
    }
    return fl;
}

Flow execTryExcept(Frame &f, const Try &s) {
    Flow fl = execBlock(f, s.body);
    if (fl != Flow::Error) return fl == Flow::Normal ? execBlock(f, s.orelse) : fl;
    if (s.handlers.empty()) return fl;
    kr_value exc = kr_exc_fetch();
    for (const ExceptHandler &h : s.handlers) {
        if (h.type) {
            kr_value type = evalExpr(f, *h.type);
            if (!type) return Flow::Error;
            int m = kr_exc_match(exc, type);
            if (m < 0) return Flow::Error;
            if (!m) continue;
        }
        return runHandler(f, h, exc);
    }
    kr_exc_restore(exc);
    return Flow::Error;
}

Flow execTry(Frame &f, const Try &s) {
    Flow fl = execTryExcept(f, s);
    if (s.finalbody.empty()) return fl;
    kr_value pending = fl == Flow::Error ? kr_exc_fetch() : 0;
    kr_value ret = f.retval;
    Flow fin = execBlock(f, s.finalbody);
    // A finally that raises, returns, breaks or continues replaces the outcome.
    if (fin != Flow::Normal) return fin;
    f.retval = ret;
    if (pending) kr_exc_restore(pending);
    return fl;
}

Flow execWith(Frame &f, const With &s, size_t item) {
    if (item == s.items.size()) return execBlock(f, s.body);
    if (s.isAsync) return unsupported("'async with' is"), Flow::Error;
    const WithItem &w = s.items[item];
    kr_value mgr = evalExpr(f, *w.contextExpr);
    if (!mgr) return Flow::Error;
    kr_value exitName = str("__exit__");
    kr_value exit = exitName ? kr_getattr(mgr, exitName) : 0;
    kr_value value = exit ? kr_call_method(mgr, str("__enter__"), 0, nullptr, 0) : 0;
    if (!value) return Flow::Error;
    if (w.optionalVars && !assignTarget(f, *w.optionalVars, value)) return Flow::Error;
    Flow fl = execWith(f, s, item + 1);
    kr_value args[3] = {none(), none(), none()};
    kr_value exc = 0;
    if (fl == Flow::Error) {
        exc = kr_exc_fetch();
        args[0] = kr_val(kr_type_of(exc));
        args[1] = exc;
    }
    kr_value r = kr_call(exit, 3, args);
    if (!r) return Flow::Error;
    if (!exc) return fl;
    int swallow = kr_truthy(r);
    if (swallow < 0) return Flow::Error;
    if (swallow) return Flow::Normal;
    kr_exc_restore(exc);
    return Flow::Error;
}

Flow execRaise(Frame &f, const Raise &s) {
    if (!s.exc) {
        if (f.handling) {
            kr_exc_restore(f.handling);
            return Flow::Error;
        }
        kr_reraise(0);
        return Flow::Error;
    }
    kr_value exc = evalExpr(f, *s.exc);
    if (!exc) return Flow::Error;
    // As compiled code: the cause is evaluated, MicroPython does not chain it.
    if (s.cause && !evalExpr(f, *s.cause)) return Flow::Error;
    kr_raise(exc);
    return Flow::Error;
}

Flow execFunctionDef(Frame &f, const FunctionDef &d) {
    kr_value decorators = kr_list_new(0);
    if (!decorators) return Flow::Error;
    for (const ExprPtr &e : d.decorators) {
        kr_value v = evalExpr(f, *e);
        if (!v || !kr_list_append(decorators, v)) return Flow::Error;
    }
    kr_value defaults = 0, kwdefaults = 0;
    if (!d.args.defaults.empty()) {
        kr_value list = kr_list_new(0);
        if (!list) return Flow::Error;
        for (const ExprPtr &e : d.args.defaults) {
            kr_value v = evalExpr(f, *e);
            if (!v || !kr_list_append(list, v)) return Flow::Error;
        }
        if (!(defaults = callBuiltin("tuple", 1, &list))) return Flow::Error;
    }
    for (size_t i = 0; i < d.args.kwDefaults.size(); ++i) {
        if (!d.args.kwDefaults[i]) continue;
        if (!kwdefaults && !(kwdefaults = kr_dict_new())) return Flow::Error;
        kr_value v = evalExpr(f, *d.args.kwDefaults[i]);
        kr_value k = v ? str(d.args.kwonly[i].name) : 0;
        if (!k || !kr_dict_set(kwdefaults, k, v)) return Flow::Error;
    }
    kr_value fn = makeFunction(f, d, d.args, d.scope, d.name, defaults, kwdefaults);
    if (!fn) return Flow::Error;
    size_t n;
    kr_list_items(decorators, &n);
    for (size_t i = n; i-- > 0;) {
        kr_value dec = kr_list_items(decorators, &n)[i];
        if (!(fn = kr_call(dec, 1, &fn))) return Flow::Error;
    }
    return storeName(f, d.nameBinding, d.name, fn) ? Flow::Normal : Flow::Error;
}

Flow execImport(Frame &f, const Import &s) {
    for (const Alias &a : s.names) {
        kr_value name = str(a.name);
        kr_value mod = name ? kr_import(name) : 0;
        if (!mod) return Flow::Error;
        // `import a.b` binds the top package `a`; `import a.b as c` the leaf.
        if (a.asname.empty() && a.name.find('.') != std::string::npos) {
            kr_value top = str(a.boundName());
            if (!top || !(mod = kr_import(top))) return Flow::Error;
        }
        if (!storeName(f, a.binding, a.boundName(), mod)) return Flow::Error;
    }
    return Flow::Normal;
}

Flow execImportFrom(Frame &f, const ImportFrom &s) {
    if (s.level > 0) return unsupported("relative imports are"), Flow::Error;
    kr_value name = str(s.module);
    kr_value mod = name ? kr_import(name) : 0;
    if (!mod) return Flow::Error;
    for (const Alias &a : s.names) {
        if (a.name == "*") {
            kr_value ns = f.ns ? f.ns : f.globals;
            if (!kr_import_star(mod, ns)) return Flow::Error;
            continue;
        }
        kr_value attr = str(a.name);
        kr_value v = attr ? kr_import_from(mod, attr) : 0;
        if (!v || !storeName(f, a.binding, a.boundName(), v)) return Flow::Error;
    }
    return Flow::Normal;
}

Flow execAssign(Frame &f, const Assign &s) {
    kr_value v = evalExpr(f, *s.value);
    if (!v) return Flow::Error;
    for (const ExprPtr &t : s.targets)
        if (!assignTarget(f, *t, v)) return Flow::Error;
    return Flow::Normal;
}

/// `target op= value`: the target's container and index are evaluated once.
Flow execAugAssign(Frame &f, const AugAssign &s) {
    kr_value obj = 0, key = 0, old = 0;
    if (const auto *n = dyn_cast<Name>(s.target.get())) {
        old = loadName(f, n->binding, n->id);
    } else if (const auto *a = dyn_cast<Attribute>(s.target.get())) {
        obj = evalExpr(f, *a->value);
        key = obj ? str(a->attr) : 0;
        old = key ? kr_getattr(obj, key) : 0;
    } else if (const auto *sub = dyn_cast<Subscript>(s.target.get())) {
        obj = evalExpr(f, *sub->value);
        key = obj ? evalExpr(f, *sub->slice) : 0;
        old = key ? kr_getitem(obj, key) : 0;
    } else {
        kr_raise_msg(&kr_type_SyntaxError, "illegal expression for augmented assignment");
        return Flow::Error;
    }
    if (!old) return Flow::Error;
    kr_value rhs = evalExpr(f, *s.value);
    if (!rhs) return Flow::Error;
    kr_value r =
        kr_binary_op(binaryOpCode(s.op) - KR_BINARY_FIRST + KR_BINARY_INPLACE_FIRST, old, rhs);
    if (!r) return Flow::Error;
    bool ok;
    if (const auto *n = dyn_cast<Name>(s.target.get()))
        ok = storeName(f, n->binding, n->id, r);
    else if (isa<Attribute>(s.target.get()))
        ok = kr_setattr(obj, key, r) != 0;
    else
        ok = kr_setitem(obj, key, r) != 0;
    return ok ? Flow::Normal : Flow::Error;
}

} // namespace

Flow execBlock(Frame &f, const StmtList &body) {
    for (const StmtPtr &s : body) {
        Flow fl = execStmt(f, *s);
        if (fl != Flow::Normal) return fl;
    }
    return Flow::Normal;
}

Flow execStmt(Frame &f, const Stmt &s) {
    if (stackTooDeep()) return Flow::Error;
    f.line = s.range.begin.line;
    switch (s.kind()) {
    case NodeKind::ExprStmt:
        return evalExpr(f, *cast<ExprStmt>(&s)->value) ? Flow::Normal : Flow::Error;
    case NodeKind::Assign:
        return execAssign(f, *cast<Assign>(&s));
    case NodeKind::AugAssign:
        return execAugAssign(f, *cast<AugAssign>(&s));
    case NodeKind::AnnAssign: {
        const auto &a = *cast<AnnAssign>(&s);
        if (!a.value) return Flow::Normal;
        kr_value v = evalExpr(f, *a.value);
        return v && assignTarget(f, *a.target, v) ? Flow::Normal : Flow::Error;
    }
    case NodeKind::Delete:
        for (const ExprPtr &t : cast<Delete>(&s)->targets)
            if (!deleteTarget(f, *t)) return Flow::Error;
        return Flow::Normal;
    case NodeKind::Pass:
    case NodeKind::Global:
    case NodeKind::Nonlocal:
        return Flow::Normal;
    case NodeKind::Break:
        return Flow::Break;
    case NodeKind::Continue:
        return Flow::Continue;
    case NodeKind::Return: {
        const auto &r = *cast<Return>(&s);
        f.retval = r.value ? evalExpr(f, *r.value) : none();
        return f.retval ? Flow::Return : Flow::Error;
    }
    case NodeKind::Raise:
        return execRaise(f, *cast<Raise>(&s));
    case NodeKind::If: {
        const auto &i = *cast<If>(&s);
        int t = evalTest(f, *i.test);
        if (t < 0) return Flow::Error;
        return execBlock(f, t ? i.body : i.orelse);
    }
    case NodeKind::While:
        return execWhile(f, *cast<While>(&s));
    case NodeKind::For:
        return execFor(f, *cast<For>(&s));
    case NodeKind::Try:
        return execTry(f, *cast<Try>(&s));
    case NodeKind::With:
        return execWith(f, *cast<With>(&s), 0);
    case NodeKind::FunctionDef:
        return execFunctionDef(f, *cast<FunctionDef>(&s));
    case NodeKind::ClassDef: {
        const auto &c = *cast<ClassDef>(&s);
        kr_value cls = makeClass(f, c);
        return cls && storeName(f, c.nameBinding, c.name, cls) ? Flow::Normal : Flow::Error;
    }
    case NodeKind::Import:
        return execImport(f, *cast<Import>(&s));
    case NodeKind::ImportFrom:
        return execImportFrom(f, *cast<ImportFrom>(&s));
    case NodeKind::Assert: {
        const auto &a = *cast<Assert>(&s);
        int t = evalTest(f, *a.test);
        if (t < 0) return Flow::Error;
        if (t) return Flow::Normal;
        kr_value msg = 0;
        if (a.msg && !(msg = evalExpr(f, *a.msg))) return Flow::Error;
        kr_raise_assertion(msg);
        return Flow::Error;
    }
    default:
        break;
    }
    unsupported(nodeKindName(s.kind()));
    return Flow::Error;
}

} // namespace krait::eval
