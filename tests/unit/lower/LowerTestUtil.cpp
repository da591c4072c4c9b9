//===- LowerTestUtil.cpp - Helpers for the lowering tests -----------------===//

#include "LowerTestUtil.h"

#include "frontend/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"
#include "ir/lower/Lowering.h"

namespace krait::test {

std::unique_ptr<Lowered> lowerSource(const std::string &source) {
    auto r = std::make_unique<Lowered>();
    r->file = std::make_unique<SourceFile>("prog.py", source);
    r->diags = std::make_unique<DiagnosticEngine>(*r->file, r->diagOut);
    r->ast = parseModule(*r->file, *r->diags);
    if (!r->ast || r->diags->hasErrors()) {
        r->frontendFailed = true;
        return r;
    }
    r->scopes = analyzeScopes(*r->ast, *r->diags);
    if (r->diags->hasErrors()) {
        r->frontendFailed = true;
        return r;
    }
    r->ir = lowerModule(*r->ast, *r->scopes, *r->file, *r->diags);
    if (!r->ir) return r;
    r->verified = ir::verify(*r->ir, r->verifyErrors);
    ir::PrintOptions opts;
    opts.locations = false;
    opts.predecessors = false;
    r->text = ir::toString(*r->ir, opts);
    return r;
}

const ir::Function *Lowered::function(const std::string &name) const {
    if (!ir) return nullptr;
    for (const auto &fn : ir->functions())
        if (fn->name == name) return fn.get();
    return nullptr;
}

std::string Lowered::functionText(const std::string &name) const {
    const ir::Function *fn = function(name);
    if (!fn) return "";
    ir::PrintOptions opts;
    opts.locations = false;
    opts.predecessors = false;
    return ir::toString(*fn, opts);
}

size_t countOps(const ir::Function &fn, ir::Opcode op) {
    size_t n = 0;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            n += inst->op == op;
    return n;
}

size_t countBinary(const ir::Function &fn, ir::BinaryOp op) {
    size_t n = 0;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            n += inst->op == ir::Opcode::Binary && inst->binaryOp() == op;
    return n;
}

size_t countText(const std::string &text, const std::string &needle) {
    size_t n = 0;
    for (size_t pos = text.find(needle); pos != std::string::npos;
         pos = text.find(needle, pos + needle.size()))
        ++n;
    return n;
}

} // namespace krait::test
