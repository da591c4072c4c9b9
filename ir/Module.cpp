//===- Module.cpp - IR modules ----------------------------------------------===//

#include "ir/Module.h"

namespace krait::ir {

Function *Module::createFunction(const std::string &name, const std::string &symbolHint) {
    std::string base = symbolHint.empty() ? name : symbolHint;
    std::string symbol = base;
    for (unsigned n = 1; lookup(symbol); ++n)
        symbol = base + "." + std::to_string(n);
    functions_.push_back(std::make_unique<Function>(this, name, symbol));
    return functions_.back().get();
}

Function *Module::createModuleBody() {
    Function *fn = createFunction("<module>");
    fn->isModuleBody = true;
    fn->loc = SourceLoc{1, 1};
    return fn;
}

Function *Module::lookup(const std::string &symbol) const {
    for (const auto &fn : functions_)
        if (fn->symbol == symbol) return fn.get();
    return nullptr;
}

long Module::indexOf(const Function *fn) const {
    for (size_t i = 0; i < functions_.size(); ++i)
        if (functions_[i].get() == fn) return static_cast<long>(i);
    return -1;
}

} // namespace krait::ir
