# Usage errors are one line on stderr and exit status 2.
# RUN: not %krait build --bogus %s 2>&1 | FileCheck %s --check-prefix=FLAG
# FLAG: krait: error: {{.*}}--bogus
# RUN: not %krait build %S/does-not-exist.py 2>&1 | FileCheck %s --check-prefix=MISSING
# MISSING: krait: error: cannot open '{{.*}}does-not-exist.py'
# RUN: not %krait build -O7 %s 2>&1 | FileCheck %s --check-prefix=OPT
# RUN: sh -c '%krait build --bogus %s; test $? -eq 2'
# RUN: sh -c '%krait build %S/does-not-exist.py; test $? -eq 2'
# RUN: sh -c '%krait build -O7 %s; test $? -eq 2'
# OPT: krait: error: {{.*}}-O
# RUN: %krait --version | FileCheck %s --check-prefix=VERSION
# VERSION: krait {{[0-9]+\.[0-9]+\.[0-9]+}}
# RUN: %krait --help | FileCheck %s --check-prefix=HELP
# HELP: build
# HELP: run
print("never compiled")
