# import m, import m as n, several names in one statement, rebinding.
import forms_mod
import forms_mod as fm
import forms_mod as again, forms_other
print(forms_mod is fm, fm is again)
print(forms_mod.VALUE, fm.double(21), forms_other.NAME)
print(forms_mod)
forms_mod.VALUE = 99
import forms_mod
print(forms_mod.VALUE, fm.VALUE)
