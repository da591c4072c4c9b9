//===- rt_test_main.cpp - main() for the heap-region runtime tests --------===//
#include "rt_test_support.h"

int main(int argc, char **argv) {
    // The frame address, not a local's: under ASan locals may live on a
    // fake stack.
    return run_tests_on_heap_region(argc, argv, __builtin_frame_address(0));
}
