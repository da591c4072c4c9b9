#!/usr/bin/env python3
"""Runs krait's benchmark suite under krait, CPython 3, PyPy 3 and C.

Each benchmark in benchmarks.txt is compiled once by krait (compile time is
measured apart from run time), run N times under every implementation (best
of N counts), and its output is compared with CPython's: a benchmark whose
outputs disagree is reported as MISMATCH and left out of the means. The table
shows each time, krait's speed-up over CPython and PyPy, krait's time over C
for the kernels that have a C version, and the geometric means. The command
also times krait compiling a ~1,000-line program (compile/app.py) at -O2.

`--check` is the smoke test run by ctest: it compiles every benchmark, runs it
once at its tiny smoke size under krait only and compares the output with
expected/<name>.txt (written from CPython by `--write-expected`).

See README.md for the options.
"""

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COMPILE_PROGRAM = os.path.join(HERE, "compile", "app.py")
COMPILE_TARGET_SECONDS = 2.0
COMPILE_SMOKE_SIZE = "50"


class Benchmark:
    """One line of benchmarks.txt."""

    def __init__(self, name, size, smoke, has_c, mcu_size=None):
        self.name = name
        self.size = size
        self.smoke = smoke
        self.has_c = has_c
        self.mcu_size = mcu_size or smoke
        self.source = os.path.join(HERE, "programs", name + ".py")
        self.c_source = os.path.join(HERE, "c", name + ".c")


def load_benchmarks():
    benchmarks = []
    with open(os.path.join(HERE, "benchmarks.txt")) as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if not fields:
                continue
            if len(fields) != 5:
                raise SystemExit("benchmarks.txt: bad line: " + line.rstrip())
            name, size, smoke, c, mcu = fields
            benchmarks.append(Benchmark(name, size, smoke, c == "c", mcu))
    return benchmarks


class Outcome:
    """The result of running one benchmark under one implementation."""

    def __init__(self, seconds=None, output=None, error=None):
        self.seconds = seconds  # best time of the runs (or the target's own measure)
        self.output = output
        self.error = error  # short reason shown in the table when the run failed
        self.mismatch = False

    @property
    def ok(self):
        return self.error is None and not self.mismatch

    def cell(self, unit):
        if self.error is not None:
            return self.error
        text = format_measure(self.seconds, unit)
        return text + " MISMATCH" if self.mismatch else text


def format_measure(value, unit):
    if unit == "s":
        return "%.3f" % value
    return "{:,}".format(int(value))


# --- Targets: where a compiled program runs and what is measured -----------------------------


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run_both(command, timeout, cwd=None):
    """Runs command once; returns (exit status, stdout+stderr, wall seconds, CPU seconds) or
    raises subprocess.TimeoutExpired. CPU is the user + system time of the command and its
    children (all their threads). Commands run one at a time, so the change in
    RUSAGE_CHILDREN is this command's."""
    cpu = children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          timeout=timeout, cwd=cwd)
    elapsed = time.perf_counter() - start
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), elapsed, children_cpu() - cpu


def timed_run(command, timeout, clock, cwd=None):
    """Runs command once; returns (exit status, stdout+stderr, seconds) or raises
    subprocess.TimeoutExpired. clock "wall" measures elapsed time; "cpu" the user + system
    time of the command and its children (steadier on a loaded machine)."""
    status, output, wall, cpu = timed_run_both(command, timeout, cwd)
    return status, output, cpu if clock == "cpu" else wall


class HostTarget:
    """Runs programs on this machine and measures seconds (wall or CPU)."""

    name = "host"
    unit = "s"
    krait_target = None  # krait's default target

    def __init__(self, clock="wall"):
        self.clock = clock

    def measure(self, command, timeout):
        """Runs command once; returns (exit status, stdout+stderr, measure) or raises
        subprocess.TimeoutExpired."""
        return timed_run(command, timeout, self.clock)


# Bare-metal targets run under QEMU and count instructions (qemu_target.py); the reference
# implementations still run on the host, for the output check.
QEMU_TARGETS = ("cortex-m3", "cortex-m4f")


# --- Implementations ------------------------------------------------------------------------


