//===- codegen/PhaseTimer.cpp - time spent per compile phase --------------===//

#include "codegen/PhaseTimer.h"

#include "llvm/Support/Format.h"

#include <chrono>
#include <sys/resource.h>

namespace krait {

namespace {

double seconds(const timeval &tv) {
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6;
}

double wallSeconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

double processCpuSeconds() {
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        if (getrusage(who, &usage) == 0) total += seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }
    return total;
}

PhaseTimer &PhaseTimer::instance() {
    static PhaseTimer timer;
    return timer;
}

void PhaseTimer::add(const std::string &phase, double cpu, double wall) {
    for (Entry &e : entries)
        if (e.phase == phase) {
            e.cpu += cpu;
            e.wall += wall;
            ++e.runs;
            return;
        }
    entries.push_back({phase, cpu, wall, 1});
}

void PhaseTimer::print(llvm::raw_ostream &os) const {
    os << "krait: time per phase (seconds; CPU includes child processes)\n";
    os << llvm::format("  %-36s %8s %8s\n", static_cast<const char *>("phase"),
                       static_cast<const char *>("CPU"), static_cast<const char *>("wall"));
    double cpu = 0, wall = 0;
    for (const Entry &e : entries) {
        std::string name = e.phase;
        if (e.runs > 1) name += " (x" + std::to_string(e.runs) + ")";
        os << llvm::format("  %-36s %8.3f %8.3f\n", name.c_str(), e.cpu, e.wall);
        cpu += e.cpu;
        wall += e.wall;
    }
    os << llvm::format("  %-36s %8.3f %8.3f\n", static_cast<const char *>("sum of the phases"), cpu,
                       wall);
    // The rest is process start-up (loading LLVM's shared library) and
    // work between the phases.
    os << llvm::format("  %-36s %8.3f\n", static_cast<const char *>("whole process so far"),
                       processCpuSeconds());
}

PhaseScope::PhaseScope(const char *phase)
    : phase(phase), running(PhaseTimer::instance().enabled()) {
    if (!running) return;
    cpuStart = processCpuSeconds();
    wallStart = wallSeconds();
}

void PhaseScope::stop() {
    if (!running) return;
    running = false;
    PhaseTimer::instance().add(phase, processCpuSeconds() - cpuStart, wallSeconds() - wallStart);
}

} // namespace krait
