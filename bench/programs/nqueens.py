# n-queens: count every placement of n non-attacking queens, with a
# backtracking search over sets of attacked columns and diagonals, and list
# the first solution found.
import sys


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = [0] * n
    first = []
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            if not first:
                first.extend(placement)
            count += 1
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement[row] = col
            place(row + 1)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return count, first


n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
count, first = solve(n)
print("solutions:", count)
print("first:", " ".join(str(c) for c in first))