class Implementation:
    """Something that runs a benchmark: prepare() builds it once, command() runs it."""

    def __init__(self, name, unit="s"):
        self.name = name
        self.unit = unit
        self.clock = "wall"

    def prepare(self, bench, work, size):
        """Returns None when ready, else a short error for the table."""
        return None

    def measure(self, bench, size, repeat, timeout):
        best = None
        output = None
        for _ in range(repeat):
            try:
                status, out, value = self.run_once(bench, size, timeout)
            except subprocess.TimeoutExpired:
                return Outcome(error="TIMEOUT")
            except OSError as e:
                return Outcome(error="FAIL (%s)" % e.strerror)
            if status != 0:
                return Outcome(output=out, error="FAIL (exit %d)" % status)
            if output is not None and out != output:
                return Outcome(output=out, error="FAIL (unstable output)")
            output = out
            best = value if best is None else min(best, value)
        return Outcome(seconds=best, output=output)

    def run_once(self, bench, size, timeout):
        return timed_run(self.command(bench, size), timeout, self.clock)


class Interpreter(Implementation):
    def __init__(self, name, executable):
        super().__init__(name)
        self.executable = executable

    def command(self, bench, size):
        return [self.executable, bench.source, size]


class NativeC(Implementation):
    def __init__(self, cc):
        super().__init__("C")
        self.cc = cc
        self.exes = {}

    def prepare(self, bench, work, size):
        exe = os.path.join(work, bench.name + ".c.exe")
        proc = subprocess.run([self.cc, "-O2", "-o", exe, bench.c_source, "-lm"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout.decode("utf-8", "replace"))
            return "FAIL (cc)"
        self.exes[bench.name] = exe
        return None

    def command(self, bench, size):
        return [self.exes[bench.name], size]


class McuC(NativeC):
    """The C kernels built with arm-none-eabi-gcc -O2 for a QEMU target, counted in
    instructions like krait's firmware."""

    def __init__(self, cc, target):
        super().__init__(cc)
        self.unit = target.unit
        self.target = target

    def prepare(self, bench, work, size):
        import qemu_target
        exe = os.path.join(work, bench.name + ".c.elf")
        error = qemu_target.build_c(self.cc, self.target.krait_target, bench.c_source, exe)
        if error is not None:
            sys.stderr.write(error)
            return "FAIL (cc)"
        self.exes[bench.name] = exe
        return None

    def run_once(self, bench, size, timeout):
        return self.target.measure(self.command(bench, size), timeout)


class Krait(Implementation):
    """krait: compiled once per benchmark (timed apart), then run on the target."""

    def __init__(self, krait, opt, target):
        super().__init__("krait", target.unit)
        self.krait = krait
        self.opt = opt
        self.target = target
        self.exes = {}
        self.compile_seconds = {}
        self.compile_errors = {}
        self.last_compile = {}  # wall and CPU seconds of the last compile
        self.size = None  # the size compiled in, for targets without a command line

    def compile(self, source, exe):
        """Compiles source to exe; returns (seconds, None) or (None, compiler output)."""
        if hasattr(self.target, "wrap"):
            # A bare-metal firmware: the program with the target's prelude and epilogue,
            # under the same file name in a folder of its own.
            folder = os.path.join(os.path.dirname(exe), "src-" + os.path.basename(exe))
            os.makedirs(folder, exist_ok=True)
            wrapped = os.path.join(folder, os.path.basename(source))
            with open(wrapped, "w") as f:
                f.write(self.target.wrap(source, os.path.splitext(os.path.basename(source))[0],
                                         self.size))
            source = wrapped
        # Compiled from its own folder so that diagnostics name the bare file.
        command = [self.krait, "build", "-O%d" % self.opt, "-o", exe, os.path.basename(source)]
        if self.target.krait_target:
            command[2:2] = ["--target", self.target.krait_target]
        status, output, wall, cpu = timed_run_both(command, None, cwd=os.path.dirname(source))
        if status != 0:
            return None, output
        self.last_compile = {"wall": wall, "cpu": cpu}
        return cpu if self.clock == "cpu" else wall, None

    def prepare(self, bench, work, size):
        exe = os.path.join(work, "%s-%s.krait.exe" % (bench.name, size))
        self.size = size
        seconds, error = self.compile(bench.source, exe)
        if error is not None:
            self.compile_errors[bench.name] = error.strip()
            return "FAIL (compile)"
        self.exes[bench.name] = exe
        self.compile_seconds[bench.name] = seconds
        return None

    def command(self, bench, size):
        return [self.exes[bench.name], size]

    def run_once(self, bench, size, timeout):
        return self.target.measure(self.command(bench, size), timeout)


# --- The suite ------------------------------------------------------------------------------


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratio(numerator, denominator):
    if numerator is None or denominator is None or not numerator.ok or not denominator.ok:
        return None
    if denominator.seconds <= 0:
        return None
    return numerator.seconds / denominator.seconds


def first_lines(text, count=3):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return "\n".join("      " + l for l in lines[:count])


def run_suite(args, benchmarks, impls, krait, work):
    """Runs every benchmark under every implementation; returns the rows."""
    rows = []
    for bench in benchmarks:
        size = args.size or (bench.size if args.target == "host" else bench.mcu_size)
        row = {"name": bench.name, "size": size, "outcomes": {}}
        for impl in impls:
            if isinstance(impl, NativeC) and not bench.has_c:
                continue
            progress("%s: %s" % (bench.name, impl.name))
            error = impl.prepare(bench, work, size)
            if error is not None:
                row["outcomes"][impl.name] = Outcome(error=error)
                continue
            row["outcomes"][impl.name] = impl.measure(bench, size, args.repeat, args.timeout)
        check_outputs(row)
        row["compile_seconds"] = krait.compile_seconds.get(bench.name)
        rows.append(row)
    progress("")
    return rows


def check_outputs(row):
    """Marks every output that differs from the reference (CPython's, else PyPy's)."""
    outcomes = row["outcomes"]
    reference = None
    for name in ("CPython", "PyPy"):
        if name in outcomes and outcomes[name].error is None:
            reference = outcomes[name].output
            row["reference"] = name
            break
    if reference is None:
        return
    for outcome in outcomes.values():
        if outcome.error is None and outcome.output != reference:
            outcome.mismatch = True


def progress(text):
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + text)
        sys.stderr.flush()


