async def fetch(items):
    return (x async for x in items)

print("asynchronous generator expressions come later")
