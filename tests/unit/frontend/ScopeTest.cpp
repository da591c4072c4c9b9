//===- ScopeTest.cpp - Scope analysis tests -------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;

namespace {

/// Parses and analyses `text`; the result owns everything the test inspects.
struct Analysed {
    explicit Analysed(const std::string &text) : fx(text) {
        module = parseModule(fx.file, fx.diags);
        EXPECT_TRUE(module) << fx.out.str();
        if (module) info = analyzeScopes(*module, fx.diags);
        EXPECT_EQ(fx.out.str(), "");
    }
    /// The scope with qualified name `qual` (or "<module>").
    const Scope *scope(const std::string &qual) const {
        for (const auto &s : info->scopes())
            if ((s->kind == ScopeKind::Module ? "<module>" : s->qualName) == qual) return s.get();
        ADD_FAILURE() << "no scope " << qual;
        return info->module();
    }
    Fixture fx;
    std::unique_ptr<ast::Module> module;
    std::unique_ptr<ScopeInfo> info;
};

std::string join(const std::vector<std::string> &v) {
    std::string out;
    for (const auto &s : v)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

std::string frees(const Scope *s) {
    std::string out;
    for (const auto &f : s->frees)
        out += (out.empty() ? "" : ",") + f.name + (f.fromParentCell ? "<cell:" : "<free:") +
               std::to_string(f.parentIndex) + ">";
    return out;
}

} // namespace

TEST(Scope, ModuleNamesAreGlobal) {
    EXPECT_EQ(parseDump("x = 1\nprint(x, y)\nimport os\n", true),
              "(Assign (Name x store global) (Int 1))\n"
              "(Expr (Call (Name print global-or-builtin) (Name x global) (Name y "
              "global-or-builtin)))\n"
              "(Import os global)");
}

TEST(Scope, FunctionLocalsAndParameters) {
    Analysed a("def f(a, b=1, *c, d, **e):\n    x = a\n    for i in c: pass\n    return x\n");
    const Scope *f = a.scope("f");
    EXPECT_EQ(f->kind, ScopeKind::Function);
    EXPECT_EQ(join(f->locals), "a,b,c,d,e,x,i");
    EXPECT_EQ(f->numParams, 5u);
    EXPECT_TRUE(f->cells.empty());
    EXPECT_TRUE(f->frees.empty());
    EXPECT_TRUE(f->hasReturnValue);
    EXPECT_FALSE(f->isGenerator);
    EXPECT_EQ(parseDump("def f(a):\n    x = a\n    return x\n", true),
              "(FunctionDef f global (args a{local:0})\n  (body\n"
              "    (Assign (Name x store local:1) (Name a local:0))\n"
              "    (Return (Name x local:1))))");
}

TEST(Scope, ReadOnlyNamesInFunctionsAreGlobalOrBuiltin) {
    EXPECT_EQ(parseDump("g = 1\ndef f():\n    return g + len(h)\n", true),
              "(Assign (Name g store global) (Int 1))\n"
              "(FunctionDef f global (args)\n  (body\n    (Return (BinOp + (Name g global) (Call "
              "(Name len global-or-builtin) (Name h global-or-builtin))))))");
}

TEST(Scope, CellsAndFreeVariables) {
    Analysed a("def outer(p):\n    x = 1\n    def inner():\n        return x + p\n"
               "    return inner\n");
    const Scope *outer = a.scope("outer");
    const Scope *inner = a.scope("outer.<locals>.inner");
    EXPECT_EQ(join(outer->locals), "inner");
    EXPECT_EQ(join(outer->cells), "p,x");
    EXPECT_EQ(frees(inner), "x<cell:1>,p<cell:0>");
    EXPECT_EQ(inner->parent, outer);
    EXPECT_EQ(parseDump("def outer(p):\n    x = 1\n    def inner():\n        return x + p\n", true),
              "(FunctionDef outer global (args p{cell:0})\n  (body\n"
              "    (Assign (Name x store cell:1) (Int 1))\n"
              "    (FunctionDef inner local:0 (args)\n      (body\n"
              "        (Return (BinOp + (Name x free:0) (Name p free:1)))))))");
}

TEST(Scope, FreeVariablesPassThroughIntermediateScopes) {
    Analysed a("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n"
               "        return c\n    return b\n");
    EXPECT_EQ(join(a.scope("a")->cells), "v");
    EXPECT_EQ(frees(a.scope("a.<locals>.b")), "v<cell:0>");
    EXPECT_EQ(frees(a.scope("a.<locals>.b.<locals>.c")), "v<free:0>");
}

TEST(Scope, Nonlocal) {
    Analysed a("def f():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n"
               "    return inc\n");
    EXPECT_EQ(join(a.scope("f")->cells), "n");
    EXPECT_EQ(frees(a.scope("f.<locals>.inc")), "n<cell:0>");
    EXPECT_TRUE(a.scope("f.<locals>.inc")->locals.empty());
}

TEST(Scope, GlobalDeclaration) {
    EXPECT_EQ(parseDump("def f():\n    global g\n    g = 1\n    return g\n", true),
              "(FunctionDef f global (args)\n  (body\n    (Global g)\n"
              "    (Assign (Name g store global) (Int 1))\n    (Return (Name g global))))");
    Analysed a("def f():\n    global g\n    g = 1\n");
    EXPECT_TRUE(a.info->assignedGlobals().count("g"));
    EXPECT_TRUE(a.scope("f")->locals.empty());
}

TEST(Scope, GlobalInInnerFunctionHidesOuterLocal) {
    EXPECT_EQ(
        parseDump("def f():\n    x = 1\n    def g():\n        global x\n        return x\n", true),
        "(FunctionDef f global (args)\n  (body\n    (Assign (Name x store local:0) (Int 1))\n"
        "    (FunctionDef g local:1 (args)\n      (body\n        (Global x)\n"
        "        (Return (Name x global-or-builtin))))))");
}

TEST(Scope, ClassScopes) {
    Analysed a("def f():\n    y = 2\n    class C(Base):\n        x = 1\n        z = y\n"
               "        def m(self):\n            return x, y\n    return C\n");
    const Scope *c = a.scope("f.<locals>.C");
    EXPECT_EQ(c->kind, ScopeKind::Class);
    EXPECT_EQ(join(c->classNames), "x,z,m");
    EXPECT_EQ(frees(c), "y<cell:0>");
    const Scope *m = a.scope("f.<locals>.C.m");
    EXPECT_EQ(frees(m), "y<free:0>");
    EXPECT_EQ(m->enclosingClass, c);
    EXPECT_EQ(parseDump("class C:\n    x = 1\n    def m(self):\n        return x\n", true),
              "(ClassDef C global\n  (body\n    (Assign (Name x store class) (Int 1))\n"
              "    (FunctionDef m class (args self{local:0})\n      (body\n"
              "        (Return (Name x global-or-builtin))))))");
}

TEST(Scope, SuperUsage) {
    Analysed a("class C:\n    def m(self):\n        return super().m()\n");
    EXPECT_TRUE(a.scope("C.m")->usesSuper);
    EXPECT_EQ(a.scope("C.m")->enclosingClass, a.scope("C"));
}

TEST(Scope, Comprehensions) {
    Analysed a("def f(n):\n    return [i * n for i in range(n) if i]\n");
    const Scope *comp = a.scope("f.<locals>.<listcomp>");
    EXPECT_EQ(comp->kind, ScopeKind::Comprehension);
    EXPECT_EQ(join(comp->locals), ".0,i");
    EXPECT_EQ(comp->numParams, 1u);
    EXPECT_EQ(frees(comp), "n<cell:0>");
    // The first iterable is evaluated in f, where n is a cell.
    EXPECT_EQ(parseDump("def f(n):\n    return [i * n for i in range(n)]\n", true),
              "(FunctionDef f global (args n{cell:0})\n  (body\n"
              "    (Return (ListComp (BinOp * (Name i local:1) (Name n free:0)) (for (Name i store "
              "local:1) (Call (Name range global-or-builtin) (Name n cell:0)))))))");
}

TEST(Scope, ModuleLevelComprehensionAndGenerator) {
    Analysed a("xs = [x for x in range(3)]\ng = (y for y in xs)\n");
    EXPECT_EQ(join(a.scope("<listcomp>")->locals), ".0,x");
    EXPECT_TRUE(a.scope("<genexpr>")->isGenerator);
    EXPECT_FALSE(a.scope("<listcomp>")->isGenerator);
}

TEST(Scope, ClassBodyComprehensionDoesNotSeeClassNames) {
    EXPECT_EQ(parseDump("class C:\n    a = 1\n    b = [a for _ in range(a)]\n", true),
              "(ClassDef C global\n  (body\n    (Assign (Name a store class) (Int 1))\n"
              "    (Assign (Name b store class) (ListComp (Name a global-or-builtin) (for (Name _ "
              "store local:1) (Call (Name range global-or-builtin) (Name a class)))))))");
}

TEST(Scope, WalrusInComprehensionBindsInEnclosingFunction) {
    Analysed a("def f(xs):\n    if any((hit := x) > 2 for x in xs):\n        return hit\n");
    EXPECT_EQ(join(a.scope("f")->cells), "hit");
    EXPECT_EQ(frees(a.scope("f.<locals>.<genexpr>")), "hit<cell:0>");
    Analysed m("ys = [(last := y) for y in range(3)]\n");
    EXPECT_TRUE(m.info->assignedGlobals().count("last"));
}

TEST(Scope, LambdaScope) {
    Analysed a("def f(k):\n    return lambda x, y=k: x + k\n");
    const Scope *l = a.scope("f.<locals>.<lambda>");
    EXPECT_EQ(l->kind, ScopeKind::Lambda);
    EXPECT_EQ(join(l->locals), "x,y");
    EXPECT_EQ(frees(l), "k<cell:0>");
}

TEST(Scope, GeneratorAndCoroutineFlags) {
    Analysed a("def g():\n    yield 1\ndef h():\n    yield from g()\nasync def c():\n"
               "    await x\n");
    EXPECT_TRUE(a.scope("g")->isGenerator);
    EXPECT_TRUE(a.scope("h")->hasYieldFrom);
    EXPECT_TRUE(a.scope("c")->isCoroutine);
    EXPECT_TRUE(a.scope("c")->hasAwait);
    EXPECT_FALSE(a.scope("c")->isGenerator);
}

TEST(Scope, ImportAndExceptBindings) {
    EXPECT_EQ(parseDump("def f():\n    import a.b\n    from c import d as e\n    try: pass\n"
                        "    except E as err: pass\n",
                        true),
              "(FunctionDef f global (args)\n  (body\n    (Import a.b local:0)\n"
              "    (ImportFrom c import d as e local:1)\n    (Try\n      (body\n        (Pass))\n"
              "      (except (Name E global-or-builtin) as err local:2\n        (Pass)))))");
}

TEST(Scope, DeleteMakesLocal) {
    EXPECT_EQ(parseDump("def f():\n    del x\n", true),
              "(FunctionDef f global (args)\n  (body\n    (Delete (Name x del local:0))))");
}

TEST(Scope, Errors) {
    EXPECT_EQ(firstError("nonlocal x\n", true),
              "t.py:1:1: error: nonlocal declaration not allowed at module level");
    EXPECT_EQ(firstError("def f():\n    nonlocal x\n", true),
              "t.py:2:5: error: no binding for nonlocal 'x' found");
    EXPECT_EQ(firstError("x = 1\ndef f():\n    nonlocal x\n", true),
              "t.py:3:5: error: no binding for nonlocal 'x' found");
    EXPECT_EQ(firstError("def f():\n    print(x)\n    global x\n", true),
              "t.py:3:5: error: name 'x' is used prior to global declaration");
    EXPECT_EQ(firstError("def f():\n    x = 1\n    global x\n", true),
              "t.py:3:5: error: name 'x' is assigned to before global declaration");
    EXPECT_EQ(firstError("def f(x):\n    global x\n", true),
              "t.py:2:5: error: name 'x' is parameter and global");
    EXPECT_EQ(
        firstError("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
                   true),
        "t.py:5:9: error: name 'x' is nonlocal and global");
    EXPECT_EQ(firstError("return 1\n", true), "t.py:1:1: error: 'return' outside function");
    EXPECT_EQ(firstError("class C:\n    yield\n", true),
              "t.py:2:5: error: 'yield' outside function");
    EXPECT_EQ(firstError("def f():\n    await g()\n", true),
              "t.py:2:5: error: 'await' outside async function");
    EXPECT_EQ(firstError("def f():\n    return [x async for x in y]\n", true),
              "t.py:2:15: error: 'await' outside async function");
    EXPECT_EQ(firstError("def f():\n    from m import *\n", true),
              "t.py:2:19: error: import * only allowed at module level");
    EXPECT_EQ(firstError("class C:\n    [(y := 1) for x in z]\n", true),
              "t.py:2:7: error: assignment expression within a comprehension cannot be used in "
              "a class body");
}

TEST(Scope, OnlyTheFirstErrorIsReported) {
    Fixture fx("nonlocal a\nreturn 1\n");
    auto m = parseModule(fx.file, fx.diags);
    ASSERT_TRUE(m);
    analyzeScopes(*m, fx.diags);
    EXPECT_EQ(fx.diags.errorCount(), 1u);
}

TEST(Scope, AsyncComprehensionInAsyncFunction) {
    Analysed a("async def f(y):\n    return [x async for x in y]\n");
    EXPECT_TRUE(a.scope("f.<locals>.<listcomp>")->isCoroutine);
    EXPECT_TRUE(a.scope("f")->hasAwait);
}
