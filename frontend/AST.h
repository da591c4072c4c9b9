//===- AST.h - Abstract syntax tree for Python 3 ---------------*- C++ -*-===//
///
/// \file
/// The AST of the Python 3 grammar that MicroPython accepts. Node names and
/// fields follow CPython's `ast` module where possible.
///
/// Conventions:
///  - Every node has a `range` (see SourceLocation.h).
///  - Children are owned through `std::unique_ptr`; optional children are
///    null when absent.
///  - Dynamic type checks use LLVM-style `classof` with the small `isa<>`,
///    `cast<>` and `dyn_cast<>` helpers of ASTNode.h (llvm::isa works as well).
///  - `async def`, `async for` and `async with` are the non-async node with
///    `isAsync = true`.
///  - Scope analysis (Scope.h) fills the `binding` / `scope` fields.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_AST_H
#define KRAIT_FRONTEND_AST_H

// One header per part: node kinds and bases, expressions, statements.
#include "frontend/ASTNode.h"
#include "frontend/ASTExpr.h"
#include "frontend/ASTStmt.h"

#endif // KRAIT_FRONTEND_AST_H
