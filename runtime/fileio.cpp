//===- runtime/fileio.cpp - files, StringIO, BytesIO, open() and input() ---===//
//
// Part of the krait runtime. See fileio.h. Reading is built on two
// primitives, available() (the bytes buffered at the current position,
// refilling a file's read-ahead) and consume(), so read(), readline() and
// iteration share one loop for every kind of stream.
//
//===----------------------------------------------------------------------===//
#include "fileio.h"

#include "buffer.h"
#include "exception.h"
#include "function.h"
#include "list.h"
#include "oserror.h"
#include "path_arg.h"
#include "platform/platform.h"
#include "print.h"
#include "str.h"

#include <string.h>

namespace {

constexpr size_t kReadAhead = 4096;

kr_file *as_file(kr_value v) {
    return (kr_file *)kr_obj(v);
}

bool is_memory(const kr_file *f) {
    return f->base.type == &kr_type_stringio || f->base.type == &kr_type_bytesio;
}

bool is_text(const kr_file *f) {
    return f->base.type == &kr_type_stringio || f->base.type == &kr_type_textio;
}

/// self of a stream method, or null with TypeError pending.
kr_file *self_file(kr_value v) {
    if (kr_is_obj(v)) {
        const kr_type *t = kr_obj(v)->type;
        if (t == &kr_type_textio || t == &kr_type_fileio || t == &kr_type_stringio ||
            t == &kr_type_bytesio)
            return as_file(v);
    }
    kr_raise_msg(&kr_type_TypeError, "argument has wrong type");
    return nullptr;
}

/// False with ValueError raised when the stream is closed (as MicroPython's
/// files and memory streams do).
bool check_open(const kr_file *f) {
    if (!f->closed && (is_memory(f) || f->fd >= 0)) return true;
    kr_raise_msg(&kr_type_ValueError, "I/O operation on closed file");
    return false;
}

/// A platform result: true when non-negative, else OSError raised.
bool platform_ok(int64_t r) {
    if (r >= 0) return true;
    kr_raise_oserror((int)-r);
    return false;
}

/// The bytes available at the current position: *n is 0 at end of stream.
bool available(kr_file *f, const uint8_t **p, size_t *n) {
    if (!check_open(f)) return false;
    if (f->pos >= f->len && !is_memory(f)) {
        if (!f->buf) {
            f->buf = (uint8_t *)kr_gc_alloc_atomic(kReadAhead);
            if (!f->buf) return false;
            f->cap = kReadAhead;
        }
        int64_t r = kr_platform_read(f->fd, f->buf, f->cap);
        if (!platform_ok(r)) return false;
        f->pos = 0;
        f->len = (size_t)r;
    }
    *p = f->buf + f->pos;
    *n = f->len > f->pos ? f->len - f->pos : 0;
    return true;
}

/// Give back unread read-ahead before a file write, seek or tell.
bool drop_read_ahead(kr_file *f) {
    if (is_memory(f) || f->pos >= f->len) return true;
    int64_t back = (int64_t)(f->len - f->pos);
    f->pos = f->len = 0;
    return platform_ok(kr_platform_seek(f->fd, -back, 1));
}

/// Continuation bytes following a UTF-8 lead byte.
int utf8_tail(uint8_t c) {
    return c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
}

/// Read up to `limit` units (characters in text mode, bytes otherwise; -1
/// for all), stopping after a newline when `line`. The result is a str or
/// bytes as the stream's mode says.
kr_value read_units(kr_file *f, int64_t limit, bool line) {
    kr_strbuf out;
    kr_strbuf_init(&out);
    bool text = is_text(f);
    uint64_t remaining = limit < 0 ? (uint64_t)-1 : (uint64_t)limit;
    int pending_tail = 0; // continuation bytes still due for the last char
    bool done = remaining == 0;
    while (!done) {
        const uint8_t *p;
        size_t n;
        if (!available(f, &p, &n)) return 0;
        if (n == 0) break;
        size_t k = 0;
        while (k < n) {
            uint8_t c = p[k];
            bool cont = text && (c & 0xC0) == 0x80 && pending_tail > 0;
            if (!cont) {
                if (remaining == 0) {
                    done = true;
                    break;
                }
                remaining--;
                pending_tail = text ? utf8_tail(c) : 0;
            } else {
                pending_tail--;
            }
            k++;
            if ((line && c == '\n' && !cont) || (remaining == 0 && pending_tail == 0)) {
                done = true;
                break;
            }
        }
        if (k) kr_print_bytes(&out.printer, (const char *)p, k);
        f->pos += k;
    }
    if (out.failed) return 0;
    if (text) return kr_str_decode(out.data ? out.data : "", out.len);
    return kr_bytes_new((const uint8_t *)out.data, out.len);
}

/// An optional size argument: -1 when absent or None.
bool size_arg(size_t nargs, const kr_value *args, size_t i, int64_t *out) {
    *out = -1;
    if (nargs <= i || args[i] == kr_val(&kr_None)) return true;
    if (kr_int_to_i64(args[i], out)) return true;
    kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(args[i]));
    return false;
}

