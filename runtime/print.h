//===- runtime/print.h - console printers and formatting ---------*- C++ -*-===//
//
// The console printers (stdout is buffered here and flushed at exit, before
// anything goes to stderr, and when the buffer fills) and the printf subset
// kr_raise_msg uses, exposed for any file that formats messages.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_PRINT_H
#define KRAIT_RUNTIME_PRINT_H

#include <stdarg.h>

#include "object.h"

/// Printers writing to the process's stdout (buffered) and stderr.
extern "C" const kr_printer kr_stdout_printer, kr_stderr_printer;

/// Write buffered stdout bytes to the platform.
void kr_stdout_flush(void);

/// Format to `p`: %s (C string), %d (int), %u (unsigned), %ld, %lu, %zu,
/// %zd, %x, %c (an int as one byte), %p, %% and, for kr_values: %q (repr),
/// %S (str), %T (type name). Returns false with an exception pending when
/// printing a value raised.
bool kr_vprintf(const kr_printer *p, const char *fmt, va_list ap);
bool kr_printf(const kr_printer *p, const char *fmt, ...);

#endif // KRAIT_RUNTIME_PRINT_H
