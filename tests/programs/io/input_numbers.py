# Reading numbers with input() until end of input
total = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    total += int(line)
print(total)
