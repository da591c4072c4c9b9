//===- codegen/PhaseTimer.h - time spent per compile phase ------*- C++ -*-===//
//
// `krait build --time-phases` prints how long each phase of the compile took
// (front end, IR passes, LLVM IR emission, runtime inlining, the LLVM
// pipeline, code generation, link). A phase is timed by a PhaseScope:
//
//   { PhaseScope scope("LLVM optimisation"); optimizeModule(...); }
//
// Times of the same phase add up over a program's modules. Recording costs
// two clock reads per scope and nothing when timing is off.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_PHASETIMER_H
#define KRAIT_CODEGEN_PHASETIMER_H

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace krait {

/// The process's record of phase times (one compile per process).
class PhaseTimer {
  public:
    /// The process-wide timer.
    static PhaseTimer &instance();

    /// Starts recording (off by default).
    void enable() { on = true; }
    /// Whether phases are being recorded.
    bool enabled() const { return on; }

    /// Adds `cpu` and `wall` seconds to `phase` (created on first use).
    void add(const std::string &phase, double cpu, double wall);

    /// Prints one line per phase, in the order the phases first ran, then
    /// their sum and the whole process's CPU time so far.
    void print(llvm::raw_ostream &os) const;

  private:
    struct Entry {
        std::string phase;
        double cpu = 0, wall = 0;
        unsigned runs = 0;
    };
    bool on = false;
    std::vector<Entry> entries;
};

/// Times one phase from construction to destruction (or `stop`). The CPU
/// time includes child processes that ended within the scope (the linker).
class PhaseScope {
  public:
    /// Starts timing `phase` when the timer is on.
    explicit PhaseScope(const char *phase);
    ~PhaseScope() { stop(); }
    PhaseScope(const PhaseScope &) = delete;
    PhaseScope &operator=(const PhaseScope &) = delete;

    /// Records the phase now (later calls do nothing).
    void stop();

  private:
    const char *phase;
    bool running;
    double cpuStart = 0, wallStart = 0;
};

/// CPU seconds used so far by this process and its waited-for children.
double processCpuSeconds();

} // namespace krait

#endif // KRAIT_CODEGEN_PHASETIMER_H