def time_compile(krait, repeat, work):
    """Best-of-repeat time of krait compiling compile/app.py; returns a dict."""
    with open(COMPILE_PROGRAM) as f:
        lines = sum(1 for _ in f)
    result = {"program": os.path.relpath(COMPILE_PROGRAM, ROOT), "lines": lines,
              "opt": krait.opt, "target_seconds": COMPILE_TARGET_SECONDS}
    best = None
    exe = os.path.join(work, "app.krait.exe")
    for _ in range(repeat):
        seconds, error = krait.compile(COMPILE_PROGRAM, exe)
        if error is not None:
            result["error"] = error.strip()
            return result
        best = seconds if best is None else min(best, seconds)
        for clock, value in krait.last_compile.items():
            result[clock + "_seconds"] = min(result.get(clock + "_seconds", value), value)
    result["seconds"] = best
    return result


# The ratio columns: (header, numerator, denominator, summary key, what, goal).
RATIOS = [
    ("CPython/krait", "CPython", "krait", "speedup_vs_cpython",
     "geometric mean speed-up over CPython", ">= 10x"),
    ("PyPy/krait", "PyPy", "krait", "speedup_vs_pypy",
     "geometric mean speed-up over PyPy", ">= 3x"),
    ("krait/C", "krait", "C", "slowdown_vs_c", "geometric mean krait / C", "<= 2x"),
]


def comparable(units, num, den):
    """Ratios only between implementations that ran and measure in the same unit (seconds on
    the host, or instructions on a QEMU target)."""
    return num in units and den in units and units[num] == units[den]


