# loop variables remain bound after the loop; mutation during a while loop
for i in range(3):
    pass
print(i)
for ch in "xyz":
    last = ch
print(ch, last)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
print(stack)
total = 0
n = 100
while n:
    total += n
    n -= 1
print(total)
