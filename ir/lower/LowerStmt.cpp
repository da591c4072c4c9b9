//===- LowerStmt.cpp - Simple statements, names and assignment ------------===//

#include "ir/lower/LowerImpl.h"
#include "ir/lower/Lowering.h"

namespace krait::lower {

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

bool FunctionLowering::checkBinding(SourceLoc loc, const NameBinding &b, const std::string &id) {
    size_t limit = 0;
    switch (b.kind) {
    case BindingKind::Global:
    case BindingKind::GlobalOrBuiltin:
        return true;
    case BindingKind::Local:
        limit = slotOf_.size();
        break;
    case BindingKind::Cell:
        limit = cells_.size();
        break;
    case BindingKind::Free:
        limit = frees_.size();
        break;
    case BindingKind::ClassLocal:
        if (ns_) return true;
        m_.error(loc, "internal error: class name '" + id + "' outside a class body");
        return false;
    case BindingKind::Unresolved:
        m_.error(loc, "internal error: name '" + id + "' was not resolved");
        return false;
    }
    if (b.index < limit) return true;
    m_.error(loc, "internal error: storage of '" + id + "' out of range");
    return false;
}

/// The cell holding a Cell or Free variable.
static ir::Instruction *cellOf(const NameBinding &b, const std::vector<ir::Instruction *> &cells,
                               const std::vector<ir::Instruction *> &frees) {
    return b.kind == BindingKind::Cell ? cells[b.index] : frees[b.index];
}

ir::Instruction *FunctionLowering::loadName(SourceLoc loc, const NameBinding &b,
                                            const std::string &id) {
    if (!checkBinding(loc, b, id)) return poison();
    b_.setLoc(loc);
    switch (b.kind) {
    case BindingKind::Local:
        return b_.slotLoad(slotOf_[b.index]);
    case BindingKind::Cell:
    case BindingKind::Free:
        return b_.cellLoad(cellOf(b, cells_, frees_), id);
    case BindingKind::ClassLocal:
        return b_.nsLoad(ns_, id);
    default:
        // A name the module never assigns falls back to builtins inside
        // global.load, so both global kinds load the same way.
        return b_.globalLoad(id);
    }
}

void FunctionLowering::storeName(SourceLoc loc, const NameBinding &b, const std::string &id,
                                 ir::Instruction *value) {
    if (!checkBinding(loc, b, id)) return;
    b_.setLoc(loc);
    switch (b.kind) {
    case BindingKind::Local:
        b_.slotStore(slotOf_[b.index], value);
        return;
    case BindingKind::Cell:
    case BindingKind::Free:
        b_.cellStore(cellOf(b, cells_, frees_), value);
        return;
    case BindingKind::ClassLocal:
        b_.nsStore(ns_, id, value);
        return;
    default:
        b_.globalStore(id, value);
        return;
    }
}

void FunctionLowering::deleteName(SourceLoc loc, const NameBinding &b, const std::string &id) {
    if (!checkBinding(loc, b, id)) return;
    b_.setLoc(loc);
    switch (b.kind) {
    case BindingKind::Local:
        b_.slotDel(slotOf_[b.index]);
        return;
    case BindingKind::Cell:
    case BindingKind::Free:
        b_.cellDel(cellOf(b, cells_, frees_), id);
        return;
    case BindingKind::ClassLocal:
        b_.nsDel(ns_, id);
        return;
    default:
        b_.globalDel(id);
        return;
    }
}

//===----------------------------------------------------------------------===//
// Statement dispatch
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerStmts(const ast::StmtList &stmts) {
    for (const ast::StmtPtr &s : stmts) {
        // Code after return/raise/break/continue never runs.
        if (!reachable()) return;
        lowerStmt(*s);
    }
}

void FunctionLowering::lowerStmt(const ast::Stmt &stmt) {
    at(stmt);
    using K = ast::NodeKind;
    switch (stmt.kind()) {
    case K::ExprStmt:
        lowerExpr(*ast::cast<ast::ExprStmt>(&stmt)->value);
        return;
    case K::Assign:
        lowerAssign(*ast::cast<ast::Assign>(&stmt));
        return;
    case K::AugAssign:
        lowerAugAssign(*ast::cast<ast::AugAssign>(&stmt));
        return;
    case K::AnnAssign: {
        // Annotations are not evaluated (as in MicroPython); only the value
        // is assigned, if there is one.
        auto &s = *ast::cast<ast::AnnAssign>(&stmt);
        if (s.value) {
            ir::Instruction *v = lowerExpr(*s.value);
            assignTo(*s.target, v);
        }
        return;
    }
    case K::Delete:
        for (const ast::ExprPtr &t : ast::cast<ast::Delete>(&stmt)->targets)
            lowerDelete(*t);
        return;
    case K::Pass:
    case K::Global:
    case K::Nonlocal:
        return; // Scope analysis already applied the declarations.
    case K::Break:
        lowerBreakContinue(stmt, true);
        return;
    case K::Continue:
        lowerBreakContinue(stmt, false);
        return;
    case K::Return:
        lowerReturn(*ast::cast<ast::Return>(&stmt));
        return;
    case K::Raise:
        lowerRaise(*ast::cast<ast::Raise>(&stmt));
        return;
    case K::If:
        lowerIf(*ast::cast<ast::If>(&stmt));
        return;
    case K::While:
        lowerWhile(*ast::cast<ast::While>(&stmt));
        return;
    case K::For:
        lowerFor(*ast::cast<ast::For>(&stmt));
        return;
    case K::Try:
        lowerTry(*ast::cast<ast::Try>(&stmt));
        return;
    case K::With: {
        lowerWith(*ast::cast<ast::With>(&stmt), 0);
        return;
    }
    case K::FunctionDef:
        lowerFunctionDef(*ast::cast<ast::FunctionDef>(&stmt));
        return;
    case K::ClassDef:
        lowerClassDef(*ast::cast<ast::ClassDef>(&stmt));
        return;
    case K::Import:
        lowerImport(*ast::cast<ast::Import>(&stmt));
        return;
    case K::ImportFrom:
        lowerImportFrom(*ast::cast<ast::ImportFrom>(&stmt));
        return;
    case K::Assert:
        lowerAssert(*ast::cast<ast::Assert>(&stmt));
        return;
    default:
        break;
    }
    error(stmt,
          std::string("internal error: unexpected statement ") + ast::nodeKindName(stmt.kind()));
}

//===----------------------------------------------------------------------===//
// Assignment
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerAssign(const ast::Assign &s) {
    ir::Instruction *v = lowerExpr(*s.value);
    // `a = b = v` assigns the one value to each target, left to right.
    for (const ast::ExprPtr &t : s.targets)
        assignTo(*t, v);
}

void FunctionLowering::assignTo(const ast::Expr &target, ir::Instruction *value) {
    using K = ast::NodeKind;
    switch (target.kind()) {
    case K::Name: {
        auto &n = *ast::cast<ast::Name>(&target);
        storeName(n.range.begin, n.binding, n.id, value);
        return;
    }
    case K::Attribute: {
        auto &a = *ast::cast<ast::Attribute>(&target);
        ir::Instruction *obj = lowerExpr(*a.value);
        at(a);
        b_.setAttr(obj, a.attr, value);
        return;
    }
    case K::Subscript: {
        auto &s = *ast::cast<ast::Subscript>(&target);
        ir::Instruction *obj = lowerExpr(*s.value);
        ir::Instruction *index = lowerExpr(*s.slice);
        at(s);
        b_.setItem(obj, index, value);
        return;
    }
    case K::Tuple:
        assignSequence(target, ast::cast<ast::Tuple>(&target)->elts, value);
        return;
    case K::List:
        assignSequence(target, ast::cast<ast::List>(&target)->elts, value);
        return;
    case K::Starred:
        error(target, "starred assignment target must be in a list or tuple");
        return;
    default:
        break;
    }
    error(target, "cannot assign to expression");
}

void FunctionLowering::assignSequence(const ast::Node &node, const ast::ExprList &elts,
                                      ir::Instruction *value) {
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i) {
        if (!ast::isa<ast::Starred>(elts[i].get())) continue;
        if (star != elts.size()) {
            error(*elts[i], "multiple starred expressions in assignment");
            return;
        }
        star = i;
    }
    at(node);
    // Every item is unpacked before any target is assigned (as CPython).
    if (star == elts.size()) {
        ir::Instruction *u = b_.unpack(value, static_cast<unsigned>(elts.size()));
        std::vector<ir::Instruction *> items;
        for (unsigned i = 0; i < elts.size(); ++i)
            items.push_back(b_.extract(u, i));
        for (size_t i = 0; i < elts.size(); ++i)
            assignTo(*elts[i], items[i]);
        return;
    }
    unsigned before = static_cast<unsigned>(star);
    unsigned after = static_cast<unsigned>(elts.size() - star - 1);
    ir::Instruction *u = b_.unpackEx(value, before, after);
    std::vector<ir::Instruction *> items;
    for (unsigned i = 0; i < elts.size(); ++i)
        items.push_back(b_.extract(u, i));
    for (size_t i = 0; i < elts.size(); ++i) {
        const ast::Expr *t = elts[i].get();
        if (i == star) t = ast::cast<ast::Starred>(t)->value.get();
        assignTo(*t, items[i]);
    }
}

