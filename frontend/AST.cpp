//===- AST.cpp - AST helpers ----------------------------------------------===//

#include "frontend/AST.h"

namespace krait::ast {

const char *nodeKindName(NodeKind kind) {
    switch (kind) {
#define KIND(K)                                                                                    \
    case NodeKind::K:                                                                              \
        return #K;
        KIND(Name)
        KIND(Constant)
        KIND(JoinedStr)
        KIND(FormattedValue)
        KIND(BinOp)
        KIND(UnaryOp)
        KIND(BoolOp)
        KIND(Compare)
        KIND(Call)
        KIND(Attribute)
        KIND(Subscript)
        KIND(Slice)
        KIND(Tuple)
        KIND(List)
        KIND(Dict)
        KIND(Set)
        KIND(ListComp)
        KIND(SetComp)
        KIND(DictComp)
        KIND(GeneratorExp)
        KIND(IfExp)
        KIND(Lambda)
        KIND(NamedExpr)
        KIND(Starred)
        KIND(Yield)
        KIND(YieldFrom)
        KIND(Await)
        KIND(ExprStmt)
        KIND(Assign)
        KIND(AugAssign)
        KIND(AnnAssign)
        KIND(Delete)
        KIND(Pass)
        KIND(Break)
        KIND(Continue)
        KIND(Return)
        KIND(Raise)
        KIND(Global)
        KIND(Nonlocal)
        KIND(If)
        KIND(While)
        KIND(For)
        KIND(Try)
        KIND(With)
        KIND(FunctionDef)
        KIND(ClassDef)
        KIND(Import)
        KIND(ImportFrom)
        KIND(Assert)
        KIND(Module)
#undef KIND
    }
    return "?";
}

const char *spelling(BinOpKind op) {
    switch (op) {
    case BinOpKind::Add:
        return "+";
    case BinOpKind::Sub:
        return "-";
    case BinOpKind::Mult:
        return "*";
    case BinOpKind::MatMult:
        return "@";
    case BinOpKind::Div:
        return "/";
    case BinOpKind::FloorDiv:
        return "//";
    case BinOpKind::Mod:
        return "%";
    case BinOpKind::Pow:
        return "**";
    case BinOpKind::LShift:
        return "<<";
    case BinOpKind::RShift:
        return ">>";
    case BinOpKind::BitOr:
        return "|";
    case BinOpKind::BitXor:
        return "^";
    case BinOpKind::BitAnd:
        return "&";
    }
    return "?";
}

const char *spelling(UnaryOpKind op) {
    switch (op) {
    case UnaryOpKind::Invert:
        return "~";
    case UnaryOpKind::Not:
        return "not";
    case UnaryOpKind::UAdd:
        return "+";
    case UnaryOpKind::USub:
        return "-";
    }
    return "?";
}

const char *spelling(BoolOpKind op) {
    return op == BoolOpKind::And ? "and" : "or";
}

const char *spelling(CmpOpKind op) {
    switch (op) {
    case CmpOpKind::Eq:
        return "==";
    case CmpOpKind::NotEq:
        return "!=";
    case CmpOpKind::Lt:
        return "<";
    case CmpOpKind::LtE:
        return "<=";
    case CmpOpKind::Gt:
        return ">";
    case CmpOpKind::GtE:
        return ">=";
    case CmpOpKind::Is:
        return "is";
    case CmpOpKind::IsNot:
        return "is not";
    case CmpOpKind::In:
        return "in";
    case CmpOpKind::NotIn:
        return "not in";
    }
    return "?";
}

const Constant *docstring(const StmtList &body) {
    if (body.empty()) return nullptr;
    const auto *stmt = dyn_cast<ExprStmt>(body.front().get());
    if (!stmt) return nullptr;
    const auto *c = dyn_cast<Constant>(stmt->value.get());
    return c && c->constKind == ConstantKind::Str ? c : nullptr;
}

} // namespace krait::ast
