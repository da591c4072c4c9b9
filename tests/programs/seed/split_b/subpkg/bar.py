print("subpkg.bar from split_b")
