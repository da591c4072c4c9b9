# Helper module of infer_submodule.py.
NAME = "tool"
