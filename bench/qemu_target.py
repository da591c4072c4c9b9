"""Runs krait's benchmarks on a Cortex-M target under QEMU and counts instructions.

With `-icount shift=0` QEMU advances its virtual clock by exactly 1 ns per guest instruction,
and the MPS2 boards' CMSDK APB timer 0 (at 0x40000000, clocked at 25 MHz) counts that virtual
time. The benchmark is compiled with a prelude that starts the timer and an epilogue that prints
the ticks it counted on a marker line, so instructions = ticks * 40 (to within 40). Checked
against QEMU's single-step execution trace (`-singlestep -d exec,nochain`): a loop measured by
both agreed to 0.01%.

The prelude also sets sys.argv to the benchmark's size, so the size is fixed at compile time
(the program is compiled once per size) whatever command line the firmware receives.
"""

import os
import re
import subprocess

# Timer 0 of the CMSDK APB timers on QEMU's MPS2 boards: CTRL at +0, VALUE at +4 (counting
# down), RELOAD at +8; clocked by the 25 MHz system clock.
TIMER_BASE = 0x40000000
NS_PER_TICK = 40  # 1e9 / 25e6; with -icount shift=0 one instruction is one ns

MARKER = "krait-bench-ticks:"

PRELUDE = """import sys as _kb_sys
import machine as _kb_machine
_kb_sys.argv[:] = [{name!r}, {size!r}]
_kb_machine.mem32[{base:#x}] = 0
_kb_machine.mem32[{base:#x} + 8] = 0xFFFFFFFF
_kb_machine.mem32[{base:#x} + 4] = 0xFFFFFFFF
_kb_machine.mem32[{base:#x}] = 1
_kb_start = _kb_machine.mem32[{base:#x} + 4]
"""

EPILOGUE = """
print({marker!r}, (_kb_start - _kb_machine.mem32[{base:#x} + 4]) & 0xFFFFFFFF)
"""


class QemuTarget:
    """A Cortex-M krait target run under QEMU; its measure is the instruction count."""

    unit = "insns"

    def __init__(self, krait, krait_target):
        self.krait_target = krait_target
        self.name = krait_target
        self.qemu = qemu_command(krait, krait_target)

    def wrap(self, source, name, size):
        """The program text compiled for this target: prelude + program + epilogue."""
        with open(source) as f:
            text = f.read()
        fields = {"name": name + ".py", "size": str(size), "base": TIMER_BASE,
                  "marker": MARKER}
        return PRELUDE.format(**fields) + text + EPILOGUE.format(**fields)

    def measure(self, command, timeout):
        """Runs the firmware command[0] with the arguments command[1:] (on the semihosting
        command line; krait's firmware has the size compiled in and ignores them); returns
        (exit status, output without the marker line, instruction count)."""
        semihosting = ",".join(["enable=on,target=native"] + ["arg=" + a for a in command[1:]])
        argv = self.qemu + ["-nodefaults", "-display", "none", "-semihosting-config",
                            semihosting, "-icount", "shift=0", "-kernel", command[0]]
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout)
        output = proc.stdout.decode("utf-8", "replace")
        ticks = None
        kept = []
        for line in output.splitlines(True):
            if line.startswith(MARKER):
                ticks = int(line[len(MARKER):])
            else:
                kept.append(line)
        status = proc.returncode
        if ticks is None and status == 0:
            status = 1  # ended without reaching the epilogue
        return status, "".join(kept), (ticks or 0) * NS_PER_TICK


# arm-none-eabi-gcc options for the C kernels on each target, with picolibc (semihosted
# stdio, exit and command line) laid out for the MPS2 boards' memory.
C_FLAGS = {
    "cortex-m3": ["-mcpu=cortex-m3", "-mthumb", "-mfloat-abi=soft"],
    "cortex-m4f": ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"],
}
C_LAYOUT = ["--specs=picolibc.specs", "--oslib=semihost", "--crt0=semihost",
            "-Wl,--defsym=__flash=0", "-Wl,--defsym=__flash_size=4M",
            "-Wl,--defsym=__ram=0x20000000", "-Wl,--defsym=__ram_size=4M",
            "-Wl,--defsym=__stack_size=64K"]
C_COUNTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "c", "mcu", "counter.c")


def build_c(cc, krait_target, source, exe):
    """Builds a C kernel for the target with -O2; returns None or the compiler's output."""
    command = [cc, "-O2"] + C_FLAGS[krait_target] + C_LAYOUT + ["-o", exe, source, C_COUNTER,
                                                                  "-lm"]
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        return proc.stdout.decode("utf-8", "replace")
    return None


def qemu_command(krait, krait_target):
    """QEMU's command for the target's board, from `krait targets`."""
    proc = subprocess.run([krait, "targets"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    text = proc.stdout.decode("utf-8", "replace")
    for line in text.splitlines():
        fields = line.split()
        if fields and fields[0] == krait_target:
            match = re.search(r"(\S+) \((qemu-system-\S+ [^)]*)\)", line)
            if not match:
                raise SystemExit("target %s has no QEMU board" % krait_target)
            board, command = match.groups()
            if not board.startswith("mps2-"):
                raise SystemExit("instruction counting needs an MPS2 board (timer at %#x), "
                                 "not %s" % (TIMER_BASE, board))
            return command.split()
    raise SystemExit("krait does not know target %s:\n%s" % (krait_target, text))