ir::BinaryOp irBinaryOp(ast::BinOpKind op) {
    using A = ast::BinOpKind;
    using B = ir::BinaryOp;
    switch (op) {
    case A::Add:
        return B::Add;
    case A::Sub:
        return B::Sub;
    case A::Mult:
        return B::Mul;
    case A::MatMult:
        return B::MatMul;
    case A::Div:
        return B::TrueDiv;
    case A::FloorDiv:
        return B::FloorDiv;
    case A::Mod:
        return B::Mod;
    case A::Pow:
        return B::Pow;
    case A::LShift:
        return B::LShift;
    case A::RShift:
        return B::RShift;
    case A::BitOr:
        return B::Or;
    case A::BitXor:
        return B::Xor;
    case A::BitAnd:
        return B::And;
    }
    return B::Add;
}

void FunctionLowering::lowerAugAssign(const ast::AugAssign &s) {
    ir::BinaryOp op = ir::inPlaceForm(irBinaryOp(s.op));
    using K = ast::NodeKind;
    switch (s.target->kind()) {
    case K::Name: {
        auto &n = *ast::cast<ast::Name>(s.target.get());
        ir::Instruction *old = loadName(n.range.begin, n.binding, n.id);
        ir::Instruction *rhs = lowerExpr(*s.value);
        at(s);
        ir::Instruction *r = b_.binary(op, old, rhs);
        storeName(n.range.begin, n.binding, n.id, r);
        return;
    }
    case K::Attribute: {
        // The object is evaluated once, for both the load and the store.
        auto &a = *ast::cast<ast::Attribute>(s.target.get());
        ir::Instruction *obj = lowerExpr(*a.value);
        at(a);
        ir::Instruction *old = b_.getAttr(obj, a.attr);
        ir::Instruction *rhs = lowerExpr(*s.value);
        at(s);
        ir::Instruction *r = b_.binary(op, old, rhs);
        at(a);
        b_.setAttr(obj, a.attr, r);
        return;
    }
    case K::Subscript: {
        // Container and index are evaluated once.
        auto &sub = *ast::cast<ast::Subscript>(s.target.get());
        ir::Instruction *obj = lowerExpr(*sub.value);
        ir::Instruction *index = lowerExpr(*sub.slice);
        at(sub);
        ir::Instruction *old = b_.getItem(obj, index);
        ir::Instruction *rhs = lowerExpr(*s.value);
        at(s);
        ir::Instruction *r = b_.binary(op, old, rhs);
        at(sub);
        b_.setItem(obj, index, r);
        return;
    }
    default:
        break;
    }
    error(*s.target, "illegal expression for augmented assignment");
}

