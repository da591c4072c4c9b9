for spec in ["e", "E", ".3e", "f", ".0f", ".2f", "F", "g", "G", ".3g", "%", ".1%", "", ".2", "10.4", "#.0f", "#g", "#.3g"]:
    print(repr(spec), format(1234.5678, spec), format(0.000123, spec), format(-1.0, spec))
