# sys.exit() and sys.exit(0) end the program successfully
import sys
print('start')
try:
    sys.exit(None)
except SystemExit as e:
    print('caught', e.args)
sys.exit()
print('not reached')
