# A syntax error in an imported module is a compile error located in that file.
import bad_syntax_mod
