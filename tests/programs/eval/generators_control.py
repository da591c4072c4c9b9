# Control flow around yields in evaluated generators: break/continue/return
# through finally, exceptions thrown in at a yield inside loops and handlers.
exec("""
log = []

def loop_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            log.append("f%d" % i)
    yield "end"

def return_in_try():
    try:
        yield 1
        return "ret"
    finally:
        log.append("cleanup")
        yield 2

def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            log.append("caught " + str(e.args[0]))
        except ValueError:
            log.append("stopping")
            return "stopped"

def nested():
    for a in "ab":
        for b in range(2):
            if b:
                yield a + str(b)
            else:
                yield from (x for x in (a, a.upper()))

def reraiser():
    try:
        yield 1
        raise IndexError("boom")
    except IndexError:
        log.append("handled once")
        raise
""")
print(list(loop_finally()), log)
g = return_in_try()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, log[-1])
c = catcher()
print(next(c), c.throw(KeyError("k")))
try:
    c.throw(ValueError)
except StopIteration as e:
    print("returned", e.args)
print(list(nested()))
r = reraiser()
print(next(r))
try:
    next(r)
except IndexError as e:
    print("IndexError", e, log[-1])
print(list(r))
