rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 2.75)]
print("{:<8}|{:>5}|{:>8}".format("item", "qty", "price"))
print("-" * 23)
total = 0.0
for name, qty, price in rows:
    total += qty * price
    print("{:<8}|{:>5d}|{:>8.2f}".format(name, qty, price))
print("%-8s|%5s|%8.2f" % ("total", "", total))
print(f"{'mean':<8}|{len(rows):>5}|{total / len(rows):>8.3f}")