kr_value file_read(size_t nargs, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    int64_t size;
    if (!f || !size_arg(nargs, args, 1, &size)) return 0;
    return read_units(f, size, false);
}

kr_value file_readline(size_t nargs, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    int64_t size;
    if (!f || !size_arg(nargs, args, 1, &size)) return 0;
    return read_units(f, size, true);
}

kr_value file_readlines(size_t, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    kr_value lines = f ? kr_list_new(0) : 0;
    if (!lines) return 0;
    for (;;) {
        kr_value line = read_units(f, -1, true);
        if (!line) return 0;
        if (!kr_truthy(line)) return lines;
        if (!kr_list_append(lines, line)) return 0;
    }
}

kr_value file_readinto(size_t nargs, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    kr_buffer buf;
    if (!f || !kr_get_buffer_raise(args[1], &buf)) return 0;
    size_t want = buf.len;
    int64_t limit;
    if (!size_arg(nargs, args, 2, &limit)) return 0;
    if (limit >= 0 && (uint64_t)limit < want) want = (size_t)limit;
    size_t got = 0;
    while (got < want) {
        const uint8_t *p;
        size_t n;
        if (!available(f, &p, &n)) return 0;
        if (n == 0) break;
        if (n > want - got) n = want - got;
        memcpy(buf.data + got, p, n);
        f->pos += n;
        got += n;
    }
    return kr_small_int((kr_int)got);
}

/// Write raw bytes at the stream's position.
bool write_bytes(kr_file *f, const uint8_t *data, size_t len) {
    if (!check_open(f)) return false;
    if (!is_memory(f)) {
        if (!drop_read_ahead(f)) return false;
        while (len) {
            int64_t r = kr_platform_write_fd(f->fd, data, len);
            if (!platform_ok(r)) return false;
            data += r;
            len -= (size_t)r;
        }
        return true;
    }
    size_t end = f->pos + len;
    if (end > f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 32;
        while (cap < end)
            cap *= 2;
        uint8_t *nb =
            f->buf ? (uint8_t *)kr_gc_realloc(f->buf, cap) : (uint8_t *)kr_gc_alloc_atomic(cap);
        if (!nb) {
            kr_raise_memory_error();
            return false;
        }
        f->buf = nb;
        f->cap = cap;
    }
    if (f->pos > f->len) memset(f->buf + f->len, 0, f->pos - f->len); // a seek past the end
    memcpy(f->buf + f->pos, data, len);
    f->pos = end;
    if (end > f->len) f->len = end;
    return true;
}

