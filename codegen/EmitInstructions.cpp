//===- codegen/EmitInstructions.cpp - one IR instruction to LLVM ----------===//
//
// Each IR instruction becomes a runtime call (checked for failure when the
// runtime can fail, including allocation failures in opcodes the IR does not
// mark as raising) or inline code for the cheap cases: constants, slots,
// identity tests, the stop marker.
//
// Opcodes with no runtime.h entry point of their own are expressed with the
// generic ABI: build.set / tuple.from call the `set` / `tuple` builtins,
// list.extend / set.add / dict.update call the method, raise.from ignores the
// cause (MicroPython does not chain exceptions).
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/ADT/APInt.h"
#include "llvm/IR/Constants.h"

using namespace llvm;

namespace krait::codegen {

using ir::Opcode;

Value *FunctionEmitter::callRt(RtFn f, ArrayRef<Value *> args) {
    return b.CreateCall(m.rt().get(f), args);
}

Value *FunctionEmitter::callChecked(RtFn f, ArrayRef<Value *> args) {
    return checkValue(callRt(f, args));
}

Value *FunctionEmitter::strConst(const std::string &s) {
    return m.loadConstant(b, m.strConstant(s));
}

Value *FunctionEmitter::boxed(const ir::Instruction *value) {
    Value *v = values.lookup(value);
    assert(v && "operand emitted before its definition");
    if (v->getType()->isIntegerTy(1))
        return b.CreateSelect(v, m.rt().globalAsValue(RtGlobal::kr_True),
                              m.rt().globalAsValue(RtGlobal::kr_False));
    if (v->getType()->isDoubleTy()) return boxFloat(value, v);
    if (v->getType()->isStructTy()) return boxComplex(value, v);
    return v;
}

Value *FunctionEmitter::operand(const ir::Instruction &inst, size_t i) {
    return boxed(inst.operand(i));
}

Value *FunctionEmitter::callValue(Value *callee, ArrayRef<Value *> args) {
    Value *arr = ConstantPointerNull::get(m.rt().ptrType());
    if (!args.empty()) {
        arr = entryAlloca(static_cast<unsigned>(args.size()), "args");
        for (size_t i = 0; i < args.size(); ++i)
            b.CreateStore(args[i], b.CreateConstInBoundsGEP1_32(valueTy, arr, i));
    }
    return callChecked(RtFn::kr_call, {callee, valueWord(args.size()), arr});
}

Value *FunctionEmitter::callBuiltin(const std::string &name, ArrayRef<Value *> args) {
    Value *f = callChecked(RtFn::kr_builtin_load, {strConst(name)});
    return callValue(f, args);
}

Value *FunctionEmitter::callMethod(Value *obj, const std::string &name, ArrayRef<Value *> args) {
    Value *method = callChecked(RtFn::kr_getattr, {obj, strConst(name)});
    return callValue(method, args);
}

Value *FunctionEmitter::emitConstInt(const ir::Instruction &inst) {
    StringRef text(inst.str);
    bool negative = text.consume_front("-");
    APInt magnitude;
    if (text.empty() || text.getAsInteger(10, magnitude)) {
        unsupported(("the malformed int literal '" + inst.str + "'").c_str());
        return nullptr;
    }
    unsigned width = valueTy->getBitWidth();
    // A small int holds width-1 signed bits; magnitudes below 2^(width-2)
    // fit either sign.
    if (magnitude.getActiveBits() <= width - 2) {
        uint64_t mag = magnitude.getZExtValue();
        uint64_t v = negative ? uint64_t(0) - mag : mag;
        uint64_t tagged = (v << 1) | 1;
        if (width < 64) tagged &= (uint64_t(1) << width) - 1;
        return ConstantInt::get(valueTy, tagged);
    }
    return m.loadConstant(b, m.bigIntConstant(inst.str));
}

Value *FunctionEmitter::emitBinary(const ir::Instruction &inst) {
    ir::BinaryOp op = inst.binaryOp();
    if (Value *r = emitFloatCompare(inst)) return r;
    if (Value *r = emitComplexCompare(inst)) return r;
    Value *lhs = operand(inst, 0);
    Value *rhs = operand(inst, 1);
    // A comparison whose users only test its truth yields the bit itself
    // (boxed() makes True/False of it if needed).
    BinaryPaths paths = binaryPaths(inst);
    if (op == ir::BinaryOp::Is || op == ir::BinaryOp::IsNot) {
        // Identity is word equality: small ints and singletons are unique.
        Value *same = op == ir::BinaryOp::Is ? b.CreateICmpEQ(lhs, rhs) : b.CreateICmpNE(lhs, rhs);
        if (paths.bit) return same;
        return b.CreateSelect(same, m.rt().globalAsValue(RtGlobal::kr_True),
                              m.rt().globalAsValue(RtGlobal::kr_False));
    }
    // `in` / `not in` keep Python's operand order: kr_binary_op takes
    // `lhs in rhs` (the container's slot gets them swapped inside the runtime).
    if (m.inlineFastPaths() && (op == ir::BinaryOp::In || op == ir::BinaryOp::NotIn))
        return emitContains(op, lhs, rhs);                            // EmitSlice.cpp
    if (Value *r = emitUserOperator(inst, lhs, rhs, paths)) return r; // EmitOperatorCall.cpp
    if (Value *r = emitSmallIntBinary(op, lhs, rhs, paths)) return r;
    return emitGenericBinary(op, lhs, rhs, paths);
}

Value *FunctionEmitter::emitFormat(const ir::Instruction &inst) {
    // The runtime spells conversions as the characters after '!'.
    int conversion = 0;
    if (inst.formatConv() == ir::FormatConv::Str)
        conversion = 's';
    else if (inst.formatConv() == ir::FormatConv::Repr)
        conversion = 'r';
    const ir::Instruction *spec = inst.formatSpec();
    return callChecked(RtFn::kr_format_value, {operand(inst, 0), spec ? boxed(spec) : valueWord(0),
                                               b.getInt32(conversion)});
}

Value *FunctionEmitter::emitBuildString(const ir::Instruction &inst) {
    size_t n = inst.numOperands();
    if (n == 1) return operand(inst, 0);
    return callChecked(RtFn::kr_str_build, {valueWord(n), valueArray(inst.operands, 0, n)});
}

Value *FunctionEmitter::emitMakeFunction(const ir::Instruction &inst) {
    if (!inst.callee || inst.callee->parent() != &m.irModule()) {
        unsupported("make.function of a function from another module");
        return nullptr;
    }
    const ir::Instruction *defaults = inst.defaultsOperand();
    Value *f =
        callChecked(RtFn::kr_function_new, {m.codeInfo(inst.callee), m.codeFunction(inst.callee),
                                            defaults ? boxed(defaults) : valueWord(0),
                                            m.loadConstant(b, ModuleEmitter::ModuleDictIndex)});
    // No C entry point sets these; the fields are codegen's to fill.
    if (const ir::Instruction *kwDefaults = inst.kwDefaultsOperand())
        storeFunctionField(f, KrFunctionKwDefaultsWord, boxed(kwDefaults));
    if (const ir::Instruction *closure = inst.closureOperand())
        storeFunctionField(f, KrFunctionClosureWord, boxed(closure));
    return f;
}

Value *FunctionEmitter::emitSlotLoad(const ir::Instruction &inst) {
    Value *v = b.CreateLoad(valueTy, slots[inst.index()], "local");
    BasicBlock *unbound = BasicBlock::Create(b.getContext(), "unbound", llfn);
    BasicBlock *bound = BasicBlock::Create(b.getContext(), "", llfn);
    b.CreateCondBr(b.CreateIsNull(v), unbound, bound);
    b.SetInsertPoint(unbound);
    callRt(RtFn::kr_raise_unbound_local, {strConst(fn.slots[inst.index()])});
    failAlways();
    b.SetInsertPoint(bound);
    return v;
}

bool FunctionEmitter::emitInstruction(const ir::Instruction &inst) {
    auto dict = [&] { return m.loadConstant(b, ModuleEmitter::ModuleDictIndex); };
    auto global = [&](RtGlobal g) { return m.rt().globalAsValue(g); };
    auto count = [&](size_t n) { return valueWord(n); };
    Value *r = nullptr;
    if (emitComplexValue(inst)) return true; // EmitUnboxedComplex.cpp
    if (unboxedFloats.count(&inst) && !unboxedAfterEmit(inst)) {
        // Literals box to their constants; other values start without a box
        // (a runtime fallback inside may store the box it got).
        if (inst.op != Opcode::ConstFloat) clearBoxSlot(inst);
        r = emitUnboxedFloat(inst);
        values[&inst] = r;
        return true;
    }
    switch (inst.op) {
    case Opcode::ConstInt:
        r = emitConstInt(inst);
        break;
    case Opcode::ConstFloat:
        r = m.loadConstant(b, m.floatConstant(inst.fimm));
        break;
    case Opcode::ConstStr:
        r = strConst(inst.str);
        break;
    case Opcode::ConstBytes:
        r = m.loadConstant(b, m.bytesConstant(inst.str));
        break;
    case Opcode::ConstNone:
        r = global(RtGlobal::kr_None);
        break;
    case Opcode::ConstTrue:
        r = global(RtGlobal::kr_True);
        break;
    case Opcode::ConstFalse:
        r = global(RtGlobal::kr_False);
        break;
    case Opcode::ConstEllipsis:
        r = global(RtGlobal::kr_Ellipsis_obj);
        break;
    case Opcode::Param: {
        if (native) { // an LLVM argument (EmitNativeCall.cpp)
            r = emitNativeParam(inst);
            break;
        }
        // The runtime binds every parameter before the call: never 0.
        // (A generator's ramp copied them into its frame.)
        Value *params = genParams ? static_cast<Value *>(genParams) : llfn->getArg(1);
        LoadInst *load = b.CreateLoad(
            valueTy, b.CreateConstInBoundsGEP1_32(valueTy, params, inst.index()), "param");
        load->setMetadata(LLVMContext::MD_range, m.nonZeroRange());
        r = load;
        break;
    }
    case Opcode::SlotLoad:
        r = emitSlotLoad(inst);
        break;
    case Opcode::SlotStore:
        b.CreateStore(operand(inst, 0), slots[inst.index()]);
        return true;
    case Opcode::SlotDel:
        emitSlotLoad(inst);
        b.CreateStore(valueWord(0), slots[inst.index()]);
        return true;
    case Opcode::GlobalLoad:
        r = m.inlineFastPaths() ? emitCachedGlobalLoad(inst)
                                : callChecked(RtFn::kr_global_load, {dict(), strConst(inst.str)});
        break;
    case Opcode::GlobalStore:
        callChecked(RtFn::kr_global_store, {dict(), strConst(inst.str), operand(inst, 0)});
        return true;
    case Opcode::GlobalDel:
        callChecked(RtFn::kr_global_store, {dict(), strConst(inst.str), valueWord(0)});
        return true;
    case Opcode::Globals:
        r = dict();
        break;
    case Opcode::BuiltinLoad:
        r = callChecked(RtFn::kr_builtin_load, {strConst(inst.str)});
        break;
    case Opcode::Unary:
        if (inst.unaryOp() == ir::UnaryOp::Not)
            r = callChecked(RtFn::kr_not, {operand(inst, 0)});
        else
            r = callChecked(RtFn::kr_unary_op,
                            {b.getInt32(static_cast<int>(inst.unaryOp())), operand(inst, 0)});
        break;
    case Opcode::Binary:
        r = emitBinary(inst);
        break;
    case Opcode::Truth:
        if ((r = emitComplexTruth(inst))) break;
        if (Value *d = values.lookup(inst.operand(0)); d->getType()->isDoubleTy()) {
            r = b.CreateFCmpUNE(d, ConstantFP::get(d->getType(), 0.0), "truth");
            break;
        } else if (d->getType()->isIntegerTy(1)) { // a comparison's bit
            r = d;
            break;
        }
        r = emitTruth(operand(inst, 0));
        break;
    case Opcode::Box:
        r = operand(inst, 0);
        break;
    case Opcode::GetItem:
        if (emitSliceSubscript(inst)) return true; // EmitSlice.cpp
        if (emitMachineMem(inst, r)) break;
        r = m.inlineFastPaths()
                ? emitSequenceGetItem(operand(inst, 0), operand(inst, 1))
                : callChecked(RtFn::kr_getitem, {operand(inst, 0), operand(inst, 1)});
        break;
    case Opcode::SetItem:
        if (emitSliceSubscript(inst)) return true;
        if (emitMachineMem(inst, r)) return true;
        if (m.inlineFastPaths())
            emitListSetItem(operand(inst, 0), operand(inst, 1), operand(inst, 2));
        else
            callChecked(RtFn::kr_setitem, {operand(inst, 0), operand(inst, 1), operand(inst, 2)});
        return true;
    case Opcode::DelItem:
        if (emitSliceSubscript(inst)) return true;
        callChecked(RtFn::kr_delitem, {operand(inst, 0), operand(inst, 1)});
        return true;
    case Opcode::GetAttr:
        if (emitBuiltinMethodLoad(inst, r)) break; // obj.m(...) of built-ins (EmitBuiltinCall.cpp)
        r = emitGetAttr(inst);                     // EmitAttribute.cpp
        break;
    case Opcode::SetAttr:
        emitSetAttr(inst);
        return true;
    case Opcode::DelAttr:
        callChecked(RtFn::kr_delattr, {operand(inst, 0), strConst(inst.str)});
        return true;
    case Opcode::BuildTuple:
    case Opcode::BuildList: {
        RtFn f = inst.op == Opcode::BuildTuple ? RtFn::kr_build_tuple : RtFn::kr_build_list;
        size_t n = inst.numOperands();
        r = callChecked(f, {count(n), valueArray(inst.operands, 0, n)});
        break;
    }
    case Opcode::BuildSet: {
        size_t n = inst.numOperands();
        if (n == 0) {
            r = callBuiltin("set", {});
            break;
        }
        Value *items =
            callChecked(RtFn::kr_build_tuple, {count(n), valueArray(inst.operands, 0, n)});
        r = callBuiltin("set", {items});
        break;
    }
    case Opcode::BuildDict: {
        size_t n = inst.numOperands();
        r = callChecked(RtFn::kr_build_dict, {count(n / 2), valueArray(inst.operands, 0, n)});
        break;
    }
    case Opcode::BuildSlice:
        if (isElidedSlice(inst)) return true; // its subscripts take the parts
        r = callChecked(RtFn::kr_build_slice,
                        {operand(inst, 0), operand(inst, 1), operand(inst, 2)});
        break;
    case Opcode::ListAppend:
        callChecked(RtFn::kr_list_append, {operand(inst, 0), operand(inst, 1)});
        return true;
    case Opcode::ListExtend:
        callMethod(operand(inst, 0), "extend", {operand(inst, 1)});
        return true;
    case Opcode::SetAdd:
        callMethod(operand(inst, 0), "add", {operand(inst, 1)});
        return true;
    case Opcode::DictUpdate:
        callMethod(operand(inst, 0), "update", {operand(inst, 1)});
        return true;
    case Opcode::TupleFrom:
        r = callBuiltin("tuple", {operand(inst, 0)});
        break;
    case Opcode::Unpack:
        r = emitUnpack(inst);
        break;
    case Opcode::Extract:
        r = b.CreateLoad(valueTy,
                         b.CreateConstInBoundsGEP1_32(valueTy, values.lookup(inst.operand(0)),
                                                      static_cast<unsigned>(inst.imm)));
        break;
    case Opcode::Iter:
        r = rangeLoops.count(&inst) ? emitRangeIter(inst)
                                    : callChecked(RtFn::kr_iter, {operand(inst, 0)});
        break;
    case Opcode::IterNext:
        r = rangeLoops.count(inst.operand(0)) ? emitRangeNext(inst)
                                              : callChecked(RtFn::kr_iter_next, {operand(inst, 0)});
        break;
    case Opcode::IsStop:
        r = b.CreateICmpEQ(operand(inst, 0), global(RtGlobal::kr_Stop_obj), "is.stop");
        break;
    case Opcode::Call: {
        // Emitted by the `iter` that follows it (EmitRangeLoop.cpp).
        if (rangeCalls.count(&inst)) return true;
        if (emitExternCall(inst, r)) break;        // a direct C call (EmitExternCall.cpp)
        if (emitConstructorCall(inst, r)) break;   // C(args) (EmitConstructorCall.cpp)
        if (emitBuiltinMethodCall(inst, r)) break; // EmitBuiltinCall.cpp
        if (emitNativeMethodCall(inst, r)) break;  // self.m(...) (EmitNativeCall.cpp)
        if (emitMethodCall(inst, r)) break;        // obj.m(...) after kr_load_method
        size_t n = inst.numOperands() - 1;
        const ir::Function *target = m.inlineFastPaths() ? m.likelyCallee(inst) : nullptr;
        // A proven callee with a native entry: its arguments in registers
        // (EmitNativeCall.cpp).
        if (target && inst.operand(0)->type ==
                          ir::Type::func(static_cast<uint32_t>(m.irModule().indexOf(target))))
            if (const ModuleEmitter::NativeEntry *entry = m.nativeEntry(target))
                if (canCallNative(*entry, inst)) {
                    r = emitNativeCall(*entry, operand(inst, 0), inst);
                    break;
                }
        Value *args = valueArray(inst.operands, 1, n);
        if (target) {
            r = emitGuardedDirectCall(*target, operand(inst, 0), args, n);
            break;
        }
        r = callChecked(RtFn::kr_call, {operand(inst, 0), count(n), args});
        break;
    }
    case Opcode::CallKw: {
        if (emitMethodCall(inst, r)) break;
        size_t n = inst.numOperands() - 1;
        Value *kwnames = m.loadConstant(b, m.kwNamesConstant(inst.names));
        r = callChecked(RtFn::kr_call_kw, {operand(inst, 0), count(inst.numPositionalArgs()),
                                           valueArray(inst.operands, 1, n), kwnames});
        break;
    }
    case Opcode::MakeFunction:
        r = emitMakeFunction(inst);
        break;
    case Opcode::Import:
        r = callChecked(RtFn::kr_import, {strConst(inst.str)});
        break;
    case Opcode::ImportFrom:
        r = callChecked(RtFn::kr_import_from, {operand(inst, 0), strConst(inst.str)});
        break;
    case Opcode::ImportStar:
        callChecked(RtFn::kr_import_star, {operand(inst, 0), dict()});
        return true;
    case Opcode::Format:
        r = emitFormat(inst);
        break;
    case Opcode::BuildString:
        r = emitBuildString(inst);
        break;
    case Opcode::ExcFetch:
        r = callRt(RtFn::kr_exc_fetch, {});
        break;
    case Opcode::ExcMatch: {
        Value *t =
            checkInt(callRt(RtFn::kr_exc_match, {operand(inst, 0), operand(inst, 1)}), false);
        r = b.CreateICmpNE(t, b.getInt32(0), "match");
        break;
    }
    case Opcode::CellNew:
    case Opcode::CellLoad:
    case Opcode::CellStore:
    case Opcode::CellDel:
    case Opcode::ClosureCell:
        if (!emitCellOp(inst, r)) return false;
        if (!inst.hasResult()) return true;
        break;
    case Opcode::NsLoad:
        r = emitNsLoad(inst);
        break;
    case Opcode::NsStore:
        callChecked(RtFn::kr_setitem, {operand(inst, 0), strConst(inst.str), operand(inst, 1)});
        return true;
    case Opcode::NsDel:
        callChecked(RtFn::kr_delitem, {operand(inst, 0), strConst(inst.str)});
        return true;
    case Opcode::MakeClass:
        r = emitMakeClass(inst);
        break;
    case Opcode::CallEx:
        r = emitCallEx(inst);
        break;
    case Opcode::UnpackEx:
        r = emitUnpackEx(inst);
        break;
    case Opcode::Yield:
        r = emitYield(inst);
        break;
    case Opcode::YieldFrom:
        r = emitYieldFrom(inst);
        break;
    case Opcode::Phi: {
        Type *ty = inst.type.isBool() ? static_cast<Type *>(b.getInt1Ty()) : valueTy;
        PHINode *phi = b.CreatePHI(ty, static_cast<unsigned>(inst.numOperands()));
        phis.push_back({&inst, phi});
        r = phi;
        break;
    }
    default:
        return unsupported(("the '" + std::string(inst.mnemonic()) + "' instruction").c_str());
    }
    if (!r) return false; // an emit helper reported an error
    // A native call's double result where a boxed value is wanted.
    if (r->getType()->isDoubleTy() && !unboxedFloats.count(&inst))
        r = callChecked(RtFn::kr_float_new, {r});
    if (unboxedAfterEmit(inst)) r = unboxDefinition(inst, r);
    r = adoptComplexResult(inst, r);
    if (inst.hasResult()) values[&inst] = r;
    return true;
}

bool FunctionEmitter::emitTerminator(const ir::Instruction &inst) {
    switch (inst.op) {
    case Opcode::Jump:
        b.CreateBr(blockStart.lookup(inst.blocks[0]));
        return true;
    case Opcode::Branch: {
        Value *cond = values.lookup(inst.operand(0));
        if (!cond->getType()->isIntegerTy(1)) // an object condition: test its truth
            cond = emitTruth(cond);
        b.CreateCondBr(cond, blockStart.lookup(inst.blocks[0]), blockStart.lookup(inst.blocks[1]));
        return true;
    }
    case Opcode::Return:
        if (fn.generator)
            emitGeneratorReturn(operand(inst, 0));
        else if (native)
            emitNativeReturn(inst);
        else
            b.CreateRet(operand(inst, 0));
        return true;
    case Opcode::Raise:
    case Opcode::RaiseFrom:
        callRt(RtFn::kr_raise, {operand(inst, 0)});
        failAlways();
        return true;
    case Opcode::Reraise:
        callRt(RtFn::kr_exc_restore, {operand(inst, 0)});
        failAlways(/*traceback=*/false);
        return true;
    case Opcode::AssertFail:
        callRt(RtFn::kr_raise_assertion, {inst.numOperands() ? operand(inst, 0) : valueWord(0)});
        failAlways();
        return true;
    case Opcode::Unreachable:
        b.CreateUnreachable();
        return true;
    default:
        return unsupported(("the '" + std::string(inst.mnemonic()) + "' terminator").c_str());
    }
}

} // namespace krait::codegen
