# On bare metal, krait run passes the command line through semihosting:
# sys.argv starts with the source path, as on hosted targets.
import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("argv_platform.py"))
