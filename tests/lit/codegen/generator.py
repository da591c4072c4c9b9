# RUN: %krait build --emit=llvm -O0 %s -o - | FileCheck %s
# A generator function is an LLVM coroutine (switch lowering): its ramp
# creates the generator object, which holds the frame on the GC heap, hands
# the coroutine handle to the runtime and suspends before the body runs.

# CHECK-LABEL: define internal i64 @py.gen(i64 %self, ptr %args)
# CHECK: %gen = call i64 @kr_generator_new(i64 {{[0-9]+}}, ptr @krait.coro.resume, ptr @py.info.gen)
# CHECK: %frame.mem = call ptr @kr_generator_frame(i64 %gen)
# CHECK: call void @kr_generator_begin(i64 %gen, ptr %frame.mem)
# CHECK: getelementptr inbounds %py.gen.Frame, ptr %frame.mem
def gen(n):
    x = yield n
    y = yield from range(x)
    return y

# CHECK-LABEL: define private void @krait.coro.resume(ptr %0)
# CHECK: call fastcc void

# The body after CoroSplit: yields record their value and read what was sent,
# yield from steps its delegate, return finishes the generator.
# CHECK-LABEL: define internal fastcc void @py.gen.resume(ptr
# CHECK-DAG: call void @kr_generator_yield(
# CHECK-DAG: call i64 @kr_generator_resumed(
# CHECK-DAG: call i64 @kr_yield_from_start(
# CHECK-DAG: call i32 @kr_yield_from_step(
# CHECK-DAG: call i64 @kr_yield_from_result(
# CHECK-DAG: call void @kr_generator_return(
# CHECK-LABEL: define internal fastcc void @py.gen.destroy(ptr
