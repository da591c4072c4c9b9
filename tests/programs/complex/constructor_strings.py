for s in ["1+2j", "3", "-4.5", "2j", "-j", "+j", "j", " 1-1j ", "(2+3j)", " ( -1.5e3+2.5E-1j ) ",
          "1e5j", "inf+infj", "-inf-nanj", "nan", "1_000+2_000j", "0.5-0j", "1E+3-1e-3J"]:
    print(repr(s), complex(s))
