# list slicing with negative indices and steps
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:1], a[5:2])
c = a[:]
c[0] = 99
print(a[0], c[0], c is a)
print(a[1:9][::2][1:])
