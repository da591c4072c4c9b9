# A krait library in Cortex-M firmware whose main() is C (main.c): krait's
# start-up code runs main, which initialises the library and calls it.
from krait import export
import machine

log = []

@export
def record(label: str, value: int) -> int:
    log.append((label, value))
    print(label, value)
    return len(log)

@export
def uart_ctrl(value: int) -> int:
    machine.mem32[0x40004008] = value
    return machine.mem32[0x40004008]

@export
def fail(n: int) -> int:
    return 10 // n

@export
def summary() -> str:
    return ", ".join("%s=%d" % entry for entry in log)