/// The bytes of a str or bytes-like value; false with TypeError pending.
bool data_of(kr_value v, const uint8_t **data, size_t *len) {
    if (kr_isinstance(v, &kr_type_str)) {
        *data = (const uint8_t *)kr_str_data(v, len);
        return true;
    }
    kr_buffer buf;
    if (!kr_get_buffer_raise(v, &buf)) return false;
    *data = buf.data;
    *len = buf.len;
    return true;
}

kr_value file_write(size_t, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    const uint8_t *data;
    size_t len;
    if (!f || !data_of(args[1], &data, &len)) return 0;
    return write_bytes(f, data, len) ? kr_small_int((kr_int)len) : 0;
}

kr_value file_seek(size_t nargs, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    if (!f) return 0;
    int64_t offset, whence = 0;
    if (!kr_int_to_i64(args[1], &offset) || (nargs > 2 && !kr_int_to_i64(args[2], &whence)))
        return kr_raise_msg(&kr_type_TypeError, "can't convert to int");
    if (whence < 0 || whence > 2) return kr_raise_oserror(KR_EINVAL);
    if (!check_open(f)) return 0;
    if (is_memory(f)) {
        // As MicroPython: a negative absolute position is EINVAL, a
        // relative seek before the start stops at 0.
        if (whence == 0 && offset < 0) return kr_raise_oserror(KR_EINVAL);
        int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)f->pos : (int64_t)f->len;
        f->pos = base + offset < 0 ? 0 : (size_t)(base + offset);
        return kr_int_from_i64((int64_t)f->pos);
    }
    if (!drop_read_ahead(f)) return 0;
    int64_t r = kr_platform_seek(f->fd, offset, (int)whence);
    return platform_ok(r) ? kr_int_from_i64(r) : 0;
}

kr_value file_tell(size_t, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    if (!f || !check_open(f)) return 0;
    if (is_memory(f)) return kr_int_from_i64((int64_t)f->pos);
    int64_t r = kr_platform_seek(f->fd, 0, 1);
    if (!platform_ok(r)) return 0;
    return kr_int_from_i64(r - (int64_t)(f->len - f->pos));
}

kr_value file_flush(size_t, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    return f && check_open(f) ? kr_val(&kr_None) : 0;
}

kr_value file_close(size_t, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    if (!f) return 0;
    if (is_memory(f)) {
        f->closed = true;
        return kr_val(&kr_None);
    }
    if (f->fd >= 0) {
        int fd = f->fd;
        f->fd = -1;
        f->pos = f->len = 0;
        if (!platform_ok(kr_platform_close(fd))) return 0;
    }
    return kr_val(&kr_None);
}

kr_value file_fileno(size_t, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    if (!f || !check_open(f)) return 0;
    if (is_memory(f)) return kr_raise_oserror(KR_EBADF);
    return kr_small_int(f->fd);
}

kr_value file_getvalue(size_t, const kr_value *args, kr_value) {
    kr_file *f = self_file(args[0]);
    if (!f || !check_open(f)) return 0;
    if (!is_memory(f))
        return kr_raise_msg(&kr_type_AttributeError, "'%s' object has no attribute 'getvalue'",
                            f->base.type->name);
    if (is_text(f)) return kr_str_decode(f->buf ? (const char *)f->buf : "", f->len);
    return kr_bytes_new(f->buf, f->len);
}

kr_value file_enter(size_t, const kr_value *args, kr_value) {
    return args[0];
}

kr_value file_exit(size_t, const kr_value *args, kr_value) {
    return file_close(1, args, 0);
}

kr_value file_iternext(kr_value self) {
    kr_value line = read_units(as_file(self), -1, true);
    if (!line) return 0;
    size_t len;
    if (kr_is_str(line))
        kr_str_data(line, &len);
    else
        len = kr_str_obj(line)->len;
    return len ? line : KR_STOP;
}

bool file_print(const kr_printer *p, kr_value self, kr_print_kind) {
    kr_file *f = as_file(self);
    if (is_memory(f)) return kr_printf(p, "<io.%s>", f->base.type->name);
    return kr_printf(p, "<io.%s %d>", f->base.type->name, f->fd);
}

