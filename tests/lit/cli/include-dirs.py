# -I DIR and KRAITPATH add module search folders after the main file's own;
# a module found nowhere compiles and raises ImportError when imported.
# RUN: rm -rf %t && mkdir -p %t/inc/ipkg %t/env
# RUN: echo 'WHO = "inc helper"' > %t/inc/ihelper.py
# RUN: echo 'print("ipkg", __name__, __path__)' > %t/inc/ipkg/__init__.py
# RUN: echo 'WHO = "env helper"' > %t/env/ehelper.py
# RUN: env KRAITPATH=%t/nothere:%t/env %krait run -I %t/inc %s 2>&1 | FileCheck %s
# RUN: env KRAITPATH=%t/env %krait run -I%t/inc %s 2>&1 | FileCheck %s
# RUN: %krait run %s 2>&1 | FileCheck --check-prefix=NONE %s
try:
    import ihelper
    print(ihelper.WHO, ihelper.__name__)
except ImportError as e:
    print("ImportError:", e)
try:
    from ehelper import WHO
    print(WHO)
except ImportError as e:
    print("ImportError:", e)
try:
    import ipkg
except ImportError as e:
    print("ImportError:", e)
# CHECK: inc helper ihelper
# CHECK-NEXT: env helper
# CHECK-NEXT: ipkg ipkg {{.*}}inc/ipkg
# NONE: ImportError: no module named 'ihelper'
# NONE-NEXT: ImportError: no module named 'ehelper'
# NONE-NEXT: ImportError: no module named 'ipkg'
