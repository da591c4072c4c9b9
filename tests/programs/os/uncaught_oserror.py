# An uncaught OSError prints MicroPython's [Errno N] NAME line
import os
os.remove('os_uncaught_missing.tmp')