KR_BUILTIN(file_read_obj, "read", file_read, 1, 2);
KR_BUILTIN(file_readline_obj, "readline", file_readline, 1, 2);
KR_BUILTIN(file_readlines_obj, "readlines", file_readlines, 1, 1);
KR_BUILTIN(file_readinto_obj, "readinto", file_readinto, 2, 3);
KR_BUILTIN(file_write_obj, "write", file_write, 2, 2);
KR_BUILTIN(file_seek_obj, "seek", file_seek, 2, 3);
KR_BUILTIN(file_tell_obj, "tell", file_tell, 1, 1);
KR_BUILTIN(file_flush_obj, "flush", file_flush, 1, 1);
KR_BUILTIN(file_close_obj, "close", file_close, 1, 1);
KR_BUILTIN(file_fileno_obj, "fileno", file_fileno, 1, 1);
KR_BUILTIN(file_getvalue_obj, "getvalue", file_getvalue, 1, 1);
KR_BUILTIN(file_enter_obj, "__enter__", file_enter, 1, 1);
KR_BUILTIN(file_exit_obj, "__exit__", file_exit, 1, 4);

#define KR_STREAM_METHODS                                                                          \
    KR_ATTR("read", file_read_obj), KR_ATTR("readline", file_readline_obj),                        \
        KR_ATTR("readlines", file_readlines_obj), KR_ATTR("readinto", file_readinto_obj),          \
        KR_ATTR("write", file_write_obj), KR_ATTR("seek", file_seek_obj),                          \
        KR_ATTR("tell", file_tell_obj), KR_ATTR("flush", file_flush_obj),                          \
        KR_ATTR("close", file_close_obj), KR_ATTR("__enter__", file_enter_obj),                    \
        KR_ATTR("__exit__", file_exit_obj)

const kr_attr_entry file_attrs[] = {
    KR_STREAM_METHODS, KR_ATTR("fileno", file_fileno_obj), {nullptr, nullptr}};
const kr_attr_entry memory_attrs[] = {
    KR_STREAM_METHODS, KR_ATTR("getvalue", file_getvalue_obj), {nullptr, nullptr}};

/// StringIO([initial]) / BytesIO([initial]); an int argument is a size
/// hint (MicroPython).
kr_value memory_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                         kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, false)) return 0;
    kr_file *f = kr_new_object<kr_file>(type);
    if (!f) return 0;
    f->fd = -1;
    if (nargs == 0 || args[0] == kr_val(&kr_None) || kr_is_small_int(args[0])) return kr_val(f);
    if (type == &kr_type_stringio && !kr_isinstance(args[0], &kr_type_str))
        return kr_raise_msg(&kr_type_TypeError, "initial_value must be str, not %s",
                            kr_type_name(args[0]));
    const uint8_t *data;
    size_t len;
    if (!data_of(args[0], &data, &len) || !write_bytes(f, data, len)) return 0;
    f->pos = 0;
    return kr_val(f);
}

kr_value file_new(const kr_type *type, int fd) {
    kr_file *f = kr_new_object<kr_file>(type);
    if (!f) return 0;
    f->fd = fd;
    return kr_val(f);
}

/// Decode an open() mode string into platform flags and text/binary.
bool parse_mode(kr_value mode, int *flags, bool *binary) {
    size_t len;
    const char *m = kr_str_data(mode, &len);
    int kind = 0, plus = 0, b = 0, t = 0;
    *flags = 0;
    for (size_t i = 0; i < len; i++) {
        switch (m[i]) {
        case 'r':
            *flags |= KR_OPEN_READ;
            kind++;
            break;
        case 'w':
            *flags |= KR_OPEN_WRITE | KR_OPEN_CREATE | KR_OPEN_TRUNC;
            kind++;
            break;
        case 'a':
            *flags |= KR_OPEN_WRITE | KR_OPEN_CREATE | KR_OPEN_APPEND;
            kind++;
            break;
        case 'x':
            *flags |= KR_OPEN_WRITE | KR_OPEN_CREATE | KR_OPEN_EXCL;
            kind++;
            break;
        case '+':
            *flags |= KR_OPEN_READ | KR_OPEN_WRITE;
            plus++;
            break;
        case 'b':
            b++;
            break;
        case 't':
            t++;
            break;
        default:
            kind = 99;
        }
    }
    if (kind != 1 || plus > 1 || b + t > 1) {
        kr_raise_msg(&kr_type_ValueError, "invalid mode: '%s'", m);
        return false;
    }
    *binary = b != 0;
    return true;
}

