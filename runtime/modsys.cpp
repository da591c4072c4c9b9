//===- runtime/modsys.cpp - the sys module and the console streams --------===//
#include "buffer.h"
#include "exception.h"
#include "fileio.h"
#include "function.h"
#include "init.h"
#include "module.h"
#include "print.h"
#include "str.h"

#include <string.h>

namespace {

/// The target, for sys.implementation._machine.
const char *machine_name() {
#if defined(__x86_64__)
    return "x86_64-linux";
#elif defined(__riscv)
    return "riscv32";
#elif defined(__arm__)
    return "thumbv7m";
#else
    return "unknown";
#endif
}

//===--- Console streams (sys.stdout, sys.stderr) -------------------------===//

struct kr_stream {
    kr_object base;
    const kr_printer *printer;
};

kr_value stream_write(size_t, const kr_value *args, kr_value) {
    const kr_stream *s = (const kr_stream *)kr_obj(args[0]);
    // str or, as MicroPython's streams allow, any bytes-like object.
    size_t len;
    const char *data;
    kr_buffer buf;
    if (kr_isinstance(args[1], &kr_type_str)) {
        data = kr_str_data(args[1], &len);
    } else if (kr_get_buffer(args[1], &buf)) {
        data = (const char *)buf.data;
        len = buf.len;
    } else {
        return kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                            kr_type_name(args[1]));
    }
    kr_print_bytes(s->printer, data, len);
    return kr_small_int((kr_int)len);
}

kr_value stream_flush(size_t, const kr_value *, kr_value) {
    kr_stdout_flush();
    return kr_val(&kr_None);
}

KR_BUILTIN(stream_write_obj, "write", stream_write, 2, 2);
KR_BUILTIN(stream_flush_obj, "flush", stream_flush, 1, 1);

const kr_attr_entry stream_attrs[] = {
    KR_ATTR("write", stream_write_obj), KR_ATTR("flush", stream_flush_obj), {nullptr, nullptr}};

/// sys.stdout.buffer / sys.stderr.buffer: the stream itself, whose write()
/// takes bytes too (MicroPython's unix port has the attribute).
kr_value stream_getattr(kr_value self, kr_value name) {
    return kr_str_equal_cstr(name, "buffer") ? self : KR_NOTFOUND;
}

bool stream_print(const kr_printer *p, kr_value self, kr_print_kind) {
    const kr_stream *s = (const kr_stream *)kr_obj(self);
    return kr_printf(p, "<io.TextIOWrapper %d>", s->printer == &kr_stdout_printer ? 1 : 2);
}

//===--- sys functions ----------------------------------------------------===//

/// sys.exit([code]): raise SystemExit(code).
kr_value sys_exit(size_t nargs, const kr_value *args, kr_value) {
    if (nargs == 0) return kr_raise_type(&kr_type_SystemExit);
    return kr_raise_with_arg(&kr_type_SystemExit, args[0]);
}

KR_BUILTIN(sys_exit_obj, "exit", sys_exit, 0, 1);

/// Where print_exception writes: a console printer, or a string buffer
/// handed to file.write() at the end.
struct exc_output {
    const kr_printer *p;
    kr_strbuf buf;
};

/// sys.print_exception(exc, file=sys.stdout): the traceback and summary line
/// an uncaught exception prints, written to `file`.
kr_value sys_print_exception(size_t nargs, const kr_value *args, kr_value) {
    kr_value exc = args[0];
    if (!kr_is_exception(exc)) return kr_raise_msg(&kr_type_TypeError, "exception expected");
    kr_value file = nargs > 1 ? args[1] : 0;
    exc_output out;
    out.p = file ? kr_stream_printer(file) : &kr_stdout_printer;
    if (!out.p) {
        kr_strbuf_init(&out.buf);
        out.p = &out.buf.printer;
    }
    const kr_exception *e = (const kr_exception *)kr_obj(exc);
    if (e->tb_len) kr_print_cstr(out.p, "Traceback (most recent call last):\n");
    for (uint32_t i = e->tb_len; i-- > 0;) {
        kr_printf(out.p, "  File \"%s\", line %u", e->tb[i].file, (unsigned)e->tb[i].line);
        if (e->tb[i].function) kr_printf(out.p, ", in %s", e->tb[i].function);
        kr_print_cstr(out.p, "\n");
    }
    if (!kr_exc_print_summary(out.p, exc)) return 0;
    kr_print_cstr(out.p, "\n");
    if (out.p != &out.buf.printer) return kr_val(&kr_None);
    kr_value text = kr_strbuf_to_str(&out.buf);
    kr_value write = text ? kr_getattr(file, kr_str_from_cstr("write")) : 0;
    return write && kr_call(write, 1, &text) ? kr_val(&kr_None) : 0;
}

