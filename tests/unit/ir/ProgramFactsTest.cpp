//===- ProgramFactsTest.cpp - Stable names and whole-program types ---------===//

#include "ir/passes/ProgramFacts.h"
#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/passes/Pass.h"

#include <gtest/gtest.h>

using namespace krait::ir;

namespace {

std::unique_ptr<Module> parse(const std::string &name, const std::string &text) {
    std::string error;
    auto m = parseModule("module \"" + name + "\" file \"" + name + ".py\"\n\n" + text, error);
    EXPECT_TRUE(m) << error;
    return m;
}

/// A main module defining `f(x)` once and calling it with a float, plus
/// `extra` appended to the module body before its return.
std::string mainWith(const std::string &extra, const std::string &moreFunctions = "") {
    return R"(func @<module>() module {
bb0:
  %0 = make.function @f
  global.store "f", %0
  %1 = global.load "f"
  %2 = const.float 1.5
  %3 = call %1, %2
)" + extra +
           R"(  %9 = const.none
  return %9
}

func @f(x) {
bb0:
  %0 = param 0
  %1 = binary mul, %0, %0
  return %1
}
)" + moreFunctions;
}

ProgramFacts factsOf(const std::vector<const Module *> &modules) {
    return ProgramFacts(modules);
}

} // namespace

TEST(ProgramFacts, OneTopLevelDefIsStableAndCallOnly) {
    auto m = parse("__main__", mainWith(""));
    ProgramFacts facts = factsOf({m.get()});
    const Function *f = facts.stableFunction(*m, "f");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->name, "f");
    EXPECT_TRUE(facts.callOnly(*f));
    EXPECT_EQ(facts.callSites(*f).size(), 1u);
    EXPECT_TRUE(facts.stableBuiltin("len"));
}

TEST(ProgramFacts, RebindingInAnotherFunctionIsNotStable) {
    auto m = parse("__main__", mainWith("", R"(
func @g() {
bb0:
  %0 = const.none
  global.store "f", %0
  return %0
}
)"));
    EXPECT_EQ(factsOf({m.get()}).stableFunction(*m, "f"), nullptr);
}

TEST(ProgramFacts, DefInALoopIsNotStable) {
    auto m = parse("__main__", R"(func @<module>() module {
bb0:
  jump bb1
bb1:
  %0 = make.function @f
  global.store "f", %0
  %1 = const.true
  %2:bool = truth %1
  branch %2, bb1, bb2
bb2:
  %3 = const.none
  return %3
}

func @f() {
bb0:
  %0 = const.none
  return %0
}
)");
    EXPECT_EQ(factsOf({m.get()}).stableFunction(*m, "f"), nullptr);
}

TEST(ProgramFacts, AttributeStoreInAnotherModuleIsNotStable) {
    auto m = parse("mod", mainWith(""));
    auto other = parse("__main__", R"(func @<module>() module {
bb0:
  %0 = import "mod"
  %1 = const.none
  setattr %0, "f", %1
  return %1
}
)");
    ProgramFacts facts = factsOf({other.get(), m.get()});
    EXPECT_EQ(facts.stableFunction(*m, "f"), nullptr);
}

TEST(ProgramFacts, GlobalsMakesNamesAndBuiltinsUnstable) {
    auto m = parse("__main__", mainWith("  %4 = globals\n"));
    ProgramFacts facts = factsOf({m.get()});
    EXPECT_EQ(facts.stableFunction(*m, "f"), nullptr);
    EXPECT_FALSE(facts.stableBuiltin("len"));
}

TEST(ProgramFacts, BuiltinBoundAsAGlobalIsNotStable) {
    auto m = parse("__main__", mainWith("  %4 = const.none\n  global.store \"len\", %4\n"));
    ProgramFacts facts = factsOf({m.get()});
    EXPECT_FALSE(facts.stableBuiltin("len"));
    EXPECT_TRUE(facts.stableBuiltin("abs"));
    auto b = parse("__main__", mainWith("  %4 = import \"builtins\"\n"));
    EXPECT_FALSE(factsOf({b.get()}).stableBuiltin("abs"));
}

TEST(ProgramFacts, FunctionPassedAsAValueIsNotCallOnly) {
    auto m = parse("__main__", mainWith("  %4 = global.load \"print\"\n  %5 = call %4, %1\n"));
    ProgramFacts facts = factsOf({m.get()});
    const Function *f = facts.stableFunction(*m, "f");
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(facts.callOnly(*f));
}

TEST(ProgramFacts, MathAttribute) {
    const char *text = R"(func @<module>() module {
bb0:
  %0 = import "math"
  global.store "math", %0
  %1 = global.load "math"
  %2 = getattr %1, "sqrt"
  %3 = const.none
  return %3
}
)";
    auto m = parse("__main__", text);
    ASSERT_TRUE(m);
    const Instruction *sqrt = m->body()->entry()->at(3);
    ASSERT_EQ(sqrt->op, Opcode::GetAttr);
    auto [mod, attr] = factsOf({m.get()}).builtinModuleAttr(*m, *sqrt);
    EXPECT_EQ(mod, "math");
    EXPECT_EQ(attr, "sqrt");
    // A store of an attribute named sqrt anywhere: maybe math's.
    auto other = parse("other", R"(func @<module>() module {
bb0:
  %0 = import "math"
  %1 = const.none
  setattr %0, "sqrt", %1
  return %1
}
)");
    EXPECT_EQ(factsOf({m.get(), other.get()}).builtinModuleAttr(*m, *sqrt).first, "");
}

TEST(ProgramTypes, ParameterAndReturnKindsFromCallSites) {
    auto m = parse("__main__", mainWith(""));
    std::string errors;
    ASSERT_TRUE(inferProgramTypes({m.get()}, errors)) << errors;
    PrintOptions opts;
    opts.predecessors = false;
    std::string body = toString(*m->body(), opts);
    std::string f = toString(*m->functions()[1], opts);
    EXPECT_NE(body.find("%1:func(1) = global.load \"f\""), std::string::npos) << body;
    EXPECT_NE(body.find("%3:float = call %1, %2"), std::string::npos) << body;
    EXPECT_NE(f.find("%0:float = param 0"), std::string::npos) << f;
    EXPECT_NE(f.find("%1:float = binary mul"), std::string::npos) << f;
}
