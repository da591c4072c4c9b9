//===- ParserTargets.cpp - Assignment and deletion target checks ----------===//

#include "frontend/Parser.h"

namespace krait {

using namespace ast;

/// What an invalid target is called in "cannot assign to X" messages.
static const char *targetDescription(const Expr &e) {
    switch (e.kind()) {
    case NodeKind::Constant:
        switch (cast<Constant>(&e)->constKind) {
        case ConstantKind::True:
            return "True";
        case ConstantKind::False:
            return "False";
        case ConstantKind::None:
            return "None";
        case ConstantKind::Ellipsis:
            return "ellipsis";
        default:
            return "literal";
        }
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
        return "f-string expression";
    case NodeKind::Call:
        return "function call";
    case NodeKind::Compare:
        return "comparison";
    case NodeKind::Lambda:
        return "lambda";
    case NodeKind::IfExp:
        return "conditional expression";
    case NodeKind::NamedExpr:
        return "named expression";
    case NodeKind::ListComp:
        return "list comprehension";
    case NodeKind::SetComp:
        return "set comprehension";
    case NodeKind::DictComp:
        return "dict comprehension";
    case NodeKind::GeneratorExp:
        return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
        return "yield expression";
    case NodeKind::Await:
        return "await expression";
    case NodeKind::Dict:
        return "dict literal";
    case NodeKind::Set:
        return "set display";
    default:
        return "expression";
    }
}

bool Parser::setContext(Expr &target, ExprContext ctx) {
    const char *verb = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
    switch (target.kind()) {
    case NodeKind::Name:
        cast<Name>(&target)->ctx = ctx;
        return true;
    case NodeKind::Attribute:
        cast<Attribute>(&target)->ctx = ctx;
        return true;
    case NodeKind::Subscript:
        cast<Subscript>(&target)->ctx = ctx;
        return true;
    case NodeKind::Starred:
        if (ctx == ExprContext::Del) {
            errorAt(target.range.begin, "cannot delete starred");
            return false;
        }
        errorAt(target.range.begin, "starred assignment target must be in a list or tuple");
        return false;
    case NodeKind::Tuple:
    case NodeKind::List: {
        ExprList &elts =
            isa<Tuple>(&target) ? cast<Tuple>(&target)->elts : cast<List>(&target)->elts;
        if (auto *t = dyn_cast<Tuple>(&target))
            t->ctx = ctx;
        else
            cast<List>(&target)->ctx = ctx;
        bool sawStar = false;
        for (auto &elt : elts) {
            if (auto *star = dyn_cast<Starred>(elt.get()); star && ctx == ExprContext::Store) {
                if (sawStar) {
                    errorAt(star->range.begin, "multiple starred expressions in assignment");
                    return false;
                }
                sawStar = true;
                star->ctx = ctx;
                if (!setContext(*star->value, ctx)) return false;
                continue;
            }
            if (!setContext(*elt, ctx)) return false;
        }
        return true;
    }
    default:
        errorAt(target.range.begin, std::string(verb) + targetDescription(target));
        return false;
    }
}

bool Parser::checkAugTarget(Expr &target) {
    if (isa<Name>(&target) || isa<Attribute>(&target) || isa<Subscript>(&target))
        return setContext(target, ExprContext::Store);
    const char *what = isa<Tuple>(&target)  ? "tuple"
                       : isa<List>(&target) ? "list"
                                            : targetDescription(target);
    errorAt(target.range.begin,
            std::string("'") + what + "' is an illegal expression for augmented assignment");
    return false;
}

bool Parser::checkNoStarred(const Expr *e) {
    if (e && isa<Starred>(e)) {
        errorAt(e->range.begin, "can't use starred expression here");
        return false;
    }
    return true;
}

} // namespace krait
