//===- runtime/print.cpp - printing values and formatted messages ---------===//
#include "print.h"

#include <stdio.h>
#include <string.h>

#include "exception.h"
#include "platform/platform.h"

namespace {

// Hosted, a large buffer saves system calls. Bare metal, static RAM is
// scarce (16 KB on a micro:bit) and each flush is one semihosting or UART
// write, so a line's worth is enough.
#if defined(__linux__)
constexpr size_t kStdoutBufferSize = 4096;
#else
constexpr size_t kStdoutBufferSize = 256;
#endif
char stdout_buffer[kStdoutBufferSize];
size_t stdout_len = 0;

/// -1 until known, then whether stdout is a terminal (line buffered).
int stdout_tty = -1;

void stdout_write(void *, const char *bytes, size_t len) {
    if (stdout_tty < 0) stdout_tty = kr_platform_isatty(1) ? 1 : 0;
    if (stdout_len + len > kStdoutBufferSize) kr_stdout_flush();
    if (len >= kStdoutBufferSize) {
        kr_platform_write(1, bytes, len);
        return;
    }
    memcpy(stdout_buffer + stdout_len, bytes, len);
    stdout_len += len;
    if (stdout_tty && memchr(bytes, '\n', len)) kr_stdout_flush();
}

void stderr_write(void *, const char *bytes, size_t len) {
    kr_stdout_flush(); // keep the two streams in program order
    kr_platform_write(2, bytes, len);
}

} // namespace

extern "C" __attribute__((weak)) bool kr_platform_isatty(int) {
    return false;
}

extern "C" {
const kr_printer kr_stdout_printer = {stdout_write, nullptr};
const kr_printer kr_stderr_printer = {stderr_write, nullptr};
}

void kr_stdout_flush(void) {
    if (stdout_len) {
        kr_platform_write(1, stdout_buffer, stdout_len);
        stdout_len = 0;
    }
}

void kr_print_cstr(const kr_printer *p, const char *s) {
    p->write(p->ctx, s, strlen(s));
}

bool kr_print_value(const kr_printer *p, kr_value v, kr_print_kind kind) {
    if (!kr_stack_ok()) return false;
    const kr_type *t = kr_type_of(v);
    for (const kr_type *u = t; u; u = u->parent)
        if (u->print) return u->print(p, v, kind);
    return kr_printf(p, "<%s object at %p>", t->name, (void *)v);
}

/// printf of one numeric conversion through snprintf.
template <typename T> static void print_num(const kr_printer *p, const char *spec, T value) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, spec, value);
    if (n > 0) p->write(p->ctx, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

bool kr_vprintf(const kr_printer *p, const char *fmt, va_list ap) {
    while (*fmt) {
        const char *start = fmt;
        while (*fmt && *fmt != '%')
            ++fmt;
        if (fmt != start) p->write(p->ctx, start, (size_t)(fmt - start));
        if (!*fmt) break;
        ++fmt; // '%'
        char c = *fmt++;
        switch (c) {
        case '%':
            p->write(p->ctx, "%", 1);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            kr_print_cstr(p, s ? s : "(null)");
            break;
        }
        case '.': // "%.*s": length, then bytes
            if (fmt[0] == '*' && fmt[1] == 's') {
                fmt += 2;
                int n = va_arg(ap, int);
                const char *s = va_arg(ap, const char *);
                p->write(p->ctx, s, (size_t)n);
            }
            break;
        case 'd':
            print_num(p, "%d", va_arg(ap, int));
            break;
        case 'u':
            print_num(p, "%u", va_arg(ap, unsigned));
            break;
        case 'x':
            print_num(p, "%x", va_arg(ap, unsigned));
            break;
        case 'c': {
            char ch = (char)va_arg(ap, int);
            p->write(p->ctx, &ch, 1);
            break;
        }
        case 'p':
            print_num(p, "%p", va_arg(ap, void *));
            break;
        case 'l':
            if (*fmt == 'd')
                print_num(p, "%ld", va_arg(ap, long));
            else if (*fmt == 'u')
                print_num(p, "%lu", va_arg(ap, unsigned long));
            else if (*fmt == 'x')
                print_num(p, "%lx", va_arg(ap, unsigned long));
            if (*fmt) ++fmt;
            break;
        case 'z':
            if (*fmt == 'u')
                print_num(p, "%zu", va_arg(ap, size_t));
            else if (*fmt == 'd')
                print_num(p, "%ld", (long)va_arg(ap, ptrdiff_t));
            if (*fmt) ++fmt;
            break;
        case 'q':
            if (!kr_print_value(p, va_arg(ap, kr_value), KR_PRINT_REPR)) return false;
            break;
        case 'S':
            if (!kr_print_value(p, va_arg(ap, kr_value), KR_PRINT_STR)) return false;
            break;
        case 'T':
            kr_print_cstr(p, kr_type_name(va_arg(ap, kr_value)));
            break;
        default: // unknown conversion: print it as is
            p->write(p->ctx, fmt - 2, 2);
            break;
        }
    }
    return true;
}

bool kr_printf(const kr_printer *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = kr_vprintf(p, fmt, ap);
    va_end(ap);
    return ok;
}

static kr_value print_to_str(kr_value v, kr_print_kind kind) {
    kr_strbuf buf;
    kr_strbuf_init(&buf);
    if (!kr_print_value(&buf.printer, v, kind)) return 0;
    if (buf.failed) return kr_raise_memory_error();
    return kr_strbuf_to_str(&buf);
}

kr_value kr_obj_str(kr_value v) {
    if (kr_is_obj(v) && kr_type_of(v) == &kr_type_str) return v;
    return print_to_str(v, KR_PRINT_STR);
}

kr_value kr_obj_repr(kr_value v) {
    return print_to_str(v, KR_PRINT_REPR);
}
