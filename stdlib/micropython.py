# micropython: the MicroPython-specific helpers a krait program may use.
# krait compiles everything ahead of time, so the code emitters' decorators
# (native, viper) mark functions that are compiled anyway and return them
# unchanged; const() is the identity, as it is at run time in MicroPython.

import gc

_opt_level = 0


def const(value):
    return value


def opt_level(level=None):
    global _opt_level
    if level is None:
        return _opt_level
    _opt_level = level


def native(f):
    return f


def viper(f):
    return f


def alloc_emergency_exception_buf(size):
    pass


def mem_info(verbose=None):
    used = gc.mem_alloc()
    free = gc.mem_free()
    print("GC: total: %d, used: %d, free: %d" % (used + free, used, free))


def stack_use():
    return 0


def kbd_intr(char):
    pass
