async def fetch():
    return 1

print("coroutines come later")
