# input() reads a line from stdin without its newline; EOFError at the end
name = input('name? ')
print('hello', name)
print(repr(input()))
print(repr(input()))
try:
    input('more? ')
except EOFError:
    print('EOFError')
