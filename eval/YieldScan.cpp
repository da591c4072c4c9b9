//===- eval/YieldScan.cpp - where the yields of a generator body are ------===//
//
// The generator walk (EvalGenerator.cpp) runs statements that contain no
// yield (nor await) with the ordinary evaluator; these scans tell which do.
// Nested function, lambda and class bodies are other scopes: not scanned.
//
//===----------------------------------------------------------------------===//

#include "eval/Evaluator.h"

namespace krait::eval {

using namespace krait::ast;

bool anyHasYield(const ExprList &list) {
    for (const ExprPtr &e : list)
        if (exprHasYield(e.get())) return true;
    return false;
}

bool exprHasYield(const Expr *e) {
    if (!e) return false;
    switch (e->kind()) {
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
        return true;
    case NodeKind::Lambda:
    case NodeKind::Name:
    case NodeKind::Constant:
        return false;
    case NodeKind::JoinedStr:
        return anyHasYield(cast<JoinedStr>(e)->values);
    case NodeKind::FormattedValue: {
        const auto *fv = cast<FormattedValue>(e);
        return exprHasYield(fv->value.get()) || exprHasYield(fv->formatSpec.get());
    }
    case NodeKind::BinOp:
        return exprHasYield(cast<BinOp>(e)->left.get()) ||
               exprHasYield(cast<BinOp>(e)->right.get());
    case NodeKind::UnaryOp:
        return exprHasYield(cast<UnaryOp>(e)->operand.get());
    case NodeKind::BoolOp:
        return anyHasYield(cast<BoolOp>(e)->values);
    case NodeKind::Compare:
        return exprHasYield(cast<Compare>(e)->left.get()) ||
               anyHasYield(cast<Compare>(e)->comparators);
    case NodeKind::Call: {
        const auto *c = cast<Call>(e);
        if (exprHasYield(c->func.get()) || anyHasYield(c->args)) return true;
        for (const Keyword &k : c->keywords)
            if (exprHasYield(k.value.get())) return true;
        return false;
    }
    case NodeKind::Attribute:
        return exprHasYield(cast<Attribute>(e)->value.get());
    case NodeKind::Subscript:
        return exprHasYield(cast<Subscript>(e)->value.get()) ||
               exprHasYield(cast<Subscript>(e)->slice.get());
    case NodeKind::Slice: {
        const auto *s = cast<ast::Slice>(e);
        return exprHasYield(s->lower.get()) || exprHasYield(s->upper.get()) ||
               exprHasYield(s->step.get());
    }
    case NodeKind::Tuple:
        return anyHasYield(cast<ast::Tuple>(e)->elts);
    case NodeKind::List:
        return anyHasYield(cast<ast::List>(e)->elts);
    case NodeKind::Set:
        return anyHasYield(cast<ast::Set>(e)->elts);
    case NodeKind::Dict: {
        const auto *d = cast<ast::Dict>(e);
        for (const ExprPtr &k : d->keys)
            if (exprHasYield(k.get())) return true;
        return anyHasYield(d->values);
    }
    case NodeKind::IfExp: {
        const auto *x = cast<IfExp>(e);
        return exprHasYield(x->test.get()) || exprHasYield(x->body.get()) ||
               exprHasYield(x->orelse.get());
    }
    case NodeKind::NamedExpr:
        return exprHasYield(cast<NamedExpr>(e)->value.get());
    case NodeKind::Starred:
        return exprHasYield(cast<Starred>(e)->value.get());
    case NodeKind::Await:
        return true; // treated like a yield: not run by the walker
    default:
        // Comprehensions: only their first iterable belongs to this scope.
        if (const auto *c = dyn_cast<ComprehensionExpr>(e))
            return exprHasYield(c->generators[0].iter.get());
        return false;
    }
}

bool blockHasYield(const StmtList &body) {
    for (const StmtPtr &s : body)
        if (stmtHasYield(s.get())) return true;
    return false;
}

bool stmtHasYield(const Stmt *s) {
    switch (s->kind()) {
    case NodeKind::ExprStmt:
        return exprHasYield(cast<ExprStmt>(s)->value.get());
    case NodeKind::Assign:
        return exprHasYield(cast<Assign>(s)->value.get()) || anyHasYield(cast<Assign>(s)->targets);
    case NodeKind::AugAssign:
        return exprHasYield(cast<AugAssign>(s)->target.get()) ||
               exprHasYield(cast<AugAssign>(s)->value.get());
    case NodeKind::AnnAssign:
        return exprHasYield(cast<AnnAssign>(s)->value.get());
    case NodeKind::Delete:
        return anyHasYield(cast<Delete>(s)->targets);
    case NodeKind::Return:
        return exprHasYield(cast<Return>(s)->value.get());
    case NodeKind::Raise:
        return exprHasYield(cast<Raise>(s)->exc.get()) || exprHasYield(cast<Raise>(s)->cause.get());
    case NodeKind::Assert:
        return exprHasYield(cast<Assert>(s)->test.get()) ||
               exprHasYield(cast<Assert>(s)->msg.get());
    case NodeKind::If: {
        const auto *i = cast<If>(s);
        return exprHasYield(i->test.get()) || blockHasYield(i->body) || blockHasYield(i->orelse);
    }
    case NodeKind::While: {
        const auto *w = cast<While>(s);
        return exprHasYield(w->test.get()) || blockHasYield(w->body) || blockHasYield(w->orelse);
    }
    case NodeKind::For: {
        const auto *f = cast<For>(s);
        return f->isAsync || exprHasYield(f->iter.get()) || blockHasYield(f->body) ||
               blockHasYield(f->orelse);
    }
    case NodeKind::Try: {
        const auto *t = cast<Try>(s);
        if (blockHasYield(t->body) || blockHasYield(t->orelse) || blockHasYield(t->finalbody))
            return true;
        for (const ExceptHandler &h : t->handlers)
            if (exprHasYield(h.type.get()) || blockHasYield(h.body)) return true;
        return false;
    }
    case NodeKind::With: {
        const auto *w = cast<With>(s);
        if (w->isAsync) return true;
        for (const WithItem &item : w->items)
            if (exprHasYield(item.contextExpr.get())) return true;
        return blockHasYield(w->body);
    }
    case NodeKind::FunctionDef: {
        const auto *d = cast<FunctionDef>(s);
        return anyHasYield(d->decorators) || anyHasYield(d->args.defaults);
    }
    case NodeKind::ClassDef:
        return anyHasYield(cast<ClassDef>(s)->bases);
    default:
        return false;
    }
}

} // namespace krait::eval
