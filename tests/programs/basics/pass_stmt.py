# pass in every statement position
def nothing():
    pass

print(nothing())
if True:
    pass
else:
    pass
for i in range(3):
    pass
print(i)
while False:
    pass
try:
    pass
except ValueError:
    pass
print("done")
