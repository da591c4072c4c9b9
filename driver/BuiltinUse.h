//===- driver/BuiltinUse.h - on-demand builtins a program names -*- C++ -*-===//
//
// The runtime links some builtins (runtime/builtins.def) only into programs
// that name them: the driver scans every module of the program for loads of
// those names and lists them, with their objects, in the module table's
// kr_linked_builtins (driver/ModuleTable.cpp), whose references pull their
// definitions out of the runtime archive.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_BUILTINUSE_H
#define KRAIT_DRIVER_BUILTINUSE_H

#include <string>
#include <vector>

namespace krait {

struct Program;

/// The on-demand builtins (runtime/builtins.def) that some module of
/// `program` loads by name, each once, in builtins.def order.
std::vector<std::string> usedOnDemandBuiltins(const Program &program);

/// Adds to `names` every on-demand builtin not already there: for programs
/// whose eval/exec code may name any builtin.
void addAllOnDemandBuiltins(std::vector<std::string> &names);

/// The runtime symbol of on-demand builtin `name` (one of builtins.def).
std::string onDemandBuiltinSymbol(const std::string &name);

} // namespace krait

#endif // KRAIT_DRIVER_BUILTINUSE_H
