# sys.exit with a message prints it to stderr and exits 1
import sys
try:
    sys.exit('caught')
except SystemExit as e:
    print('SystemExit', e.args)
sys.exit('bye')
