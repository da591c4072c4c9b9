for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (-129).to_bytes(1, "big", signed=True), lambda: (2**70).to_bytes(8, "little")]:
    try:
        print(f())
    except OverflowError:
        print("OverflowError")
