# `krait run` passes the program's arguments and exit status through.
# RUN: sh -c '%krait run %s one -x --two; test $? -eq 3' | FileCheck %s
# CHECK: ['{{.*}}run-args-status.py', 'one', '-x', '--two']
import sys

print(sys.argv)
sys.exit(3)
