//===- runtime/oserror.h - errno values and OSError -------------*- C++ -*-===//
//
// krait numbers errors as Linux does (MicroPython's errno module uses the
// host's values; its bare-metal ports use the same numbers). The platform
// layer returns these negated on failure; OSError carries them as args[0]
// and prints as MicroPython does: `[Errno 2] ENOENT`.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_OSERROR_H
#define KRAIT_RUNTIME_OSERROR_H

#include "object.h"

/// The errno values the runtime names (MicroPython's errno module list,
/// plus the few file-system ones its unix port reports).
#define KR_ERRNO_LIST(X)                                                                           \
    X(EPERM, 1)                                                                                    \
    X(ENOENT, 2)                                                                                   \
    X(EIO, 5)                                                                                      \
    X(EBADF, 9)                                                                                    \
    X(EAGAIN, 11)                                                                                  \
    X(ENOMEM, 12)                                                                                  \
    X(EACCES, 13)                                                                                  \
    X(EEXIST, 17)                                                                                  \
    X(EXDEV, 18)                                                                                   \
    X(ENODEV, 19)                                                                                  \
    X(ENOTDIR, 20)                                                                                 \
    X(EISDIR, 21)                                                                                  \
    X(EINVAL, 22)                                                                                  \
    X(ENOSPC, 28)                                                                                  \
    X(EROFS, 30)                                                                                   \
    X(ERANGE, 34)                                                                                  \
    X(ENAMETOOLONG, 36)                                                                            \
    X(ENOTEMPTY, 39)                                                                               \
    X(EOPNOTSUPP, 95)                                                                              \
    X(EADDRINUSE, 98)                                                                              \
    X(ECONNABORTED, 103)                                                                           \
    X(ECONNRESET, 104)                                                                             \
    X(ENOBUFS, 105)                                                                                \
    X(ENOTCONN, 107)                                                                               \
    X(ETIMEDOUT, 110)                                                                              \
    X(ECONNREFUSED, 111)                                                                           \
    X(EHOSTUNREACH, 113)                                                                           \
    X(EALREADY, 114)                                                                               \
    X(EINPROGRESS, 115)

#define KR_ERRNO_ENUM(name, value) KR_##name = value,
/// KR_ENOENT etc.
enum kr_errno : int { KR_ERRNO_LIST(KR_ERRNO_ENUM) };
#undef KR_ERRNO_ENUM

/// The symbolic name of an errno value ("ENOENT"), or null when unknown.
const char *kr_errno_name(int err);

/// Raise OSError(err) (err positive). Always returns 0.
kr_value kr_raise_oserror(int err);

/// For OSError's str(): when exc is an OSError whose first arg is a known
/// errno, print `[Errno N] NAME` (and `: arg2` when there is a second arg)
/// and return true; otherwise print nothing and return false.
bool kr_oserror_print(const kr_printer *p, kr_value exc, size_t nargs, const kr_value *args);

#endif // KRAIT_RUNTIME_OSERROR_H
