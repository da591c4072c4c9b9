//===- ParserTest.cpp - Parsing and round-tripping printed IR ---------------===//

#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace krait::ir;

namespace {

/// A module using every opcode and every printed form.
const char *Everything = R"(module "__main__" file "dir/t.py"

func @<module>() locals(tmp) module !1:1 {
bb0:
  %0 = const.int 123456789012345678901234567890 !1:1
  %1 = const.int -7
  %2 = const.float 1.5
  %3 = const.float inf
  %4 = const.float -inf
  %5 = const.str "tab\there \"q\" \\ é"
  %6 = const.bytes b"\x00\xff"
  %7 = const.none
  %8 = const.true
  %9 = const.false
  %10 = const.ellipsis
  %11 = global.load "x" !2:3
  global.store "y", %11
  global.del "y"
  %12 = builtin.load "len"
  %13 = unary neg, %11
  %14 = binary notin, %11, %12
  %15 = binary ifloordiv, %13, %14
  %16:bool = truth %15
  %17 = box %16
  %18 = getitem %17, %1
  setitem %17, %1, %2
  delitem %17, %1
  %19 = getattr %17, "a"
  setattr %17, "a", %19
  delattr %17, "a"
  %20 = build.tuple %1, %2
  %21 = build.list
  %22 = build.set %1
  %23 = build.dict %1, %2, %5, %6
  %24 = build.slice %7, %1, %7
  list.append %21, %1
  list.extend %21, %20
  set.add %22, %2
  dict.update %23, %23
  %25 = tuple.from %21
  %26:unpacked = unpack %20, 2
  %27 = extract %26, 1
  %28:unpacked = unpack.ex %20, 0, 1
  %29 = extract %28, 0
  %30 = iter %21
  %31 = iter.next %30
  %32:bool = is.stop %31
  %33 = call %12, %21
  %34 = call.kw %12, %1, %2, ["a", "b"]
  %35 = call.ex %12, %20
  %36 = call.ex %12, %20, %23
  %37 = make.function @f
  %38 = make.function @"odd name", defaults %20, kwdefaults %23, closure %20
  %39 = build.dict
  %40 = call %37, %39
  %41 = make.class "C", %39, %37
  %42 = import "gc"
  %43 = import.from %42, "collect"
  import.star %42
  %44 = format %1, 0
  %45 = format %1, %5, 2
  %46 = build.string %44, %45
  slot.store 0, %46  ; tmp
  %47 = slot.load 0  ; tmp
  slot.del 0  ; tmp
  %48 = global.load "E"
  branch %32, bb1, bb2
bb1: (handler bb3)  ; preds bb0
  raise.from %48, %7
bb2:  ; preds bb0
  assert.fail %5
bb3:
  %49 = exc.fetch
  %50:bool = exc.match %49, %48
  branch %50, bb4, bb5
bb4:  ; preds bb3
  reraise %49
bb5:  ; preds bb3
  raise %49
}

func @f(ns) !10:1 {
bb0:
  %0 = param 0  ; ns
  %1 = ns.load %0, "x"
  ns.store %0, "x", %1
  ns.del %0, "x"
  %2 = closure.cell 3
  %3 = cell.new
  %4 = cell.new %1
  %5 = cell.load %4, "v"
  cell.store %3, %5
  cell.del %3, "w"
  unreachable
}

func @"odd name"(a, b=) name "g" generator {
bb0:
  %0 = const.none
  %1 = yield %0
  %2 = yield.from %1
  jump bb1
bb1:  ; preds bb0, bb2
  %3 = phi [%0, bb0], [%4, bb2]
  %4 = const.int 1
  %5:bool = truth %4
  branch %5, bb2, bb3
bb2:  ; preds bb1
  jump bb1
bb3:  ; preds bb1
  return %3
}
)";

} // namespace

TEST(IRParser, RejectsBadSignatureToken) {
    // `b=` is not valid in a signature; used to check errors carry a line.
    std::string error;
    EXPECT_EQ(parseModule(Everything, error), nullptr);
    std::string text = Everything;
    size_t line = 1 + std::count(text.begin(), text.begin() + text.find("(a, b=)"), '\n');
    EXPECT_EQ(error, "line " + std::to_string(line) + ": expected ','");
}

TEST(IRParser, RoundTripsEveryForm) {
    std::string text = Everything;
    // Make the last function's signature valid.
    text.replace(text.find("(a, b=)"), 7, "(a, *, b, **k)");
    std::string error;
    auto m = parseModule(text, error);
    ASSERT_TRUE(m) << error;
    EXPECT_EQ(toString(*m), text);
    const Function *g = m->lookup("odd name");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->name, "g");
    EXPECT_EQ(g->nPos, 1u);
    EXPECT_EQ(g->nKwOnly, 1u);
    EXPECT_TRUE(g->varkw);
    EXPECT_FALSE(g->varargs);
    EXPECT_TRUE(g->generator);
    const Instruction *str = m->body()->entry()->at(5);
    EXPECT_EQ(str->str, "tab\there \"q\" \\ \xc3\xa9");
    const Instruction *bytes = m->body()->entry()->at(6);
    EXPECT_EQ(bytes->str, std::string("\x00\xff", 2));
    EXPECT_EQ(m->body()->entry()->at(0)->loc.line, 1u);
    EXPECT_EQ(m->body()->entry()->at(11)->loc.col, 3u);
    const Instruction *mf = m->body()->entry()->at(48);
    ASSERT_EQ(mf->op, Opcode::MakeFunction);
    EXPECT_EQ(mf->callee, g);
    EXPECT_NE(mf->defaultsOperand(), nullptr);
    EXPECT_EQ(mf->kwDefaultsOperand()->op, Opcode::BuildDict);
    EXPECT_EQ(mf->closureOperand()->op, Opcode::BuildTuple);
}

