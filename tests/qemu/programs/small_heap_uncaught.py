# An uncaught MemoryError on a 16 KB heap ends the program with a traceback
# and exit status 1, as an uncaught exception does on every target.
print("start")
data = bytearray(100000)
print("not reached")
