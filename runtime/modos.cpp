//===- runtime/modos.cpp - the os module ----------------------------------===//
//
// MicroPython's os (unix port): getcwd, chdir, listdir, ilistdir, mkdir,
// rmdir, remove (and unlink), rename, stat, getenv, putenv, unsetenv, urandom, system and
// sep. Failures raise OSError(errno), printed `[Errno 2] ENOENT`. The calls
// go through the platform layer; without a file system they raise OSError
// ENODEV (fileio_weak.cpp).
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "function.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "oserror.h"
#include "path_arg.h"
#include "platform/platform.h"
#include "print.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

namespace {

/// kr_None for a platform success, else OSError raised.
kr_value result(int r) {
    return r < 0 ? kr_raise_oserror(-r) : kr_val(&kr_None);
}

kr_value os_getcwd(size_t, const kr_value *, kr_value) {
    for (size_t size = 256;; size *= 2) {
        char *buf = (char *)kr_gc_alloc_atomic(size);
        if (!buf) return 0;
        int r = kr_platform_getcwd(buf, size);
        if (r == -KR_ERANGE && size < 65536) continue;
        if (r < 0) return kr_raise_oserror(-r);
        return kr_str_new(buf, strlen(buf));
    }
}

/// A path operation taking one path argument.
#define KR_OS_PATH_FN(name, call)                                                                  \
    kr_value os_##name(size_t, const kr_value *args, kr_value) {                                   \
        const char *path = kr_path_arg(args[0]);                                                   \
        return path ? result(call(path)) : 0;                                                      \
    }
KR_OS_PATH_FN(chdir, kr_platform_chdir)
KR_OS_PATH_FN(mkdir, kr_platform_mkdir)
KR_OS_PATH_FN(rmdir, kr_platform_rmdir)
KR_OS_PATH_FN(remove, kr_platform_remove)

kr_value os_rename(size_t, const kr_value *args, kr_value) {
    const char *from = kr_path_arg(args[0]);
    const char *to = from ? kr_path_arg(args[1]) : nullptr;
    return to ? result(kr_platform_rename(from, to)) : 0;
}

/// Collects directory entries into a list (names, or ilistdir tuples).
struct listing {
    kr_value list;
    bool tuples;
    bool failed;
};

bool add_entry(void *ctx, const char *name, bool is_dir) {
    listing *l = (listing *)ctx;
    kr_value s = kr_str_new(name, strlen(name));
    kr_value item = s;
    if (s && l->tuples) {
        // (name, type, inode): MicroPython's ilistdir with S_IFDIR/S_IFREG.
        kr_value parts[3] = {s, kr_small_int(is_dir ? 0x4000 : 0x8000), kr_small_int(0)};
        item = kr_build_tuple(3, parts);
    }
    if (!item || !kr_list_append(l->list, item)) {
        l->failed = true;
        return false;
    }
    return true;
}

kr_value list_dir(size_t nargs, const kr_value *args, bool tuples) {
    const char *path = nargs ? kr_path_arg(args[0]) : ".";
    if (!path) return 0;
    listing l = {kr_list_new(0), tuples, false};
    if (!l.list) return 0;
    int r = kr_platform_listdir(path, add_entry, &l);
    if (l.failed) return 0;
    if (r < 0) return kr_raise_oserror(-r);
    return l.list;
}

kr_value os_listdir(size_t nargs, const kr_value *args, kr_value) {
    return list_dir(nargs, args, false);
}

kr_value os_ilistdir(size_t nargs, const kr_value *args, kr_value) {
    kr_value list = list_dir(nargs, args, true);
    return list ? kr_iter(list) : 0;
}

/// stat(path): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime).
kr_value os_stat(size_t, const kr_value *args, kr_value) {
    const char *path = kr_path_arg(args[0]);
    if (!path) return 0;
    kr_platform_stat_result st;
    int r = kr_platform_stat(path, &st);
    if (r < 0) return kr_raise_oserror(-r);
    kr_value items[10] = {kr_int_from_i64(st.mode),         kr_int_from_i64((int64_t)st.ino),
                          kr_int_from_i64((int64_t)st.dev), kr_int_from_i64((int64_t)st.nlink),
                          kr_int_from_i64(st.uid),          kr_int_from_i64(st.gid),
                          kr_int_from_i64(st.size),         kr_int_from_i64(st.atime),
                          kr_int_from_i64(st.mtime),        kr_int_from_i64(st.ctime)};
    for (kr_value v : items)
        if (!v) return 0;
    return kr_build_tuple(10, items);
}

