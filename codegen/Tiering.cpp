//===- codegen/Tiering.cpp - which functions are worth optimising ---------===//
//
// The hot/cold split of Tiering.h: a name-based call graph of the main
// module, whose roots are the functions with loops, the recursive ones, the
// ones the analysis cannot follow and the call sites inside loops of run-once
// code; everything the roots reach is hot, the rest cold.
//
//===----------------------------------------------------------------------===//

#include "codegen/Tiering.h"

#include "codegen/Optimizer.h"
#include "ir/passes/Users.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace krait::codegen {

namespace {

/// A graph as successor lists over nodes 0..n-1.
using Graph = std::vector<std::vector<unsigned>>;

/// For each node of `graph`: whether it lies on a cycle (a strongly
/// connected component of more than one node, or a node with an edge to
/// itself). Tarjan's algorithm, iterative: functions and call graphs can be
/// deep enough to exhaust a recursive walk's stack.
std::vector<bool> onCycle(const Graph &graph) {
    const unsigned n = static_cast<unsigned>(graph.size());
    constexpr unsigned Unvisited = ~0u;
    std::vector<unsigned> index(n, Unvisited), low(n, 0);
    std::vector<bool> onStack(n, false), cyclic(n, false);
    std::vector<unsigned> stack;
    std::vector<std::pair<unsigned, size_t>> walk; // (node, next successor)
    unsigned counter = 0;
    auto visit = [&](unsigned v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = true;
        walk.push_back({v, 0});
    };
    for (unsigned root = 0; root < n; ++root) {
        if (index[root] != Unvisited) continue;
        visit(root);
        while (!walk.empty()) {
            auto &[v, next] = walk.back();
            if (next < graph[v].size()) {
                unsigned w = graph[v][next++];
                if (w == v) cyclic[v] = true;
                if (index[w] == Unvisited)
                    visit(w); // invalidates v and next
                else if (onStack[w])
                    low[v] = std::min(low[v], index[w]);
                continue;
            }
            unsigned done = v;
            walk.pop_back();
            if (!walk.empty()) low[walk.back().first] = std::min(low[walk.back().first], low[done]);
            if (low[done] != index[done]) continue;
            // `done` roots a component: everything above it on the stack.
            auto first = std::find(stack.begin(), stack.end(), done);
            bool many = stack.end() - first > 1;
            for (auto it = first; it != stack.end(); ++it) {
                onStack[*it] = false;
                if (many) cyclic[*it] = true;
            }
            stack.erase(first, stack.end());
        }
    }
    return cyclic;
}

/// The blocks of `fn` that lie on a cycle of its control flow (exception
/// edges included: a handler that jumps back to a loop's head is in it).
std::set<const ir::Block *> loopBlocks(const ir::Function &fn) {
    std::map<const ir::Block *, unsigned> ids;
    for (const auto &block : fn.blocks())
        ids.emplace(block.get(), static_cast<unsigned>(ids.size()));
    Graph graph(ids.size());
    for (const auto &block : fn.blocks()) {
        std::vector<unsigned> &succ = graph[ids[block.get()]];
        for (const ir::Block *s : block->successors())
            succ.push_back(ids.at(s));
        if (block->handler) succ.push_back(ids.at(block->handler));
    }
    std::vector<bool> cyclic = onCycle(graph);
    std::set<const ir::Block *> result;
    for (const auto &block : fn.blocks())
        if (cyclic[ids[block.get()]]) result.insert(block.get());
    return result;
}

bool isDunder(const std::string &name) {
    return name.size() > 4 && name.starts_with("__") && name.ends_with("__");
}

bool isClassBody(const ir::Function &fn) {
    return fn.params.size() == 1 && fn.params[0] == ".ns";
}

bool isCall(ir::Opcode op) {
    return op == ir::Opcode::Call || op == ir::Opcode::CallKw || op == ir::Opcode::CallEx;
}

/// Names whose use lets the program reach a function without naming it in
/// a call or a value the analysis sees.
bool isReflective(const std::string &name) {
    static const std::set<std::string> names = {"eval",   "exec", "getattr",   "globals",
                                                "locals", "vars", "__import__"};
    return names.count(name) != 0;
}

/// A call by name: `name(...)` or `x.name(...)`.
struct CallSite {
    std::string name;
    bool inLoop = false;
};

/// The analysis of one module (see the file comment).
class HotSet {
  public:
    explicit HotSet(const ir::Module &module) : module(module) {}

    /// Computes the hot set; false when every function must be hot.
    bool run();
    /// Whether function `fn` is hot (after run()).
    bool isHot(const ir::Function *fn) const { return hot[index.at(fn)]; }

