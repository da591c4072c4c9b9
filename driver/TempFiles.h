//===- driver/TempFiles.h - temporary files of one command ------*- C++ -*-===//
#ifndef KRAIT_DRIVER_TEMPFILES_H
#define KRAIT_DRIVER_TEMPFILES_H

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>

#include <iostream>
#include <string>
#include <vector>

namespace krait {

/// Temporary files that are removed when the holder goes away, whatever
/// happens (objects of a link, a `krait run` executable...).
class TempFiles {
  public:
    TempFiles() = default;
    TempFiles(const TempFiles &) = delete;
    TempFiles &operator=(const TempFiles &) = delete;
    ~TempFiles() {
        for (const std::string &p : paths_)
            llvm::sys::fs::remove(p);
    }

    /// A new temporary file name ending in `.suffix`, or "" after reporting
    /// the failure.
    std::string create(const char *suffix) {
        llvm::SmallString<128> path;
        if (std::error_code ec = llvm::sys::fs::createTemporaryFile("krait", suffix, path)) {
            std::cerr << "krait: error: cannot create a temporary file: " << ec.message() << "\n";
            return "";
        }
        paths_.push_back(std::string(path));
        return paths_.back();
    }

  private:
    std::vector<std::string> paths_;
};

} // namespace krait

#endif // KRAIT_DRIVER_TEMPFILES_H
