# getenv with defaults, putenv and unsetenv
import os
print(os.getenv('KRAIT_TEST_SURELY_UNSET'))
print(os.getenv('KRAIT_TEST_SURELY_UNSET', 'default'))
os.putenv('KRAIT_TEST_VAR', 'value 1')
print(os.getenv('KRAIT_TEST_VAR'))
os.unsetenv('KRAIT_TEST_VAR')
print(os.getenv('KRAIT_TEST_VAR'))
print(os.sep)
