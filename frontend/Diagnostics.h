//===- Diagnostics.h - Source files and error reporting --------*- C++ -*-===//
///
/// \file
/// `SourceFile` holds the text of one Python module; `DiagnosticEngine`
/// prints positioned errors, warnings and notes for it in the form
///
///     path:line:col: error: message
///     <the source line>
///     <spaces, tabs copied from the line>^
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_DIAGNOSTICS_H
#define KRAIT_FRONTEND_DIAGNOSTICS_H

#include "frontend/SourceLocation.h"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace krait {

/// The text of one source file plus an index of where each line starts.
class SourceFile {
  public:
    /// Builds a source file from its path (kept as given, used in messages)
    /// and its full text (UTF-8).
    SourceFile(std::string path, std::string text);

    /// Reads the file at `path`. Returns false and leaves `error` set to a
    /// human readable reason when the file cannot be read.
    static bool load(const std::string &path, SourceFile &out, std::string &error);

    /// The path as given at construction.
    const std::string &path() const { return path_; }
    /// The whole text.
    const std::string &text() const { return text_; }
    /// Number of lines (a final line without a newline counts; an empty file has 1).
    uint32_t lineCount() const { return static_cast<uint32_t>(lineOffsets_.size()); }
    /// Text of 1-based line `n` without its line terminator ("" when out of range).
    std::string_view lineText(uint32_t n) const;
    /// Byte offset of the start of 1-based line `n`.
    uint32_t lineOffset(uint32_t n) const;
    /// The line/column (code points) of byte offset `offset`.
    SourceLoc locationOf(uint32_t offset) const;

  private:
    std::string path_;
    std::string text_;
    std::vector<uint32_t> lineOffsets_; ///< Byte offset of each line start.
};

/// Severity of a diagnostic.
enum class DiagKind { Error, Warning, Note };

/// Reports diagnostics about one source file to an output stream.
class DiagnosticEngine {
  public:
    /// Reports about `file` to `out` (standard error by default). Both must
    /// outlive the engine.
    explicit DiagnosticEngine(const SourceFile &file);
    DiagnosticEngine(const SourceFile &file, std::ostream &out);

    /// Prints an error at `loc` and counts it.
    void error(SourceLoc loc, const std::string &message) { report(DiagKind::Error, loc, message); }
    /// Prints a warning at `loc`.
    void warning(SourceLoc loc, const std::string &message) {
        report(DiagKind::Warning, loc, message);
    }
    /// Prints a note at `loc` (usually after an error).
    void note(SourceLoc loc, const std::string &message) { report(DiagKind::Note, loc, message); }
    /// Prints a diagnostic of any kind. An invalid `loc` prints `path: kind:
    /// message` without source line and caret.
    void report(DiagKind kind, SourceLoc loc, const std::string &message);

    /// Number of errors reported so far.
    unsigned errorCount() const { return errors_; }
    /// Number of warnings reported so far.
    unsigned warningCount() const { return warnings_; }
    /// True when at least one error was reported.
    bool hasErrors() const { return errors_ != 0; }
    /// The file diagnostics refer to.
    const SourceFile &file() const { return file_; }

  private:
    const SourceFile &file_;
    std::ostream &out_;
    unsigned errors_ = 0;
    unsigned warnings_ = 0;
};

} // namespace krait

#endif // KRAIT_FRONTEND_DIAGNOSTICS_H
