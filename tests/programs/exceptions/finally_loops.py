# break and continue inside try/finally run the finally clause
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after for")
n = 0
while True:
    n += 1
    try:
        try:
            if n == 2:
                break
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
print("after while", n)
