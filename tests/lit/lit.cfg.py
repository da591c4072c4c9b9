# lit configuration for krait's FileCheck tests: each test is a .py file whose
# RUN lines compile it with krait and check the IR, LLVM IR or assembly.
import os
import lit.formats

config.name = "krait"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".py"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.krait_obj_root, "tests", "lit")
config.substitutions.append(("%krait", config.krait_path))
config.substitutions.append(("FileCheck", config.filecheck_path))
config.substitutions.append(("not ", config.not_path + " "))
