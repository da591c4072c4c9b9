//===- driver/EvalSupport.h - linking eval/exec only when used --*- C++ -*-===//
//
// eval() and exec() need the evaluator library (eval/, libkrait_eval.a:
// parser, scope analysis and a tree-walking evaluator, hosted C++). A program
// links it only when one of its modules mentions the name `eval` or `exec`;
// otherwise the runtime's weak references to the two built-ins stay null and
// the names raise NameError.
//
//===----------------------------------------------------------------------===//

#ifndef KRAIT_DRIVER_EVALSUPPORT_H
#define KRAIT_DRIVER_EVALSUPPORT_H

#include <string>
#include <vector>

namespace krait {

namespace ir {
class Module;
}

/// True when `module` loads the name `eval` or `exec` (as a global, a
/// builtin or a class-body name): the program may call the built-ins.
bool mentionsEval(const ir::Module &module);

/// Adds to `builtinModules` every runtime built-in module (runtime/modules.def)
/// it lacks: evaluated code may import any of them at run time.
void addEvalBuiltinModules(std::vector<std::string> &builtinModules);

/// The file name of the evaluator archive, installed beside the runtime.
inline constexpr const char *kEvalArchive = "libkrait_eval.a";

/// Appends to `linkArgs` what linking the evaluator takes: its archive
/// (beside `runtimeArchive`), the two built-in objects forced in (the
/// runtime's references are weak, which would not pull them from the
/// archive), and the C++ library it uses. False with `error` set when the
/// archive is missing (e.g. a cross target, which has no evaluator).
bool addEvalLinkArgs(const std::string &runtimeArchive, std::vector<std::string> &linkArgs,
                     std::string &error);

} // namespace krait

#endif // KRAIT_DRIVER_EVALSUPPORT_H
