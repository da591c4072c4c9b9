//===- runtime/fileio.h - file objects and in-memory streams ----*- C++ -*-===//
//
// One object layout serves open()'s files (io.TextIOWrapper in text mode,
// io.FileIO in binary mode) and io.StringIO / io.BytesIO. Files go through
// the platform layer with a small read-ahead buffer and unbuffered writes;
// memory streams hold their contents in a growable buffer. As in
// MicroPython, positions and write() counts are in bytes, and writes accept
// str or any bytes-like object in either mode.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_FILEIO_H
#define KRAIT_RUNTIME_FILEIO_H

#include "object.h"

extern "C" {
extern const kr_type kr_type_textio, kr_type_fileio, kr_type_stringio, kr_type_bytesio;
}

/// A file or memory stream.
struct kr_file {
    kr_object base;
    int fd;      ///< file descriptor; -1 once closed and for memory streams
    bool closed; ///< memory streams: close() was called
    /// Memory streams: the contents (len bytes). Files: read-ahead bytes,
    /// those from pos to len not yet consumed.
    uint8_t *buf;
    size_t len, cap, pos;
};

/// The builtin open() (function object) and input().
extern const struct kr_builtin_function kr_open_obj, kr_input_obj;

/// sys.stdin: a text stream reading fd 0 (created on first use). 0 on
/// MemoryError.
kr_value kr_stdin_stream(void);

#endif // KRAIT_RUNTIME_FILEIO_H
