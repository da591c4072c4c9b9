//===- Builder.h - Creating IR instructions --------------------*- C++ -*-===//
///
/// \file
/// `IRBuilder` appends instructions to a current block, stamping each with
/// the current source location and its opcode's default result type. There
/// is one factory method per opcode.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_BUILDER_H
#define KRAIT_IR_BUILDER_H

#include "ir/IR.h"

#include <string>
#include <vector>

namespace krait::ir {

/// Builds instructions at the end of a block.
class IRBuilder {
  public:
    IRBuilder() = default;
    /// A builder appending to `block`.
    explicit IRBuilder(Block *block) { setInsertPoint(block); }

    /// Makes `block` the current block (and its function the current one).
    void setInsertPoint(Block *block);
    /// The current block.
    Block *insertBlock() const { return block_; }
    /// Sets the function new blocks go to, without choosing a block.
    void setFunction(Function *fn) { fn_ = fn; }
    /// The current function.
    Function *function() const { return fn_; }
    /// Sets the location stamped on the next instructions.
    void setLoc(SourceLoc loc) { loc_ = loc; }
    /// Sets the location from a line and column.
    void setLoc(uint32_t line, uint32_t col) { loc_ = SourceLoc{line, col}; }
    /// The current location.
    SourceLoc loc() const { return loc_; }
    /// Creates a new block at the end of the current function's layout (it
    /// does not change the insert point).
    Block *createBlock();
    /// True when the current block already ends in a terminator (then nothing
    /// more may be appended to it).
    bool isTerminated() const;

    /// Creates an instruction of any opcode with its default result type and
    /// appends it. The typed factories below are preferred.
    Instruction *create(Opcode op, std::vector<Instruction *> operands = {});

    //===--- Constants --------------------------------------------------===//
    /// An int literal from its decimal digits (optional leading '-', no '_';
    /// any size).
    Instruction *constInt(std::string digits);
    /// An int literal from a machine integer.
    Instruction *constInt(int64_t value);
    /// A float literal.
    Instruction *constFloat(double value);
    /// An imaginary literal: the complex number `imag`j (real part 0.0).
    Instruction *constComplex(double imag);
    /// A str literal (UTF-8).
    Instruction *constStr(std::string utf8);
    /// A bytes literal (raw bytes).
    Instruction *constBytes(std::string data);
    /// `None`.
    Instruction *constNone();
    /// The `True` object (an `object` value, not a truth bit).
    Instruction *constTrue();
    /// The `False` object.
    Instruction *constFalse();
    /// `...`.
    Instruction *constEllipsis();

    //===--- Locals, cells, globals, namespaces ------------------------===//
    /// Value of parameter `index` at entry.
    Instruction *param(unsigned index);
    /// Reads slot `index` (raises if unbound).
    Instruction *slotLoad(unsigned index);
    /// Writes slot `index`.
    void slotStore(unsigned index, Instruction *value);
    /// Unbinds slot `index` (raises if unbound).
    void slotDel(unsigned index);
    /// A new cell, empty or holding `initial`.
    Instruction *cellNew(Instruction *initial = nullptr);
    /// Reads a cell; `varName` is used in the unbound-variable error.
    Instruction *cellLoad(Instruction *cell, std::string varName);
    /// Writes a cell.
    void cellStore(Instruction *cell, Instruction *value);
    /// Empties a cell; `varName` is used in the error when already empty.
    void cellDel(Instruction *cell, std::string varName);
    /// Cell `index` of the running function's closure.
    Instruction *closureCell(unsigned index);
    /// A module global, then a builtin (raises NameError).
    Instruction *globalLoad(std::string name);
    /// Writes a module global.
    void globalStore(std::string name, Instruction *value);
    /// Deletes a module global (raises NameError).
    void globalDel(std::string name);
    /// A builtin by name (raises NameError).
    Instruction *builtinLoad(std::string name);
    /// The module's globals dict (`globals()`, and `locals()` outside class bodies).
    Instruction *globals();
    /// Class-body name lookup: the namespace dict `ns`, then globals, then
    /// builtins.
    Instruction *nsLoad(Instruction *ns, std::string name);
    /// Class-body name store into the namespace dict `ns`.
    void nsStore(Instruction *ns, std::string name, Instruction *value);
    /// Class-body name deletion (raises NameError).
    void nsDel(Instruction *ns, std::string name);

    //===--- Operators --------------------------------------------------===//
    /// `op a` (raises).
    Instruction *unary(UnaryOp op, Instruction *a);
    /// `a op b`, a comparison, `in`, `is`, or an in-place form (raises).
    Instruction *binary(BinaryOp op, Instruction *a, Instruction *b);
    /// The truth bit of `a`.
    Instruction *truth(Instruction *a);
    /// True/False object from a truth bit.
    Instruction *box(Instruction *bit);

    //===--- Items and attributes ---------------------------------------===//
    /// `obj[index]` (raises).
    Instruction *getItem(Instruction *obj, Instruction *index);
    /// `obj[index] = value` (raises).
    void setItem(Instruction *obj, Instruction *index, Instruction *value);
    /// `del obj[index]` (raises).
    void delItem(Instruction *obj, Instruction *index);
    /// `obj.name` (raises).
    Instruction *getAttr(Instruction *obj, std::string name);
    /// `obj.name = value` (raises).
    void setAttr(Instruction *obj, std::string name, Instruction *value);
    /// `del obj.name` (raises).
    void delAttr(Instruction *obj, std::string name);

