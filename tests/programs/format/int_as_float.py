print(format(3, "f"), format(3, "e"), format(1, ".2%"), format(100000, "g"), format(1000000, "g"), format(10**30, "e"), format(10**25, ".2f"), format(True, "f"))
