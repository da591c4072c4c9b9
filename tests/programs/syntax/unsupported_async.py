async def fetch(items):
    return [x async for x in items]

print("async comprehensions come later")