  private:
    void scanFunction(unsigned caller);
    void scanDefinition(const ir::Function &maker, const ir::Instruction &make);
    void scanNameUse(unsigned caller, const ir::Instruction &load, const std::string &name,
                     const std::set<const ir::Block *> &loops);
    bool onlyNamesClass(const ir::Instruction &load) const;
    void markRecursive();
    void propagate();

    const ir::Module &module;
    std::vector<const ir::Function *> fns;
    std::map<const ir::Function *, unsigned> index;
    std::vector<bool> hot, runOnce;
    /// Hot whatever calls them: escaping, recursive, called by the runtime.
    std::vector<bool> alwaysHot;
    std::vector<std::vector<CallSite>> sites;
    /// The functions a call of each name may reach.
    std::map<std::string, std::vector<unsigned>> defs;
    std::set<std::string> escaped;
    ir::Users users;
    bool everything = false;
    /// `type(x)` or `x.__class__`: a class can be called without its name.
    bool classFromInstance = false;
};

bool HotSet::run() {
    for (const auto &fn : module.functions()) {
        index.emplace(fn.get(), static_cast<unsigned>(fns.size()));
        fns.push_back(fn.get());
        bool once = fn->isModuleBody || isClassBody(*fn);
        runOnce.push_back(once);
        const std::string &name = fn->name;
        // Generators run where they are iterated; lambdas and comprehensions
        // are values; the runtime calls dunders.
        bool seed = fn->generator || name.empty() || name[0] == '<' ||
                    (isDunder(name) && name != "__init__" && name != "__new__");
        hot.push_back(once || seed);
        alwaysHot.push_back(seed && !once);
    }
    sites.resize(fns.size());
    for (const ir::Function *fn : fns)
        for (const auto &block : fn->blocks())
            for (const auto &inst : block->instructions())
                ir::recordUses(users, *inst);
    for (unsigned i = 0; i < fns.size(); ++i)
        scanFunction(i);
    if (everything) return false;
    // `super().__init__(...)` reaches the __init__ of a base class, whose
    // name escapes as the base (a class reached only through its name is
    // never a base), so those are hot already; only a class called without
    // its name (classFromInstance) could make other __init__s reachable.
    if (!classFromInstance)
        for (std::vector<CallSite> &list : sites)
            std::erase_if(list, [](const CallSite &site) {
                return site.name == "__init__" || site.name == "__new__";
            });
    for (const std::string &name : escaped)
        for (unsigned callee : defs[name])
            alwaysHot[callee] = true;
    markRecursive();
    propagate();
    return true;
}

void HotSet::scanFunction(unsigned caller) {
    const ir::Function &fn = *fns[caller];
    std::set<const ir::Block *> loops = loopBlocks(fn);
    if (!loops.empty() && !runOnce[caller]) hot[caller] = true;
    for (const auto &block : fn.blocks()) {
        for (const auto &inst : block->instructions()) {
            switch (inst->op) {
            case ir::Opcode::MakeFunction:
                scanDefinition(fn, *inst);
                break;
            case ir::Opcode::GlobalLoad:
            case ir::Opcode::BuiltinLoad:
            case ir::Opcode::NsLoad:
            case ir::Opcode::GetAttr:
                scanNameUse(caller, *inst, inst->str, loops);
                break;
            case ir::Opcode::Globals:
            case ir::Opcode::ImportStar:
                everything = true;
                break;
            default:
                break;
            }
        }
    }
}

/// `make.function @callee` in `maker`: records which call names reach the
/// callee, and makes it hot when its value goes anywhere but its own name.
void HotSet::scanDefinition(const ir::Function &maker, const ir::Instruction &make) {
    const ir::Function *callee = make.callee;
    auto it = callee ? index.find(callee) : index.end();
    if (it == index.end()) return;
    unsigned id = it->second;
    bool classBody = isClassBody(maker);
    // A def inside a function body is a closure, reached through a local.
    if (!maker.isModuleBody && !classBody) alwaysHot[id] = true;
    auto found = users.find(&make);
    if (found != users.end())
        for (const auto &[user, operand] : found->second) {
            bool binding =
                (user->op == ir::Opcode::GlobalStore || user->op == ir::Opcode::NsStore) &&
                user->str == callee->name;
            if (!binding) alwaysHot[id] = true;
        }
    defs[callee->name].push_back(id);
    // Calling a class runs its __init__ / __new__.
    if (classBody && (callee->name == "__init__" || callee->name == "__new__"))
        defs[maker.name].push_back(id);
}

/// A load of `name` (a global, a class namespace entry or an attribute):
/// a call site when it is a callee, else the name's functions escape.
void HotSet::scanNameUse(unsigned caller, const ir::Instruction &load, const std::string &name,
                         const std::set<const ir::Block *> &loops) {
    if (load.op != ir::Opcode::GetAttr && isReflective(name)) everything = true;
    if (load.op == ir::Opcode::GetAttr && name == "__dict__") everything = true;
    if (load.op == ir::Opcode::GetAttr ? name == "__class__" : name == "type")
        if (!onlyNamesClass(load)) classFromInstance = true;
    auto found = users.find(&load);
    if (found == users.end()) return;
    for (const auto &[user, operand] : found->second) {
        if (isCall(user->op) && operand == 0)
            sites[caller].push_back({name, loops.count(user->parent) != 0});
        else
            escaped.insert(name);
    }
}

/// Whether `load` (of `type` or `__class__`) only serves to name or compare
/// a class: `type(x).__name__`, `type(x) is C`. Calling the class it gives
/// would run an __init__ no call by name shows.
bool HotSet::onlyNamesClass(const ir::Instruction &load) const {
    auto harmless = [&](const ir::Instruction &value) {
        auto found = users.find(&value);
        if (found == users.end()) return true;
        for (const auto &[user, operand] : found->second) {
            bool names = user->op == ir::Opcode::GetAttr &&
                         (user->str == "__name__" || user->str == "__qualname__" ||
                          user->str == "__module__");
            if (!names && user->op != ir::Opcode::Binary) return false;
        }
        return true;
    };
    if (load.op == ir::Opcode::GetAttr) return harmless(load);
    auto found = users.find(&load);
    if (found == users.end()) return true;
    for (const auto &[user, operand] : found->second)
        if (!isCall(user->op) || operand != 0 || !harmless(*user)) return false;
    return true;
}

/// Functions on a cycle of the call graph (recursion) are hot: a recursive
/// call is a loop.
void HotSet::markRecursive() {
    Graph graph(fns.size());
    for (unsigned caller = 0; caller < fns.size(); ++caller) {
        if (runOnce[caller]) continue;
        for (const CallSite &site : sites[caller]) {
            auto it = defs.find(site.name);
            if (it == defs.end()) continue;
            graph[caller].insert(graph[caller].end(), it->second.begin(), it->second.end());
        }
    }
    std::vector<bool> cyclic = onCycle(graph);
    for (unsigned i = 0; i < fns.size(); ++i)
        if (cyclic[i]) alwaysHot[i] = true;
}

/// What a loop reaches: the callees of call sites in loops, and everything
/// a function called from a loop (or always hot) calls. A function with a
/// loop is hot itself, but its calls outside its loops run once per call.
void HotSet::propagate() {
    std::vector<unsigned> work;
    std::vector<bool> reached(fns.size(), false);
    auto reach = [&](unsigned id) {
        hot[id] = true;
        if (!reached[id]) {
            reached[id] = true;
            work.push_back(id);
        }
    };
    for (unsigned i = 0; i < fns.size(); ++i) {
        if (alwaysHot[i]) reach(i);
        for (const CallSite &site : sites[i])
            if (site.inLoop)
                for (unsigned callee : defs[site.name])
                    reach(callee);
    }
    while (!work.empty()) {
        unsigned id = work.back();
        work.pop_back();
        if (runOnce[id]) continue;
        for (const CallSite &site : sites[id])
            for (unsigned callee : defs[site.name])
                reach(callee);
    }
}

} // namespace

std::vector<const ir::Function *> coldFunctions(const ir::Module &module) {
    std::vector<const ir::Function *> cold;
    if (module.name != "__main__") return cold;
    HotSet hotSet(module);
    if (!hotSet.run()) return cold;
    for (const auto &fn : module.functions())
        if (!hotSet.isHot(fn.get())) cold.push_back(fn.get());
    return cold;
}

unsigned markColdFunctions(const ir::Module &module, llvm::Module &out) {
    std::vector<const ir::Function *> cold = coldFunctions(module);
    std::set<std::string> symbols;
    for (const auto &fn : module.functions())
        symbols.insert(fn->symbol);
    for (const ir::Function *fn : cold) {
        // The code entry; with a native entry, that entry has the plain
        // name and the code entry is its ".generic" wrapper (unless a
        // method named `generic` of a class named like fn has that name).
        if (llvm::Function *f = out.getFunction("py." + fn->symbol)) markCold(*f);
        if (symbols.count(fn->symbol + ".generic")) continue;
        if (llvm::Function *f = out.getFunction("py." + fn->symbol + ".generic")) markCold(*f);
    }
    return static_cast<unsigned>(cold.size());
}

} // namespace krait::codegen
