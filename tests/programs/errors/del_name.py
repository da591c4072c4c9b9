# a deleted global is no longer defined
x = 1
print(x)
del x
print(x)
