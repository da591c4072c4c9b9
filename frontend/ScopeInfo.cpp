//===- ScopeInfo.cpp - Scope and ScopeInfo accessors ----------------------===//

#include "frontend/AST.h"
#include "frontend/Scope.h"

#include <algorithm>

namespace krait {

const char *bindingKindName(BindingKind kind) {
    switch (kind) {
    case BindingKind::Unresolved:
        return "unresolved";
    case BindingKind::Local:
        return "local";
    case BindingKind::Cell:
        return "cell";
    case BindingKind::Free:
        return "free";
    case BindingKind::Global:
        return "global";
    case BindingKind::GlobalOrBuiltin:
        return "global-or-builtin";
    case BindingKind::ClassLocal:
        return "class";
    }
    return "?";
}

static int indexOf(const std::vector<std::string> &v, const std::string &name) {
    auto it = std::find(v.begin(), v.end(), name);
    return it == v.end() ? -1 : static_cast<int>(it - v.begin());
}

int Scope::localIndex(const std::string &name) const {
    return indexOf(locals, name);
}
int Scope::cellIndex(const std::string &name) const {
    return indexOf(cells, name);
}
int Scope::freeIndex(const std::string &name) const {
    for (size_t i = 0; i < frees.size(); ++i)
        if (frees[i].name == name) return static_cast<int>(i);
    return -1;
}

const NameBinding &ScopeInfo::lookup(const ast::Name *name) {
    return name->binding;
}

Scope *ScopeInfo::createScope(ScopeKind kind, Scope *parent, const ast::Node *node) {
    scopes_.push_back(std::make_unique<Scope>());
    Scope *s = scopes_.back().get();
    s->kind = kind;
    s->parent = parent;
    s->node = node;
    if (parent)
        parent->children.push_back(s);
    else
        module_ = s;
    return s;
}

} // namespace krait
