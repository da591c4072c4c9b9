# A header with errors: each is reported as file:line:col: error: message,
# the status is 1 and no module is written.
# RUN: rm -f %t.py
# RUN: %krait bindgen %S/Inputs/bindgen_error.h -o %t.py 2> %t.err; echo status=$? >> %t.err
# RUN: FileCheck %s < %t.err
# RUN: not test -e %t.py
# CHECK: bindgen_error.h:3:29: error: expected ';' after top level declarator
# CHECK-NEXT: bindgen_error.h:5:29: error: expected '}'
# CHECK-NEXT: bindgen_error.h:5:29: error: expected ';' after struct
# CHECK-NEXT: status=1

# A missing #include is an error of the header, positioned at the directive.
# RUN: not %krait bindgen %S/Inputs/bindgen_missing_include.h -o - 2>&1 \
# RUN:   | FileCheck %s --check-prefix=INCLUDE
# INCLUDE: bindgen_missing_include.h:1:10: error: 'no_such_header.h' file not found

# -I adds a search folder and -D defines a macro for the parse.
# RUN: mkdir -p %t.dir && echo '#define INCLUDED_VALUE (VALUE * 2)' > %t.dir/no_such_header.h
# RUN: echo '#include "no_such_header.h"' > %t.dir/main.h
# RUN: echo '#define TWICE INCLUDED_VALUE' >> %t.dir/main.h
# RUN: %krait bindgen -I %t.dir -D VALUE=21 %t.dir/main.h -o - | FileCheck %s --check-prefix=FLAGS
# FLAGS: TWICE = 42

# A missing header or an unwritable output cannot be opened (status 2).
# RUN: not %krait bindgen %S/Inputs/missing.h -o %t.py 2>&1 | FileCheck %s --check-prefix=MISSING
# MISSING: krait: error: cannot open '{{.*}}missing.h'
# RUN: not %krait bindgen %S/Inputs/counter.h -o %t.nodir/out.py 2>&1 \
# RUN:   | FileCheck %s --check-prefix=WRITE
# WRITE: krait: error: cannot write '{{.*}}out.py'