TEST(IRParser, RoundTripsGlobals) {
    const std::string text = "module \"m\" file \"m.py\"\n\n"
                             "func @<module>() module {\n"
                             "bb0:\n"
                             "  %0 = globals\n"
                             "  return %0\n"
                             "}\n";
    std::string error;
    auto m = parseModule(text, error);
    ASSERT_TRUE(m) << error;
    EXPECT_EQ(toString(*m), text);
    EXPECT_EQ(m->body()->entry()->at(0)->op, Opcode::Globals);
    std::string errors;
    EXPECT_TRUE(verify(*m, errors)) << errors;
}

TEST(IRParser, RoundTripsComplex) {
    // An imaginary literal and complex-typed values (phi, arithmetic).
    const std::string text = "module \"m\" file \"m.py\"\n\n"
                             "func @<module>() module {\n"
                             "bb0:\n"
                             "  %0 = const.complex 2.5\n"
                             "  %1 = const.complex -inf\n"
                             "  %2:complex = binary mul, %0, %1\n"
                             "  %3:float = getattr %2, \"imag\"\n"
                             "  return %3\n"
                             "}\n";
    std::string error;
    auto m = parseModule(text, error);
    ASSERT_TRUE(m) << error;
    EXPECT_EQ(toString(*m), text);
    const Instruction *c = m->body()->entry()->at(0);
    EXPECT_EQ(c->op, Opcode::ConstComplex);
    EXPECT_EQ(c->fimm, 2.5);
    EXPECT_EQ(c->type, Type::complex());
    EXPECT_EQ(m->body()->entry()->at(2)->type, Type::complex());
    std::string errors;
    EXPECT_TRUE(verify(*m, errors)) << errors;
}

TEST(IRParser, ParsedEverythingModuleIsStructurallySound) {
    std::string text = Everything;
    text.replace(text.find("(a, b=)"), 7, "(a)");
    std::string error;
    auto m = parseModule(text, error);
    ASSERT_TRUE(m) << error;
    std::string errors;
    EXPECT_TRUE(verify(*m, errors)) << errors;
}

TEST(IRParser, MakeFunctionPartsInAnyOrder) {
    std::string error;
    auto m = parseModule(R"(module "m" file "m.py"
func @<module>() module {
bb0:
  %0 = build.tuple
  %1 = build.dict
  %2 = make.function @g, closure %0, defaults %1
  return %2
}
func @g() {
bb0:
  %0 = const.none
  return %0
}
)",
                         error);
    ASSERT_TRUE(m) << error;
    const Instruction *mf = m->body()->entry()->at(2);
    EXPECT_EQ(mf->imm, MF_Defaults | MF_Closure);
    EXPECT_EQ(mf->defaultsOperand()->op, Opcode::BuildDict);
    EXPECT_EQ(mf->closureOperand()->op, Opcode::BuildTuple);
}

TEST(IRParser, ForwardBlockReferencesKeepLabelOrder) {
    std::string error;
    auto m = parseModule(R"(module "m" file "m.py"
func @<module>() module {
bb0:
  jump bb2
bb1:
  %0 = const.none
  return %0
bb2:
  jump bb1
}
)",
                         error);
    ASSERT_TRUE(m) << error;
    const Function &fn = *m->body();
    EXPECT_EQ(fn.blocks()[2]->successors().front(), fn.blocks()[1].get());
    EXPECT_EQ(fn.entry()->successors().front(), fn.blocks()[2].get());
}

namespace {

std::string parseError(const std::string &body) {
    std::string error;
    auto m = parseModule(
        "module \"m\" file \"m.py\"\nfunc @<module>() module {\nbb0:\n" + body + "}\n", error);
    EXPECT_EQ(m, nullptr);
    return error;
}

} // namespace

TEST(IRParser, Errors) {
    EXPECT_EQ(parseError("  %0 = frob\n"), "line 4: unknown opcode 'frob'");
    EXPECT_EQ(parseError("  const.none\n"), "line 4: missing result for 'const.none'");
    EXPECT_EQ(parseError("  %0 = jump bb0\n"), "line 4: unexpected result for 'jump'");
    EXPECT_EQ(parseError("  return %9\n"), "line 4: undefined value %9");
    EXPECT_EQ(parseError("  jump bb7\n"), "line 4: block bb7 is used but not defined");
    EXPECT_EQ(parseError("  %0 = unary frob, %0\n"), "line 4: unknown unary operator 'frob'");
    EXPECT_EQ(parseError("  %0 = make.function @nope\n  return %0\n"),
              "line 4: unknown function @nope");
    EXPECT_EQ(parseError("  %0 = const.none\n  %0 = const.none\n"),
              "line 5: value %0 defined twice");
    EXPECT_EQ(parseError("  %0:whatever = const.none\n"), "line 4: unknown type 'whatever'");
    EXPECT_EQ(parseError("  %0 = const.str \"abc\n"), "line 4: unterminated string");
    EXPECT_EQ(parseError("  unreachable\n  unreachable\n"),
              "line 5: instruction after the terminator of its block");
    std::string error;
    EXPECT_EQ(parseModule("func @f() {\n}\n", error), nullptr);
    EXPECT_EQ(error, "line 1: expected 'module' header");
    EXPECT_EQ(parseModule("module \"m\" file \"m\"\nfunc @f() {\nbb0:\n", error), nullptr);
    EXPECT_NE(error.find("unterminated function @f"), std::string::npos) << error;
}
