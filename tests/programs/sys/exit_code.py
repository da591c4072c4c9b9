# sys.exit with an int status ends the program with it
import sys
print('before')
sys.exit(3)
print('after')