def table(rows, units):
    """The results as a list of rows of cells (the first row is the header). units maps each
    implementation's name to its unit, in column order."""
    header = ["benchmark", "size", "compile (s)"]
    header += ["%s (%s)" % (name, unit) for name, unit in units.items()]
    ratios = [r for r in RATIOS if comparable(units, r[1], r[2])]
    header += [r[0] for r in ratios]
    out = [header]
    for row in rows:
        outcomes = row["outcomes"]
        compile_seconds = row["compile_seconds"]
        cells = [row["name"], row["size"],
                 "-" if compile_seconds is None else "%.2f" % compile_seconds]
        for name, unit in units.items():
            o = outcomes.get(name)
            cells.append("-" if o is None else o.cell(unit))
        for _, num, den, _, _, _ in ratios:
            r = ratio(outcomes.get(num), outcomes.get(den))
            cells.append("-" if r is None else "%.2fx" % r)
        out.append(cells)
    return out


def summary(rows, units):
    """Geometric means of the comparable ratios over the benchmarks where both sides are ok:
    {key: (mean, count, out of)}."""
    means = {}
    for _, num, den, key, _, _ in RATIOS:
        if not comparable(units, num, den):
            continue
        values = [ratio(r["outcomes"].get(num), r["outcomes"].get(den)) for r in rows]
        ran = sum(1 for r in rows if num in r["outcomes"] and den in r["outcomes"])
        values = [v for v in values if v]
        means[key] = (geomean(values), len(values), ran)
    return means


def render_text(cells):
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_markdown(cells):
    lines = ["| " + " | ".join(cells[0]) + " |",
             "|" + "|".join(" --- " if i == 0 else " ---: " for i in range(len(cells[0]))) + "|"]
    for r in cells[1:]:
        lines.append("| " + " | ".join(r) + " |")
    return "\n".join(lines)


def summary_lines(means, compile_result):
    lines = []
    for _, _, _, key, what, goal in RATIOS:
        if key not in means:
            continue
        value, count, total = means[key]
        if value is None:
            lines.append("%s: n/a" % what)
        else:
            lines.append("%s: %.2fx over %d of %d benchmarks (goal %s)" % (
                what, value, count, total, goal))
    if compile_result is not None:
        if "error" in compile_result:
            lines.append("compile time of %s: FAIL\n%s" % (compile_result["program"],
                                                          first_lines(compile_result["error"])))
        else:
            # Both clocks: code generation runs on two threads, so the wall time a user
            # waits is below the CPU time spent.
            lines.append("compile time of %s (%d lines, -O%d): %.2f s (goal <= %.1f s; "
                         "wall %.2f s, CPU %.2f s)" % (
                             compile_result["program"], compile_result["lines"],
                             compile_result["opt"], compile_result["seconds"],
                             compile_result["target_seconds"], compile_result["wall_seconds"],
                             compile_result["cpu_seconds"]))
    return lines


def tool_version(command):
    try:
        proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=30)
        text = proc.stdout.decode("utf-8", "replace").strip().splitlines()
        return " ".join(text[:2]) if text else "?"
    except (OSError, subprocess.TimeoutExpired):
        return "not found"


def display_path(path):
    """path relative to the repository when it lies inside it (results get committed)."""
    rel = os.path.relpath(path, ROOT)
    return path if rel.startswith("..") else rel


def versions_line(env):
    parts = ["%s: %s" % (label, env[k]) for k, label in
             (("cpython", "CPython"), ("pypy", "PyPy"), ("cc", "C")) if k in env]
    return "krait %s; %s" % (env["krait"], "; ".join(parts))


def environment(args):
    rev = tool_version(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    version = tool_version([args.krait, "--version"])
    env = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": "%s %s, %d cores" % (platform.system(), platform.machine(),
                                        os.cpu_count() or 0),
        # HEAD when the suite ran: the binary may have been built from another tree state.
        "krait": "%s (%s; repository at %s)" % (display_path(args.krait), version, rev),
        "repeat": args.repeat,
        "target": args.target, "clock": args.clock,
    }
    if not args.no_cpython:
        env["cpython"] = tool_version([args.python, "--version"])
    if not args.no_pypy:
        env["pypy"] = tool_version([args.pypy, "--version"]).replace("\n", " ")
    if not args.no_c:
        env["cc"] = tool_version([args.cc, "--version"]).split(" Copyright")[0] + " -O2"
    return env


# --- Smoke check ----------------------------------------------------------------------------


