//===- ModuleGraphTest.cpp - finding the modules a program imports --------===//

#include "driver/ModuleGraph.h"

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <gtest/gtest.h>

#include <sstream>

using namespace krait;

namespace {

/// A temporary folder tree, removed at the end of the test.
class TempTree {
  public:
    TempTree() {
        llvm::SmallString<128> dir;
        EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("krait-modgraph", dir));
        root = std::string(dir);
    }
    ~TempTree() { llvm::sys::fs::remove_directories(root); }

    /// Create `rel` (and its folders) holding `text`; returns its full path.
    std::string file(const std::string &rel, const std::string &text = "") {
        std::string path = at(rel);
        llvm::sys::fs::create_directories(llvm::sys::path::parent_path(path));
        std::error_code ec;
        llvm::raw_fd_ostream out(path, ec);
        EXPECT_FALSE(ec) << ec.message();
        out << text;
        return path;
    }
    std::string at(const std::string &rel) const {
        llvm::SmallString<256> p(root);
        llvm::sys::path::append(p, rel);
        return std::string(p);
    }

    std::string root;
};

/// The import names of `source`, lowered as a module of `package`.
std::vector<std::string> namesOf(const std::string &source, const std::string &package = "") {
    SourceFile file("prog.py", source);
    std::ostringstream diagOut;
    DiagnosticEngine diags(file, diagOut);
    std::unique_ptr<ast::Module> tree = parseModule(file, diags);
    EXPECT_TRUE(tree && !diags.hasErrors()) << diagOut.str();
    if (!tree) return {};
    return importedNames(*tree, package);
}

using Names = std::vector<std::string>;

TEST(ModuleFinder, PackageBeforeModuleAndSearchOrder) {
    TempTree t;
    t.file("first/dup.py");
    t.file("second/dup.py");
    t.file("second/only.py");
    t.file("first/both.py");
    t.file("first/both/__init__.py");
    ModuleFinder finder({t.at("first"), t.at("second")});
    std::optional<FoundModule> dup = finder.find("dup");
    ASSERT_TRUE(dup);
    EXPECT_EQ(dup->path, t.at("first/dup.py"));
    EXPECT_TRUE(dup->packageDir.empty());
    ASSERT_TRUE(finder.find("only"));
    EXPECT_EQ(finder.find("only")->path, t.at("second/only.py"));
    std::optional<FoundModule> both = finder.find("both");
    ASSERT_TRUE(both);
    EXPECT_EQ(both->path, t.at("first/both/__init__.py"));
    EXPECT_EQ(both->packageDir, t.at("first/both"));
    EXPECT_EQ(both->package(), "both");
    EXPECT_FALSE(finder.find("absent"));
}

TEST(ModuleFinder, SubmodulesOnlyInsideTheirPackage) {
    TempTree t;
    t.file("pkg/__init__.py");
    t.file("pkg/sub/__init__.py");
    t.file("pkg/sub/leaf.py");
    t.file("plain.py");
    t.file("other.py");
    t.file("plain/inner.py"); // a folder is a package even without __init__.py
    ModuleFinder finder({t.root});
    std::optional<FoundModule> leaf = finder.find("pkg.sub.leaf");
    ASSERT_TRUE(leaf);
    EXPECT_EQ(leaf->path, t.at("pkg/sub/leaf.py"));
    EXPECT_EQ(leaf->package(), "pkg.sub");
    EXPECT_EQ(finder.find("pkg.sub")->package(), "pkg.sub");
    std::optional<FoundModule> plain = finder.find("plain");
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->path, "");
    EXPECT_EQ(plain->packageDir, t.at("plain"));
    EXPECT_TRUE(finder.find("plain.inner"));
    EXPECT_FALSE(finder.find("other.inner"));
    EXPECT_FALSE(finder.find("pkg.nothing"));
}

TEST(ModuleFinder, RelativeSearchEntriesStayRelative) {
    ModuleFinder finder({""});
    // Nothing called like this in the working directory.
    EXPECT_FALSE(finder.find("krait_no_such_module_here"));
    EXPECT_EQ(programSearchPath("main.py", {}, nullptr, "lib"), (Names{"", "lib"}));
    EXPECT_EQ(programSearchPath("dir/main.py", {"inc"}, "a::b", "lib"),
              (Names{"dir", "inc", "a", "b", "lib"}));
}

TEST(ImportedNames, AllFormsAnywhereInTheModule) {
    EXPECT_EQ(namesOf("import a.b.c, d as e\n"), (Names{"a", "a.b", "a.b.c", "d"}));
    EXPECT_EQ(namesOf("from x.y import n, m as k\n"), (Names{"x", "x.y", "x.y.n", "x.y.m"}));
    EXPECT_EQ(namesOf("from m import *\n"), Names{"m"});
    EXPECT_EQ(namesOf("def f():\n    try:\n        import deep\n    except ImportError:\n"
                      "        pass\nclass C:\n    import inclass\n"),
              (Names{"deep", "inclass"}));
    // Built-in modules are listed by their top-level name only.
    EXPECT_EQ(namesOf("import sys, gc\nfrom time import sleep\nimport sys.x\n"),
              (Names{"sys", "gc", "time"}));
}

TEST(ImportedNames, RelativeImportsResolvedAgainstThePackage) {
    EXPECT_EQ(namesOf("from . import x\n", "pkg"), (Names{"pkg", "pkg.x"}));
    EXPECT_EQ(namesOf("from ..m import y\n", "pkg.sub"), (Names{"pkg", "pkg.m", "pkg.m.y"}));
    EXPECT_EQ(namesOf("from .. import z\n", "pkg.sub"), (Names{"pkg", "pkg.z"}));
    // Outside a package: left to the runtime's ImportError.
    EXPECT_EQ(namesOf("from . import x\n", ""), Names{});
}

} // namespace
