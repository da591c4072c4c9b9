print("subpkg.foo from split_a")
