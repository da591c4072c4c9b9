print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 0j == 0, 0j == False, 1j == 1)
print(1j != 1j, 1 + 1j != 1 + 2j, 1j == "1j", 1j == None, 1j in [0, 1j], 2 + 0j in {2: 0})
print([1, 2j, 3].index(2j), (1 + 0j) == True)
