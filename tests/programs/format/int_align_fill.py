for spec in ["5d", "<5d", "^7d", "*>8", "0=8d", "+d", " d", "-d", "08d", "<08d", "x^9", "#>6"]:
    print(spec, "[" + format(42, spec) + "]", "[" + format(-42, spec) + "]")