kr_value os_getenv(size_t nargs, const kr_value *args, kr_value) {
    const char *name = kr_path_arg(args[0]);
    if (!name) return 0;
    const char *value = kr_platform_getenv(name);
    if (!value) return nargs > 1 ? args[1] : kr_val(&kr_None);
    return kr_str_new(value, strlen(value));
}

kr_value os_putenv(size_t, const kr_value *args, kr_value) {
    const char *name = kr_path_arg(args[0]);
    const char *value = name ? kr_path_arg(args[1]) : nullptr;
    return value ? result(kr_platform_setenv(name, value)) : 0;
}

kr_value os_unsetenv(size_t, const kr_value *args, kr_value) {
    const char *name = kr_path_arg(args[0]);
    return name ? result(kr_platform_setenv(name, nullptr)) : 0;
}

/// urandom(n): n bytes from the OS's random source.
kr_value os_urandom(size_t, const kr_value *args, kr_value) {
    kr_int n;
    if (!kr_int_to_word(args[0], &n)) return 0;
    if (n < 0) return kr_raise_msg(&kr_type_ValueError, "negative count");
    kr_str *b = kr_bytes_alloc((size_t)n);
    if (!b) return 0;
    int r = n ? kr_platform_urandom(b->data, (size_t)n) : 0;
    return r < 0 ? kr_raise_oserror(-r) : kr_val(b);
}

/// system(command): the command's exit status.
kr_value os_system(size_t, const kr_value *args, kr_value) {
    const char *command = kr_path_arg(args[0]);
    if (!command) return 0;
    kr_stdout_flush(); // the command's output follows ours
    int r = kr_platform_system(command);
    if (r < 0) return kr_raise_oserror(-r);
    return kr_small_int(r);
}

KR_BUILTIN(os_getcwd_obj, "getcwd", os_getcwd, 0, 0);
KR_BUILTIN(os_chdir_obj, "chdir", os_chdir, 1, 1);
KR_BUILTIN(os_listdir_obj, "listdir", os_listdir, 0, 1);
KR_BUILTIN(os_ilistdir_obj, "ilistdir", os_ilistdir, 0, 1);
KR_BUILTIN(os_mkdir_obj, "mkdir", os_mkdir, 1, 2);
KR_BUILTIN(os_rmdir_obj, "rmdir", os_rmdir, 1, 1);
KR_BUILTIN(os_remove_obj, "remove", os_remove, 1, 1);
KR_BUILTIN(os_unlink_obj, "unlink", os_remove, 1, 1);
KR_BUILTIN(os_rename_obj, "rename", os_rename, 2, 2);
KR_BUILTIN(os_stat_obj, "stat", os_stat, 1, 1);
KR_BUILTIN(os_getenv_obj, "getenv", os_getenv, 1, 2);
KR_BUILTIN(os_putenv_obj, "putenv", os_putenv, 2, 2);
KR_BUILTIN(os_unsetenv_obj, "unsetenv", os_unsetenv, 1, 1);
KR_BUILTIN(os_urandom_obj, "urandom", os_urandom, 1, 1);
KR_BUILTIN(os_system_obj, "system", os_system, 1, 1);

const kr_attr_entry os_attrs[] = {
    KR_ATTR("getcwd", os_getcwd_obj),     KR_ATTR("chdir", os_chdir_obj),
    KR_ATTR("listdir", os_listdir_obj),   KR_ATTR("ilistdir", os_ilistdir_obj),
    KR_ATTR("mkdir", os_mkdir_obj),       KR_ATTR("rmdir", os_rmdir_obj),
    KR_ATTR("remove", os_remove_obj),     KR_ATTR("unlink", os_unlink_obj),
    KR_ATTR("rename", os_rename_obj),     KR_ATTR("stat", os_stat_obj),
    KR_ATTR("getenv", os_getenv_obj),     KR_ATTR("putenv", os_putenv_obj),
    KR_ATTR("unsetenv", os_unsetenv_obj), KR_ATTR("urandom", os_urandom_obj),
    KR_ATTR("system", os_system_obj),     {nullptr, nullptr}};

bool os_init(kr_value module) {
    kr_value key = kr_str_from_cstr("sep"), value = kr_str_from_cstr("/");
    return key && value && kr_dict_set(kr_module_dict(module), key, value);
}

} // namespace

const kr_builtin_module_def kr_module_os = {"os", os_attrs, os_init};