def check(args, benchmarks, work):
    """Compiles and runs each benchmark at its smoke size under krait and compares the output
    with expected/<name>.txt. Returns the number of failures."""
    krait = Krait(args.krait, args.opt, make_target(args))
    failures = 0
    for bench in benchmarks:
        error = krait.prepare(bench, work, bench.smoke)
        if error is None:
            outcome = krait.measure(bench, bench.smoke, 1, args.timeout)
        else:
            outcome = Outcome(error=error, output=krait.compile_errors.get(bench.name, ""))
        with open(os.path.join(HERE, "expected", bench.name + ".txt")) as f:
            expected = f.read()
        if outcome.error is None and outcome.output == expected:
            print("ok    %s %s" % (bench.name, bench.smoke))
            continue
        failures += 1
        print("FAIL  %s %s: %s" % (bench.name, bench.smoke, outcome.error or "wrong output"))
        print("  expected:\n" + first_lines(expected, 20))
        print("  got:\n" + first_lines(outcome.output or "", 20))
    return failures


def compile_app_benchmark():
    """compile/app.py as a benchmark, for the smoke check and its expected output."""
    bench = Benchmark("compile_app", "2000", COMPILE_SMOKE_SIZE, False)
    bench.source = COMPILE_PROGRAM
    return bench


def write_expected(args, benchmarks):
    """Writes expected/<name>.txt from CPython's output at the smoke size."""
    for bench in benchmarks:
        proc = subprocess.run([args.python, bench.source, bench.smoke], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, check=True)
        with open(os.path.join(HERE, "expected", bench.name + ".txt"), "wb") as f:
            f.write(proc.stdout)
        print("wrote expected/%s.txt" % bench.name)


# --- Main -----------------------------------------------------------------------------------


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--krait", default=os.path.join(ROOT, "build", "bin", "krait"),
                   help="the krait compiler (default: build/bin/krait)")
    p.add_argument("--only", action="append", default=[], metavar="NAME",
                   help="run only this benchmark (repeatable, or comma-separated)")
    p.add_argument("--repeat", type=int, default=3, metavar="N",
                   help="runs per implementation; the best counts (default 3)")
    p.add_argument("--size", help="size argument for every benchmark instead of its default")
    p.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                   help="wall: elapsed time (default); cpu: user + system time of the process")
    p.add_argument("-O", dest="opt", type=int, default=2, help="krait optimisation level")
    p.add_argument("--target", default="host", choices=("host",) + QEMU_TARGETS,
                   help="where krait's programs run: host (default), or a Cortex-M target "
                   "under QEMU, measured in instructions (PyPy and C are then not run)")
    p.add_argument("--python", default="python3", help="CPython 3 (default python3)")
    p.add_argument("--pypy", default="pypy3", help="PyPy 3 (default pypy3)")
    p.add_argument("--cc", default="gcc", help="C compiler for the C kernels (default gcc)")
    p.add_argument("--no-cpython", action="store_true", help="do not run CPython")
    p.add_argument("--no-pypy", action="store_true", help="do not run PyPy")
    p.add_argument("--no-c", action="store_true", help="do not run the C kernels")
    p.add_argument("--no-compile-time", action="store_true",
                   help="do not time the compile of compile/app.py")
    p.add_argument("--timeout", type=float, default=300, help="seconds per run (default 300)")
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    p.add_argument("--markdown", metavar="FILE", help="also write the results as markdown")
    p.add_argument("--check", action="store_true",
                   help="smoke test: krait only, smoke sizes, compare with expected/")
    p.add_argument("--check-compile", action="store_true",
                   help="smoke test of compile/app.py: compile, run, compare with expected/")
    p.add_argument("--write-expected", action="store_true",
                   help="write expected/<name>.txt from CPython at the smoke sizes")
    p.add_argument("--keep", metavar="DIR", help="keep the compiled programs in DIR")
    return p.parse_args(argv)


def select(benchmarks, only):
    names = [n for o in only for n in o.split(",") if n]
    if not names:
        return benchmarks
    known = {b.name: b for b in benchmarks}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit("unknown benchmark(s): %s (known: %s)" % (
            ", ".join(unknown), ", ".join(sorted(known))))
    return [known[n] for n in names]


