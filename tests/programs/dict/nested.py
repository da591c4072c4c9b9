# dicts holding lists and dicts
db = {"alice": {"age": 30, "tags": ["a"]}, "bob": {"age": 25, "tags": []}}
db["bob"]["tags"].append("new")
db["alice"]["age"] += 1
print(db)
print(db["alice"]["tags"][0], len(db["bob"]["tags"]))
inv = {}
for name in db:
    inv[db[name]["age"]] = name
print(inv)
matrix = {}
for i in range(3):
    matrix[(i, i)] = 1
print(matrix, matrix.get((1, 1)), matrix.get((0, 1), 0))
