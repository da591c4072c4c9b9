//===- runtime/modsys.cpp - the sys module and the console streams --------===//
#include "exception.h"
#include "function.h"
#include "init.h"
#include "module.h"
#include "print.h"

#include <string.h>

namespace {

//===--- Console streams (sys.stdout, sys.stderr) -------------------------===//

struct kr_stream {
    kr_object base;
    const kr_printer *printer;
};

kr_value stream_write(size_t, const kr_value *args, kr_value) {
    const kr_stream *s = (const kr_stream *)kr_obj(args[0]);
    if (!kr_isinstance(args[1], &kr_type_str))
        return kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to str implicitly",
                            kr_type_name(args[1]));
    size_t len;
    const char *data = kr_str_data(args[1], &len);
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
    return set_attr(module, "argv", args) &&
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
                                           nullptr,
                                           nullptr,
                                           stream_attrs,
                                           0,
                                           0};

namespace {
const kr_stream stdout_stream = {{&kr_type_stream}, &kr_stdout_printer};
const kr_stream stderr_stream = {{&kr_type_stream}, &kr_stderr_printer};

const kr_attr_entry sys_attrs[] = {KR_ATTR("exit", sys_exit_obj),
                                   {"stdout", &stdout_stream.base},
                                   {"stderr", &stderr_stream.base},
                                   {nullptr, nullptr}};
} // namespace

const kr_printer *kr_stream_printer(kr_value v) {
    if (!kr_is_obj(v) || kr_type_of(v) != &kr_type_stream) return nullptr;
    return ((const kr_stream *)kr_obj(v))->printer;
}

const kr_builtin_module_def kr_module_sys = {"sys", sys_attrs, sys_init};
