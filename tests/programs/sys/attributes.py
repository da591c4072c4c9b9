# sys constants: maxsize, byteorder, version_info, platform, path, argv
import sys
print(sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1)
print(sys.byteorder)
print(sys.version_info[0], len(sys.version_info) >= 3)
print(type(sys.version).__name__, sys.version[:1])
print(sys.platform)
print(type(sys.path).__name__)
print(sys.argv[0].endswith('attributes.py'), len(sys.argv))
print('sys' in sys.modules)
