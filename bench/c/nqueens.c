/* n-queens in C: the same backtracking search (columns and both diagonals
 * marked as used) and output as bench/programs/nqueens.py. */
#include <stdio.h>
#include <stdlib.h>

enum { MAX_N = 32 };

static int n;
static char cols[MAX_N], diag1[2 * MAX_N], diag2[2 * MAX_N];
static int placement[MAX_N], first[MAX_N];
static int have_first;
static long count;

static void place(int row) {
    if (row == n) {
        if (!have_first) {
            for (int i = 0; i < n; i++)
                first[i] = placement[i];
            have_first = 1;
        }
        count++;
        return;
    }
    for (int col = 0; col < n; col++) {
        if (cols[col] || diag1[row + col] || diag2[row - col + MAX_N])
            continue;
        cols[col] = diag1[row + col] = diag2[row - col + MAX_N] = 1;
        placement[row] = col;
        place(row + 1);
        cols[col] = diag1[row + col] = diag2[row - col + MAX_N] = 0;
    }
}

int main(int argc, char **argv) {
    n = argc > 1 ? atoi(argv[1]) : 12;
    if (n < 1 || n > MAX_N) {
        fprintf(stderr, "nqueens: n must be in 1..%d\n", MAX_N);
        return 2;
    }
    place(0);
    printf("solutions: %ld\nfirst:", count);
    for (int i = 0; i < n && have_first; i++)
        printf(" %d", first[i]);
    printf("\n");
    return 0;
}
