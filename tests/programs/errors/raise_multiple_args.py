# an exception with several arguments prints them as a tuple
raise ValueError("bad", 42)
