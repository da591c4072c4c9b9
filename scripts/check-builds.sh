#!/usr/bin/env bash
# Configures, builds and tests krait's two checking builds, each in its own
# build directory, and prints a summary:
#
#   sanitize  -DKRAIT_SANITIZE=ON   compiler + runtime with ASan/UBSan; the whole
#                                   ctest suite (unit, program, lit, limits) but
#                                   the QEMU tests (ctest -LE qemu)
#   stress    -DKRAIT_GC_STRESS=ON  the runtime collects at every allocation;
#                                   the program tests (ctest -L program -LE 'gc_heavy|qemu')
#
# The QEMU tests (label qemu) run the cross-compiled runtime, which neither
# option instruments, so they are checked by the ordinary build instead.
# ccache is used as the compiler launcher when it is installed.
#
# Usage: scripts/check-builds.sh [sanitize] [stress]   (default: both)
# Environment: JOBS (parallel jobs, default 2), BUILD_ROOT (where the build
# directories go, default the source root: build-asan, build-stress),
# BUILD_TYPE (default RelWithDebInfo, the project's default, so that ccache
# shares objects with the ordinary builds; Debug finds the same bugs).
set -uo pipefail

src="$(cd "$(dirname "$0")/.." && pwd)"
jobs="${JOBS:-2}"
root="${BUILD_ROOT:-$src}"
type="${BUILD_TYPE:-RelWithDebInfo}"
modes=("$@")
[ ${#modes[@]} -eq 0 ] && modes=(sanitize stress)

declare -A summary
status=0

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

# run_mode NAME DIR CMAKE_OPTION CTEST_ARGS...
run_mode() {
    local name="$1" dir="$2" option="$3"
    shift 3
    local log="$dir/check-builds.log" start=$SECONDS
    mkdir -p "$dir"
    echo "== $name: configuring and building in $dir"
    if ! cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" \
            "$option" >"$log" 2>&1 ||
       ! ninja -C "$dir" -j "$jobs" >>"$log" 2>&1; then
        summary[$name]="BUILD FAILED (see $log)"
        status=1
        return
    fi
    echo "== $name: testing (ctest ${*:-(whole suite)})"
    ctest --test-dir "$dir" -j "$jobs" --output-on-failure "$@" >>"$log" 2>&1
    local rc=$?
    local line
    line="$(grep -E '^[0-9]+% tests passed' "$log" | tail -1)"
    local failed
    failed="$(sed -n '/The following tests FAILED:/,$p' "$log" | grep -E '^\s+[0-9]+ - ' || true)"
    summary[$name]="${line:-no ctest summary} ($((SECONDS - start)) s incl. build)"
    if [ $rc -ne 0 ]; then
        summary[$name]+=$'\n'"$failed"
        status=1
    fi
}

for mode in "${modes[@]}"; do
    case "$mode" in
    sanitize) run_mode sanitize "$root/build-asan" -DKRAIT_SANITIZE=ON -LE qemu ;;
    stress) run_mode stress "$root/build-stress" -DKRAIT_GC_STRESS=ON -L program -LE 'gc_heavy|qemu' ;;
    *)
        echo "unknown mode '$mode' (sanitize, stress)" >&2
        exit 2
        ;;
    esac
done

echo
echo "== summary"
for mode in "${modes[@]}"; do
    echo "$mode: ${summary[$mode]}"
done
exit $status
