class Fatal(Exception):
    def __repr__(self):
        return "Fatal<%d>" % self.args[0]


# MicroPython's traceback line is the class's __repr__, with no "Fatal: " prefix.
raise Fatal(7)
