"""
Seed: MicroPython doesn't support namespace packages split across filesystem.

The sample appends two folders to sys.path at run time; krait resolves imports
when it compiles, so the two folders come from namespace_package_split.args
(-I split_a -I split_b). Both hold a package `subpkg`: the first one found is
the package, and the second one's modules are not merged into it.
"""
import subpkg.foo
import subpkg.bar

print("Two modules of a split namespace package imported")
