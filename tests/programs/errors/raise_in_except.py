# raising a new exception inside a handler
try:
    {}[0]
except KeyError:
    raise ValueError("converted")
