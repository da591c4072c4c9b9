print(f"{'hello { world'}")
print(f"{'hello ] world'}")
