for spec in ["b", "o", "x", "X", "#b", "#o", "#x", "#X", "#010x", "08b", "c", "d", "n"]:
    print(spec, format(65, spec), format(0, spec) if spec != "c" else "-")
print(format(-255, "x"), format(-255, "#x"), format(2**100, "x"), format(-(2**65), "o"), format(2**70, "#b"))