KR_BUILTIN(sys_print_exception_obj, "print_exception", sys_print_exception, 1, 2);

//===--- sys.implementation -----------------------------------------------===//

/// sys.implementation: krait reports its own name, so programs can tell it
/// from MicroPython; the language version it follows is sys.version_info.
struct implementation {
    kr_object base;
};

kr_value implementation_getattr(kr_value, kr_value name) {
    if (kr_str_equal_cstr(name, "name")) return kr_str_from_cstr("krait");
    if (kr_str_equal_cstr(name, "version")) {
        kr_value v[3] = {kr_small_int(0), kr_small_int(1), kr_small_int(0)};
        return kr_build_tuple(3, v);
    }
    if (kr_str_equal_cstr(name, "_machine")) return kr_str_from_cstr(machine_name());
    return KR_NOTFOUND;
}

bool implementation_print(const kr_printer *p, kr_value, kr_print_kind) {
    return kr_printf(p, "(name='krait', version=(0, 1, 0), _machine='%s')", machine_name());
}

/// Set module.name = value; false with an exception pending.
bool set_attr(kr_value module, const char *name, kr_value value) {
    kr_value key = kr_str_from_cstr(name);
    return key && value && kr_dict_set(kr_module_dict(module), key, value);
}

bool sys_init(kr_value module) {
    int argc = kr_argc();
    char **argv = kr_argv();
    // argv ends at argc or at the first null entry, whichever comes first.
    for (int i = 0; i < argc; ++i)
        if (!argv[i]) argc = i;
    size_t n_path;
    kr_value args = kr_list_new((size_t)argc);
    if (!args) return false;
    for (int i = 0; i < argc; ++i) {
        kr_value arg = kr_str_new(argv[i], strlen(argv[i]));
        if (!arg) return false;
        size_t n;
        kr_list_items(args, &n)[i] = arg;
    }
#if defined(__linux__)
    const char *platform = "linux";
#else
    const char *platform = "none";
#endif
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const char *byteorder = "little";
#else
    const char *byteorder = "big";
#endif
    kr_value version_info[3] = {kr_small_int(3), kr_small_int(4), kr_small_int(0)};
    kr_value path = kr_list_new(1);
    if (!path || !(kr_list_items(path, &n_path)[0] = kr_str_empty())) return false;
    return set_attr(module, "argv", args) &&
           set_attr(module, "version_info", kr_build_tuple(3, version_info)) &&
           set_attr(module, "path", path) && set_attr(module, "stdin", kr_stdin_stream()) &&
           set_attr(module, "maxsize", kr_int_from_i64((int64_t)INTPTR_MAX)) &&
           set_attr(module, "byteorder", kr_str_from_cstr(byteorder)) &&
           set_attr(module, "platform", kr_str_from_cstr(platform)) &&
           set_attr(module, "version", kr_str_from_cstr("3.4.0; krait 0.1.0")) &&
           set_attr(module, "modules", kr_sys_modules());
}

} // namespace

extern "C" const kr_type kr_type_stream = {{&kr_type_type},
                                           "TextIOWrapper",
                                           0,
                                           &kr_type_object,
                                           stream_print,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           nullptr,
                                           stream_getattr,
                                           nullptr,
                                           stream_attrs,
                                           0,
                                           0};

extern "C" const kr_type kr_type_implementation = {{&kr_type_type},
                                                   "implementation",
                                                   0,
                                                   &kr_type_object,
                                                   implementation_print,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   implementation_getattr,
                                                   nullptr,
                                                   nullptr,
                                                   0,
                                                   0};

namespace {
const implementation implementation_obj = {{&kr_type_implementation}};
const kr_stream stdout_stream = {{&kr_type_stream}, &kr_stdout_printer};
const kr_stream stderr_stream = {{&kr_type_stream}, &kr_stderr_printer};

const kr_attr_entry sys_attrs[] = {KR_ATTR("exit", sys_exit_obj),
                                   KR_ATTR("print_exception", sys_print_exception_obj),
                                   {"implementation", &implementation_obj.base},
                                   {"stdout", &stdout_stream.base},
                                   {"stderr", &stderr_stream.base},
                                   {nullptr, nullptr}};
} // namespace

const kr_printer *kr_stream_printer(kr_value v) {
    if (!kr_is_obj(v) || kr_type_of(v) != &kr_type_stream) return nullptr;
    return ((const kr_stream *)kr_obj(v))->printer;
}

const kr_builtin_module_def kr_module_sys = {"sys", sys_attrs, sys_init};
