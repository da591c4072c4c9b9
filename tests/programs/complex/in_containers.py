zs = [complex(i, -i) for i in range(4)]
print(zs)
print(sum(zs), sum(zs, 1j), max(abs(z) for z in zs))
print(sorted(zs, key=abs)[-1], list(map(lambda z: z.imag, zs)))
t = (1j, 2j)
print(t * 2, str(zs[1]), "%s|%r" % (1j, 2 + 1j))