def main(argv):
    args = parse_args(argv)
    benchmarks = select(load_benchmarks(), args.only)
    if args.check_compile:
        benchmarks = [compile_app_benchmark()]
    if args.write_expected:
        if not args.check_compile and not args.only:
            benchmarks = benchmarks + [compile_app_benchmark()]
        write_expected(args, benchmarks)
        return 0
    args.krait = os.path.abspath(args.krait)
    if not os.access(args.krait, os.X_OK):
        raise SystemExit("krait not found at %s (use --krait)" % args.krait)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        work = os.path.abspath(args.keep)
        cleanup = None
    else:
        cleanup = tempfile.TemporaryDirectory(prefix="krait-bench-")
        work = cleanup.name
    try:
        if args.check or args.check_compile:
            return 1 if check(args, benchmarks, work) else 0
        return run(args, benchmarks, work)
    finally:
        if cleanup is not None:
            cleanup.cleanup()


def make_target(args):
    if args.target == "host":
        return HostTarget(args.clock)
    from qemu_target import QemuTarget
    return QemuTarget(args.krait, args.target)


def run(args, benchmarks, work):
    target = make_target(args)
    if args.target != "host":
        # Instruction counts are not comparable with host times: CPython runs only to check
        # the output; the C kernels run on the target too.
        args.no_pypy = args.no_compile_time = True
        if args.cc == "gcc":
            args.cc = "arm-none-eabi-gcc"
    krait = Krait(args.krait, args.opt, target)
    impls = [krait]
    if not args.no_cpython:
        impls.append(Interpreter("CPython", args.python))
    if not args.no_pypy:
        if shutil.which(args.pypy):
            impls.append(Interpreter("PyPy", args.pypy))
        else:
            print("note: %s not found; PyPy not run" % args.pypy)
    if not args.no_c:
        impls.append(NativeC(args.cc) if args.target == "host" else McuC(args.cc, target))
    for impl in impls:
        impl.clock = args.clock
    env = environment(args)
    rows = run_suite(args, benchmarks, impls, krait, work)
    compile_result = None if args.no_compile_time else time_compile(krait, args.repeat, work)

    units = {i.name: i.unit for i in impls}
    cells = table(rows, units)
    means = summary(rows, units)
    measure = "%s time" % args.clock if target.unit == "s" else (
        "krait: instructions on %s (QEMU -icount shift=0)" % args.target)
    print("krait benchmarks: %s; best of %d runs; %s; %s" % (
        env["machine"], args.repeat, measure, env["date"]))
    print(versions_line(env))
    print(render_text(cells))
    print()
    for line in summary_lines(means, compile_result):
        print(line)
    for bench in benchmarks:
        if bench.name in krait.compile_errors:
            print("\n%s: krait compile error:\n%s" % (bench.name,
                                                      first_lines(krait.compile_errors[bench.name])))
    for row in rows:
        for name, o in row["outcomes"].items():
            if o.mismatch:
                print("\n%s: %s output differs from %s's:\n%s" % (
                    row["name"], name, row["reference"], first_lines(o.output, 5)))
            elif o.error and o.error.startswith("FAIL (exit") and o.output:
                print("\n%s: %s failed:\n%s" % (row["name"], name, first_lines(o.output, 5)))

    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("Machine: %s. Date: %s. Best of %d runs, %s time.\n%s.\n\n" % (
                env["machine"], env["date"], args.repeat, args.clock, versions_line(env)))
            f.write(render_markdown(cells) + "\n\n")
            f.write("".join("- %s\n" % l.replace("\n", " ") for l in
                            summary_lines(means, compile_result)))
    if args.json:
        summary_data = {key: {"geomean": m, "count": n, "of": total}
                        for key, (m, n, total) in means.items()}
        data = {"environment": env, "summary": summary_data, "compile": compile_result,
                "rows": []}
        for row in rows:
            data["rows"].append({
                "name": row["name"], "size": row["size"],
                "krait_compile_seconds": row["compile_seconds"],
                "results": {name: {"value": o.seconds, "error": o.error, "mismatch": o.mismatch}
                            for name, o in row["outcomes"].items()},
            })
        with open(args.json, "w") as f:
            json.dump(data, f, indent=2)
    failed = any(not o.ok for r in rows for n, o in r["outcomes"].items())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