    //===--- Containers -------------------------------------------------===//
    /// A tuple of `items`.
    Instruction *buildTuple(std::vector<Instruction *> items);
    /// A list of `items`.
    Instruction *buildList(std::vector<Instruction *> items);
    /// A set of `items` (raises: unhashable).
    Instruction *buildSet(std::vector<Instruction *> items);
    /// `keysValues` holds k0, v0, k1, v1...
    Instruction *buildDict(std::vector<Instruction *> keysValues);
    /// slice(lo, hi, step); pass `const.none` values for absent parts.
    Instruction *buildSlice(Instruction *lo, Instruction *hi, Instruction *step);
    /// `list.append(value)` (comprehensions).
    void listAppend(Instruction *list, Instruction *value);
    /// `list.extend(iterable)` (starred displays; raises).
    void listExtend(Instruction *list, Instruction *iterable);
    /// `set.add(value)` (raises: unhashable).
    void setAdd(Instruction *set, Instruction *value);
    /// `dict.update(mapping)` (`**` in displays and calls; raises).
    void dictUpdate(Instruction *dict, Instruction *mapping);
    /// tuple(iterable).
    Instruction *tupleFrom(Instruction *iterable);
    /// Unpacks exactly `n` items.
    Instruction *unpack(Instruction *seq, unsigned n);
    /// Unpacks `before` items, a list of the rest, then `after` items
    /// (`a, *b, c = seq`: before 1, after 1; the result has before+1+after
    /// items).
    Instruction *unpackEx(Instruction *seq, unsigned before, unsigned after);
    /// Item `i` of an unpack result.
    Instruction *extract(Instruction *unpacked, unsigned i);

    //===--- Iteration and generators -----------------------------------===//
    /// `iter(obj)` (raises).
    Instruction *iter(Instruction *obj);
    /// The next item, or the stop marker (test with `isStop`).
    Instruction *iterNext(Instruction *it);
    /// The truth bit "v is the stop marker of `iter.next`".
    Instruction *isStop(Instruction *v);
    /// Yields `v`; the result is the value sent in (None for next()).
    Instruction *yield(Instruction *v);
    /// Delegates to `iterable`; the result is its return value.
    Instruction *yieldFrom(Instruction *iterable);

    //===--- Calls, functions, classes, modules -------------------------===//
    /// `f(*args)` with positional arguments (raises).
    Instruction *call(Instruction *f, std::vector<Instruction *> args);
    /// Call with `args` = positional args then keyword values, one per name
    /// in `names`.
    Instruction *callKw(Instruction *f, std::vector<Instruction *> args,
                        std::vector<std::string> names);
    /// Call with a tuple of positional arguments and an optional dict of
    /// keyword arguments (null: none).
    Instruction *callEx(Instruction *f, Instruction *argsTuple, Instruction *kwargsDict);
    /// Function object for `fn`, with optional defaults tuple, keyword
    /// defaults dict and closure tuple of cells (null: absent).
    Instruction *makeFunction(Function *fn, Instruction *defaults = nullptr,
                              Instruction *kwDefaults = nullptr, Instruction *closure = nullptr);
    /// Class `name` from its namespace dict (the body already ran) and bases.
    Instruction *makeClass(std::string name, Instruction *ns, std::vector<Instruction *> bases);
    /// `import name`.
    Instruction *import(std::string name);
    /// `from module import name` (ImportError when missing).
    Instruction *importFrom(Instruction *module, std::string name);
    /// `from module import *` into the module globals.
    void importStar(Instruction *module);

    //===--- Strings ----------------------------------------------------===//
    /// An f-string field: `spec` may be null.
    Instruction *format(Instruction *v, Instruction *spec, FormatConv conv);
    /// Concatenation of str parts.
    Instruction *buildString(std::vector<Instruction *> parts);

    //===--- Exceptions and SSA -----------------------------------------===//
    /// Takes the pending exception (first instruction of a handler block).
    Instruction *excFetch();
    /// The exception matches `type` (a class or tuple of classes).
    Instruction *excMatch(Instruction *exc, Instruction *type);
    /// A phi of type `type` with no incoming values yet (inserted after the
    /// block's existing phis).
    Instruction *phi(Type type = Type::object());
    /// Adds an incoming value to a phi.
    static void addIncoming(Instruction *phi, Instruction *value, Block *pred);

    //===--- Terminators ------------------------------------------------===//
    /// Unconditional jump.
    void jump(Block *target);
    /// Branch on a truth bit (a `bool` value).
    void branch(Instruction *cond, Block *ifTrue, Block *ifFalse);
    /// Returns `value`.
    void ret(Instruction *value);
    /// Raises an exception instance or class.
    void raise(Instruction *exc);
    /// `raise exc from cause`.
    void raiseFrom(Instruction *exc, Instruction *cause);
    /// Makes `exc` pending again without a new traceback entry.
    void reraise(Instruction *exc);
    /// AssertionError with an optional message (null: none).
    void assertFail(Instruction *msg);
    /// Marks the end of a block control never reaches.
    void unreachable();

  private:
    Instruction *append(Opcode op, std::vector<Instruction *> operands);

    Function *fn_ = nullptr;
    Block *block_ = nullptr;
    SourceLoc loc_;
};

} // namespace krait::ir

#endif // KRAIT_IR_BUILDER_H
