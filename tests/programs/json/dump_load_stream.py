import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def read(self):
        return "".join(self.parts)


s = Sink()
json.dump({"k": [1, 2, 3]}, s)
print(s.read())
print(json.load(s)["k"][2])
s2 = Sink()
json.dump([None, {"a": 1}], s2, separators=(",", ":"))
print(s2.read())