void FunctionLowering::lowerDelete(const ast::Expr &target) {
    using K = ast::NodeKind;
    switch (target.kind()) {
    case K::Name: {
        auto &n = *ast::cast<ast::Name>(&target);
        deleteName(n.range.begin, n.binding, n.id);
        return;
    }
    case K::Attribute: {
        auto &a = *ast::cast<ast::Attribute>(&target);
        ir::Instruction *obj = lowerExpr(*a.value);
        at(a);
        b_.delAttr(obj, a.attr);
        return;
    }
    case K::Subscript: {
        auto &s = *ast::cast<ast::Subscript>(&target);
        ir::Instruction *obj = lowerExpr(*s.value);
        ir::Instruction *index = lowerExpr(*s.slice);
        at(s);
        b_.delItem(obj, index);
        return;
    }
    case K::Tuple:
        for (const ast::ExprPtr &e : ast::cast<ast::Tuple>(&target)->elts)
            lowerDelete(*e);
        return;
    case K::List:
        for (const ast::ExprPtr &e : ast::cast<ast::List>(&target)->elts)
            lowerDelete(*e);
        return;
    default:
        break;
    }
    error(target, "cannot delete expression");
}

//===----------------------------------------------------------------------===//
// Imports
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerImport(const ast::Import &s) {
    for (const ast::Alias &a : s.names) {
        b_.setLoc(a.range.begin);
        // `import a.b` imports a, then a.b, and binds a; `import a.b as c`
        // binds the submodule a.b itself.
        ir::Instruction *mod = b_.import(a.name);
        auto dot = a.name.find('.');
        if (a.asname.empty() && dot != std::string::npos) mod = b_.import(a.name.substr(0, dot));
        storeName(a.range.begin, a.binding, a.boundName(), mod);
    }
}

void FunctionLowering::lowerImportFrom(const ast::ImportFrom &s) {
    at(s);
    std::string name = s.module;
    if (s.level != 0) {
        name = resolveImportName(m_.package, s.level, s.module);
        // Outside a package (or above its top): the runtime raises
        // "can't perform relative import" for a name starting with '.'.
        if (name.empty()) name = std::string(s.level, '.') + s.module;
    }
    ir::Instruction *mod = b_.import(name);
    for (const ast::Alias &a : s.names) {
        b_.setLoc(a.range.begin);
        if (a.name == "*") {
            if (!fn_->isModuleBody) {
                error(s, "'import *' only allowed at module level");
                return;
            }
            b_.importStar(mod);
            continue;
        }
        ir::Instruction *v = b_.importFrom(mod, a.name);
        storeName(a.range.begin, a.binding, a.boundName(), v);
    }
}

} // namespace krait::lower
