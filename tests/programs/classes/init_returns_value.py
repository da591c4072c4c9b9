class C:
    def __init__(self):
        return 1


try:
    C()
except TypeError as e:
    print("TypeError:", e)
C()
