from . import __name__ as pkgname
WORD = "leaf of " + pkgname
