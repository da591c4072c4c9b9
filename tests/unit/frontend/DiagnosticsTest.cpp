//===- DiagnosticsTest.cpp - SourceFile and DiagnosticEngine tests --------===//

#include "frontend/Diagnostics.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace krait;

TEST(SourceFile, LinesAndOffsets) {
    SourceFile f("a.py", "one\ntwo\r\nthree");
    EXPECT_EQ(f.lineCount(), 3u);
    EXPECT_EQ(f.lineText(1), "one");
    EXPECT_EQ(f.lineText(2), "two");
    EXPECT_EQ(f.lineText(3), "three");
    EXPECT_EQ(f.lineText(4), "");
    EXPECT_EQ(f.lineOffset(3), 9u);
    SourceLoc l = f.locationOf(10);
    EXPECT_EQ(l.line, 3u);
    EXPECT_EQ(l.col, 2u);
}

TEST(SourceFile, ColumnsCountCodePoints) {
    SourceFile f("a.py", "\xc3\xa9t\xc3\xa9 = 1\n");
    // "été" is 3 code points but 5 bytes: '=' is at byte 6, column 5.
    EXPECT_EQ(f.locationOf(6).col, 5u);
}

TEST(Diagnostics, ErrorFormatWithCaret) {
    SourceFile f("dir/m.py", "x = 1\ny = $\n");
    std::ostringstream out;
    DiagnosticEngine d(f, out);
    EXPECT_FALSE(d.hasErrors());
    d.error(SourceLoc{2, 5}, "invalid character");
    EXPECT_TRUE(d.hasErrors());
    EXPECT_EQ(d.errorCount(), 1u);
    EXPECT_EQ(out.str(), "dir/m.py:2:5: error: invalid character\ny = $\n    ^\n");
}

TEST(Diagnostics, TabsInPrefixAreCopied) {
    SourceFile f("m.py", "\tif  x\n");
    std::ostringstream out;
    DiagnosticEngine d(f, out);
    d.error(SourceLoc{1, 6}, "invalid syntax");
    EXPECT_EQ(out.str(), "m.py:1:6: error: invalid syntax\n\tif  x\n\t    ^\n");
}

TEST(Diagnostics, NonAsciiPrefixOneSpacePerCodePoint) {
    SourceFile f("m.py", "\xc3\xa9 = ?\n");
    std::ostringstream out;
    DiagnosticEngine d(f, out);
    d.error(SourceLoc{1, 5}, "bad");
    EXPECT_EQ(out.str(), "m.py:1:5: error: bad\n\xc3\xa9 = ?\n    ^\n");
}

TEST(Diagnostics, WarningsAndNotesDoNotCountAsErrors) {
    SourceFile f("m.py", "x\n");
    std::ostringstream out;
    DiagnosticEngine d(f, out);
    d.warning(SourceLoc{1, 1}, "w");
    d.note(SourceLoc{1, 1}, "n");
    EXPECT_FALSE(d.hasErrors());
    EXPECT_EQ(d.warningCount(), 1u);
    EXPECT_EQ(out.str(), "m.py:1:1: warning: w\nx\n^\nm.py:1:1: note: n\nx\n^\n");
}

TEST(Diagnostics, NoLocation) {
    SourceFile f("m.py", "x\n");
    std::ostringstream out;
    DiagnosticEngine d(f, out);
    d.error(SourceLoc{}, "cannot read");
    EXPECT_EQ(out.str(), "m.py: error: cannot read\n");
}