/// open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None): encoding and the rest are accepted and ignored (UTF-8).
kr_value bi_open(size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"file",     "mode",   "buffering",
                                        "encoding", "errors", "newline"};
    kr_value a[6] = {0, 0, 0, 0, 0, 0};
    for (size_t i = 0; i < nargs && i < 6; i++)
        a[i] = args[i];
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 6, a)) return 0;
    if (!a[0])
        return kr_raise_msg(&kr_type_TypeError, "function missing required positional argument");
    kr_value mode = a[1] ? a[1] : kr_str_from_cstr("r");
    if (!mode) return 0;
    if (!kr_isinstance(mode, &kr_type_str))
        return kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                            kr_type_name(mode));
    int flags;
    bool binary;
    if (!parse_mode(mode, &flags, &binary)) return 0;
    const char *path = kr_path_arg(a[0]);
    if (!path) return 0;
    int fd = kr_platform_open(path, flags);
    if (!platform_ok(fd)) return 0;
    return file_new(binary ? &kr_type_fileio : &kr_type_textio, fd);
}

/// The stdin stream, kept for the program's life.
kr_value stdin_stream = 0;

/// input([prompt]): the prompt goes to stdout, then one line of stdin
/// without its newline; EOFError at end of input.
kr_value bi_input(size_t nargs, const kr_value *args, kr_value) {
    if (nargs && !kr_print_value(&kr_stdout_printer, args[0], KR_PRINT_STR)) return 0;
    kr_stdout_flush();
    kr_value in = kr_stdin_stream();
    kr_value line = in ? read_units(as_file(in), -1, true) : 0;
    if (!line) return 0;
    size_t len;
    const char *s = kr_str_data(line, &len);
    if (len == 0) return kr_raise_type(&kr_type_EOFError);
    if (s[len - 1] == '\n') len--;
    return kr_str_new(s, len);
}

} // namespace

kr_value kr_stdin_stream(void) {
    if (!stdin_stream) {
        kr_gc_add_roots(&stdin_stream, 1);
        stdin_stream = file_new(&kr_type_textio, 0);
    }
    return stdin_stream;
}

KR_BUILTIN_KW(kr_open_obj, "open", bi_open, 0, 6);
KR_BUILTIN(kr_input_obj, "input", bi_input, 0, 1);

#define KR_STREAM_TYPE(cname, pyname, make_new, attrs)                                             \
    extern "C" const kr_type cname = {{&kr_type_type}, pyname,     KR_TYPE_FLAG_ITER_IS_SELF,      \
                                      &kr_type_object, file_print, make_new,                       \
                                      nullptr,         nullptr,    nullptr,                        \
                                      nullptr,         nullptr,    nullptr,                        \
                                      file_iternext,   nullptr,    nullptr,                        \
                                      attrs,           0,          0}

KR_STREAM_TYPE(kr_type_textio, "TextIOWrapper", nullptr, file_attrs);
KR_STREAM_TYPE(kr_type_fileio, "FileIO", nullptr, file_attrs);
KR_STREAM_TYPE(kr_type_stringio, "StringIO", memory_make_new, memory_attrs);
KR_STREAM_TYPE(kr_type_bytesio, "BytesIO", memory_make_new, memory_attrs);
