# Helper package of infer_submodule.py.
