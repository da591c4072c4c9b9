# print to stderr and stdout keeps program order in the combined output
import sys
print('one')
print('two', file=sys.stderr)
print('three')
sys.stderr.write('four\n')
print('five', end='\n', file=sys.stdout)
