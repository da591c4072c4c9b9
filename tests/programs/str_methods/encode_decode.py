def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: "abc".encode())
t(lambda: "héllo".encode())
t(lambda: "héllo".encode("utf-8"))
t(lambda: len("héllo".encode()))
t(lambda: "héllo".encode().decode())
t(lambda: str(b"xyz", "utf-8"))
t(lambda: str("€".encode(), "utf-8"))
t(lambda: bytes("ab", "utf-8"))
