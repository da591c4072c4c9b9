//===- runtime/iterators.h - lazy iterator builtins -------------*- C++ -*-===//
//
// The types behind enumerate(), zip(), map(), filter() and reversed(): each
// is called like a function and iterates lazily.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_ITERATORS_H
#define KRAIT_RUNTIME_ITERATORS_H

#include "object.h"

extern "C" {
/// enumerate(iterable, start=0): (index, item) pairs.
extern const kr_type kr_type_enumerate;
/// zip(*iterables): tuples of one item from each, to the shortest.
extern const kr_type kr_type_zip;
/// map(fn, *iterables): fn applied to one item from each.
extern const kr_type kr_type_map;
/// filter(fn, iterable): the items for which fn (or, for None, the item) is true.
extern const kr_type kr_type_filter;
/// reversed(seq): a sequence's items from the last, by len() and indexing.
extern const kr_type kr_type_reversed;
}

/// iter(fn, sentinel): an iterator calling fn() until it returns a value
/// equal to sentinel. 0 on MemoryError.
kr_value kr_callable_iter_new(kr_value fn, kr_value sentinel);

#endif // KRAIT_RUNTIME_ITERATORS_H
