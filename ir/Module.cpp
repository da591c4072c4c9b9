//===- Module.cpp - IR modules ----------------------------------------------===//

#include "ir/Module.h"

namespace krait::ir {

Function *Module::createFunction(const std::string &name, const std::string &symbolHint) {
    std::string base = symbolHint.empty() ? name : symbolHint;
    std::string symbol = base;
    for (unsigned n = 1; lookup(symbol); ++n)
        symbol = base + "." + std::to_string(n);
    functions_.push_back(std::make_unique<Function>(this, name, symbol));
    bySymbol_.emplace(symbol, functions_.back().get());
    index_.emplace(functions_.back().get(), static_cast<long>(functions_.size() - 1));
    return functions_.back().get();
}

Function *Module::createModuleBody() {
    Function *fn = createFunction("<module>");
    fn->isModuleBody = true;
    fn->loc = SourceLoc{1, 1};
    return fn;
}

Function *Module::lookup(const std::string &symbol) const {
    auto it = bySymbol_.find(symbol);
    return it == bySymbol_.end() ? nullptr : it->second;
}

long Module::indexOf(const Function *fn) const {
    auto it = index_.find(fn);
    return it == index_.end() ? -1 : it->second;
}

} // namespace krait::ir
