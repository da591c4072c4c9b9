# sys.print_exception prints the traceback to stdout or a given file
import sys, io
def f():
    raise ValueError('bad value')
try:
    f()
except ValueError as e:
    sys.print_exception(e)
    s = io.StringIO()
    sys.print_exception(e, s)
    print(s.getvalue().splitlines()[-1])
sys.print_exception(KeyError('k'))
sys.print_exception(OSError(2))
