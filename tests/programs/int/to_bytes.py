print((1024).to_bytes(4, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(0, "big"), (0).to_bytes(3, "little"))
print((2**64 - 1).to_bytes(8, "little"), (2**80).to_bytes(11, "big"), (255).to_bytes(1, "big"))
print((-2).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (-2**70).to_bytes(10, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (2**63).to_bytes(9, "big", signed=True))
