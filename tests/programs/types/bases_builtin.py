def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
print(ValueError.__bases__)
print(Exception.__bases__)
print(BaseException.__bases__)
print(KeyError.__bases__)
print(int.__bases__)
print(bool.__bases__)
print(object.__bases__)
class A: pass
class B(A): pass
class C(B, A): pass
print(A.__bases__, B.__bases__, C.__bases__)
print(len(C.__bases__))
