# exceptions used for control flow inside loops
results = []
for v in [1, 0, 2, "x", 4]:
    try:
        results.append(10 // v)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except TypeError:
        results.append("type")
        break
    finally:
        results.append("f")
print(results)
count = 0
while True:
    try:
        count += 1
        if count == 5:
            raise StopIteration
    except StopIteration:
        break
print(count)
