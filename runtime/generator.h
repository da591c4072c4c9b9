//===- runtime/generator.h - generator objects ------------------*- C++ -*-===//
//
// A generator is the object a generator function's call returns. codegen
// turns the function into an LLVM coroutine (switch lowering) whose frame
// lives inside the generator object, after its header, so the collector scans
// it conservatively and values live across a `yield` stay alive.
//
// Protocol between the runtime and the compiled coroutine (runtime.h,
// "Generators"):
//   - the coroutine's ramp allocates the object (kr_generator_new), starts
//     the coroutine in that memory and suspends at once;
//   - the runtime resumes it through the module's resume trampoline after
//     storing what the paused `yield` receives (a value, or an exception to
//     raise there) in the object;
//   - the coroutine stores each yielded value (kr_generator_yield) and, when
//     the body ends, its return value or 0 for an escaped exception
//     (kr_generator_return), then suspends.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_GENERATOR_H
#define KRAIT_RUNTIME_GENERATOR_H

#include "object.h"

/// Life cycle of a generator.
enum kr_generator_state : uint8_t {
    KR_GEN_CREATED,   ///< not started: paused before the first statement
    KR_GEN_SUSPENDED, ///< paused at a yield
    KR_GEN_RUNNING,   ///< executing (a resume is on the stack)
    KR_GEN_FINISHED,  ///< returned or raised; resuming does nothing
};

/// A generator object. The coroutine frame follows the header.
struct kr_generator {
    kr_object base;
    const kr_code_info *info;          ///< the generator function, for its name
    void (*resume)(void *frame);       ///< the module's trampoline to llvm.coro.resume
    void *handle;                      ///< the coroutine handle (the frame)
    kr_value value;                    ///< last yielded / returned value (0: raised)
    kr_value sent;                     ///< what the paused yield evaluates to
    kr_value thrown;                   ///< exception to raise at the paused yield, or 0
    kr_value yf_result;                ///< return value of the last `yield from`
    uintptr_t state;                   ///< kr_generator_state (a word keeps the frame aligned)
    alignas(16) unsigned char frame[]; ///< the coroutine frame
};

/// What one resumption did.
enum kr_gen_status {
    KR_GEN_YIELDED,  ///< paused at a yield; the value is in `value`
    KR_GEN_RETURNED, ///< finished normally; the return value is in `value`
    KR_GEN_RAISED,   ///< finished (or refused to run) with an exception pending
};

extern "C" const kr_type kr_type_generator;

/// Resume `gen`, sending `sent` (kr_None for next()) or throwing `thrown`
/// (an exception instance) at the paused yield.
kr_gen_status kr_generator_resume(kr_generator *gen, kr_value sent, kr_value thrown);

/// next(gen) raising StopIteration with the generator's return value (the
/// iternext slot returns KR_STOP instead, so loops never see an exception).
/// The `next` builtin should call this for generators.
kr_value kr_generator_next(kr_value gen);

#endif // KRAIT_RUNTIME_GENERATOR_H
