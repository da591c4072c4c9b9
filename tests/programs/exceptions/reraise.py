# bare raise re-raises the exception being handled
def risky():
    try:
        return 10 // 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise

try:
    risky()
except ZeroDivisionError as e:
    print("caller got", e)

def wrap():
    try:
        raise ValueError("original")
    except ValueError as e:
        try:
            raise
        except ValueError as again:
            print("same object:", again is e)
            raise

try:
    wrap()
except ValueError as e:
    print("final", e)
