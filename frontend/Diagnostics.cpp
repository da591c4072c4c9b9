//===- Diagnostics.cpp - Source files and error reporting -----------------===//

#include "frontend/Diagnostics.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace krait {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    lineOffsets_.push_back(0);
    for (size_t i = 0; i < text_.size(); ++i) {
        char c = text_[i];
        // "\r\n", "\n" and a lone "\r" all end a line, as in Python.
        if (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
        if (c == '\n' || c == '\r')
            if (i + 1 < text_.size()) lineOffsets_.push_back(static_cast<uint32_t>(i + 1));
    }
}

bool SourceFile::load(const std::string &path, SourceFile &out, std::string &error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open '" + path + "'";
        return false;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) {
        error = "cannot read '" + path + "'";
        return false;
    }
    out = SourceFile(path, buf.str());
    return true;
}

uint32_t SourceFile::lineOffset(uint32_t n) const {
    if (n == 0 || n > lineOffsets_.size()) return static_cast<uint32_t>(text_.size());
    return lineOffsets_[n - 1];
}

SourceLoc SourceFile::locationOf(uint32_t offset) const {
    // Last line start <= offset.
    size_t lo = 0, hi = lineOffsets_.size();
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (lineOffsets_[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    uint32_t col = 1;
    for (size_t i = lineOffsets_[lo]; i < offset && i < text_.size(); ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    return SourceLoc{static_cast<uint32_t>(lo + 1), col};
}

std::string_view SourceFile::lineText(uint32_t n) const {
    if (n == 0 || n > lineOffsets_.size()) return {};
    size_t begin = lineOffsets_[n - 1];
    size_t end = begin;
    while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r')
        ++end;
    return std::string_view(text_).substr(begin, end - begin);
}

DiagnosticEngine::DiagnosticEngine(const SourceFile &file) : file_(file), out_(std::cerr) {}

DiagnosticEngine::DiagnosticEngine(const SourceFile &file, std::ostream &out)
    : file_(file), out_(out) {}

static const char *kindLabel(DiagKind kind) {
    switch (kind) {
    case DiagKind::Error:
        return "error";
    case DiagKind::Warning:
        return "warning";
    case DiagKind::Note:
        return "note";
    }
    return "error";
}

/// The caret line for column `col` (code points) of `line`: tabs of the
/// prefix are copied so the caret lines up whatever the tab width.
static std::string caretLine(std::string_view line, uint32_t col) {
    std::string out;
    uint32_t seen = 1;
    for (size_t i = 0; i < line.size() && seen < col; ++i) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue; // UTF-8 continuation byte: same code point.
        out += c == '\t' ? '\t' : ' ';
        ++seen;
    }
    // Columns past the end of the line (e.g. at end of input) still get a caret.
    for (; seen < col; ++seen)
        out += ' ';
    out += '^';
    return out;
}

void DiagnosticEngine::report(DiagKind kind, SourceLoc loc, const std::string &message) {
    if (kind == DiagKind::Error)
        ++errors_;
    else if (kind == DiagKind::Warning)
        ++warnings_;
    if (!loc.isValid()) {
        out_ << file_.path() << ": " << kindLabel(kind) << ": " << message << '\n';
        return;
    }
    out_ << file_.path() << ':' << loc.line << ':' << loc.col << ": " << kindLabel(kind) << ": "
         << message << '\n';
    std::string_view line = file_.lineText(loc.line);
    out_ << line << '\n' << caretLine(line, loc.col) << '\n';
    out_.flush();
}

} // namespace krait
