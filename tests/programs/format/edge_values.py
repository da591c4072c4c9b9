print(format(1e300, ',.2f')[:40], format(float('nan'), '+'), format(-0.0, '+.1f'), format(0.0, '-'), format(float('-inf'), '010'), format(float('nan'), '=+8'))
print(format(-1e-320, 'e'), format(5e-324, '.3g'), format(1e23, 'f'), format(1e23, 'g'), format(9.5, '.0f'), format(0.95, '.1f'), format(1e16, ''), format(1.5e16, 'n'))
print('%.3e|%10.4g|%-+8.2f|%#x' % (12345.6789, 0.000123456, 3.14159, 0))
print(f"{12345.6789:_.2f}", f"{-1234567:_}", f"{0.000001234:.3}", f"{100:.2e}", f"{True:>5}", f"{False:d}")
