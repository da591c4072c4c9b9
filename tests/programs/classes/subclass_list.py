class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s[0], 2 in s, isinstance(s, list), type(s).__name__)
print([x for x in s], sorted(s, reverse=True), s == [1, 2, 3], bool(Stack()))
s2 = Stack([7, 8])
print(s2, s2 + [9])
