print(3.0 * True, False / 1.5, 1.5 + True, True - 0.5, 2.5 ** False, True / 2, 1.5 > True, 0.0 == False)
