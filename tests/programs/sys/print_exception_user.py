# print_exception of a user exception class and of an exception with no args
import sys
class MyError(Exception):
    pass
try:
    raise MyError('custom', 2)
except MyError as e:
    sys.print_exception(e)
try:
    raise RuntimeError
except RuntimeError as e:
    sys.print_exception(e)
