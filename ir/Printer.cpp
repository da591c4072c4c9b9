//===- Printer.cpp - Textual form of the IR ---------------------------------===//

#include "ir/Printer.h"

#include <charconv>
#include <cmath>
#include <ostream>
#include <sstream>
#include <unordered_map>

namespace krait::ir {

namespace {

std::string quote(const std::string &text, bool escapeHigh);

/// True when `name` prints without quotes (an ASCII identifier).
bool isBareName(const std::string &name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    return true;
}

/// `@symbol`, quoted when it holds a character the parser treats specially.
std::string symbolToken(const std::string &symbol) {
    bool bare =
        !symbol.empty() && symbol.find_first_of(" \t\r\n(),[]{}\"';!\\") == std::string::npos;
    return "@" + (bare ? symbol : quoteString(symbol));
}

std::string nameToken(const std::string &name) {
    return isBareName(name) ? name : quoteString(name);
}

/// Escapes `text` between quotes; `escapeHigh` escapes bytes >= 0x80 too
/// (bytes literals), otherwise they pass through (UTF-8 text).
std::string quote(const std::string &text, bool escapeHigh) {
    static const char Hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7f || (escapeHigh && c >= 0x80)) {
                out += "\\x";
                out += Hex[c >> 4];
                out += Hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    return out + "\"";
}

std::string floatToken(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, end);
    // Keep floats distinguishable from ints in the text.
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return s;
}

/// Numbers the values and blocks of one function for printing.
class Numbering {
  public:
    explicit Numbering(const Function *fn) {
        if (!fn) return;
        unsigned value = 0, block = 0;
        for (const auto &b : fn->blocks()) {
            blocks_[b.get()] = block++;
            for (const auto &inst : b->instructions())
                if (inst->hasResult()) values_[inst.get()] = value++;
        }
    }

    std::string value(const Instruction *v) const {
        auto it = values_.find(v);
        return it == values_.end() ? "%?" : "%" + std::to_string(it->second);
    }

    std::string block(const Block *b) const {
        auto it = blocks_.find(b);
        return it == blocks_.end() ? "bb?" : "bb" + std::to_string(it->second);
    }

  private:
    std::unordered_map<const Instruction *, unsigned> values_;
    std::unordered_map<const Block *, unsigned> blocks_;
};

std::string locToken(SourceLoc loc) {
    return "!" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
}

/// Prints one instruction line (without indentation and newline).
class InstPrinter {
  public:
    InstPrinter(const Numbering &num, const PrintOptions &opts) : num_(num), opts_(opts) {}

    std::string print(const Instruction &inst) {
        std::string line;
        if (inst.hasResult()) {
            line += num_.value(&inst);
            // Unboxed results are always annotated: they cannot be used
            // where an object is expected, and the reader should see that.
            if (inst.type != defaultResultType(inst.op) || !inst.type.isBoxed())
                line += ":" + inst.type.str();
            line += " = ";
        }
        line += inst.mnemonic();
        std::vector<std::string> args = arguments(inst);
        for (size_t i = 0; i < args.size(); ++i)
            line += (i ? ", " : " ") + args[i];
        if (opts_.locations && inst.loc.isValid()) line += " " + locToken(inst.loc);
        std::string note = comment(inst);
        if (!note.empty()) line += "  ; " + note;
        return line;
    }

  private:
    std::vector<std::string> values(const Instruction &inst, size_t from = 0) const {
        std::vector<std::string> out;
        for (size_t i = from; i < inst.operands.size(); ++i)
            out.push_back(num_.value(inst.operands[i]));
        return out;
    }

    std::vector<std::string> arguments(const Instruction &inst) const {
        std::vector<std::string> a;
        auto str = [&] { return quoteString(inst.str); };
        auto imm = [&] { return std::to_string(inst.imm); };
        auto val = [&](size_t i) { return num_.value(inst.operands[i]); };
        switch (inst.op) {
        case Opcode::ConstInt:
            return {inst.str};
        case Opcode::ConstFloat:
        case Opcode::ConstComplex:
            return {floatToken(inst.fimm)};
        case Opcode::ConstStr:
            return {str()};
        case Opcode::ConstBytes:
            return {"b" + quote(inst.str, true)};
        case Opcode::Param:
        case Opcode::SlotLoad:
        case Opcode::SlotDel:
        case Opcode::ClosureCell:
            a = {imm()};
            break;
        case Opcode::SlotStore:
            a = {imm()};
            break;
        case Opcode::GlobalLoad:
        case Opcode::GlobalStore:
        case Opcode::GlobalDel:
        case Opcode::BuiltinLoad:
        case Opcode::Import:
        case Opcode::MakeClass:
            a = {str()};
            break;
        case Opcode::CellLoad:
        case Opcode::CellDel:
        case Opcode::NsLoad:
        case Opcode::NsDel:
        case Opcode::GetAttr:
        case Opcode::DelAttr:
        case Opcode::ImportFrom:
        case Opcode::NsStore:
        case Opcode::SetAttr:
            // The object, the name, then the value (if any).
            if (!inst.operands.empty()) a.push_back(val(0));
            a.push_back(str());
            appendRest(a, inst, 1);
            return a;
        case Opcode::Unary:
            a = {inst.imm >= 0 && inst.imm < NumUnaryOps ? std::string(unaryOpName(inst.unaryOp()))
                                                         : imm()};
            break;
        case Opcode::Binary:
            a = {inst.imm >= 0 && inst.imm < NumBinaryOps
                     ? std::string(binaryOpName(inst.binaryOp()))
                     : imm()};
            break;
        case Opcode::Unpack:
        case Opcode::Extract:
        case Opcode::UnpackEx:
            if (!inst.operands.empty()) a.push_back(val(0));
            a.push_back(imm());
            if (inst.op == Opcode::UnpackEx) a.push_back(std::to_string(inst.imm2));
            appendRest(a, inst, 1);
            return a;
        case Opcode::CallKw: {
            a = values(inst);
            std::string list = "[";
            for (size_t i = 0; i < inst.names.size(); ++i)
                list += (i ? ", " : "") + quoteString(inst.names[i]);
            a.push_back(list + "]");
            return a;
        }
        case Opcode::MakeFunction: {
            a = {inst.callee ? symbolToken(inst.callee->symbol) : std::string("@?")};
            static const std::pair<int64_t, const char *> Parts[] = {{MF_Defaults, "defaults "},
                                                                     {MF_KwDefaults, "kwdefaults "},
                                                                     {MF_Closure, "closure "}};
            size_t expected = 0;
            for (auto [bit, word] : Parts) {
                if (Instruction *op = makeFunctionPart(inst, bit)) {
                    a.push_back(word + num_.value(op));
                    ++expected;
                }
            }
            appendRest(a, inst, expected); // Only malformed IR has more.
            return a;
        }
        case Opcode::Format:
            a = values(inst);
            a.push_back(imm());
            return a;
        case Opcode::Phi:
            for (size_t i = 0; i < inst.operands.size(); ++i)
                a.push_back("[" + val(i) + ", " +
                            num_.block(i < inst.blocks.size() ? inst.blocks[i] : nullptr) + "]");
            return a;
        default:
            break;
        }
        for (std::string &v : values(inst))
            a.push_back(std::move(v));
        for (const Block *b : inst.blocks)
            a.push_back(num_.block(b));
        return a;
    }

    /// Operands from `from` on and the blocks, in the generic layout.
    void appendRest(std::vector<std::string> &a, const Instruction &inst, size_t from) const {
        for (std::string &v : values(inst, from))
            a.push_back(std::move(v));
        for (const Block *b : inst.blocks)
            a.push_back(num_.block(b));
    }

    static Instruction *makeFunctionPart(const Instruction &inst, int64_t bit) {
        switch (bit) {
        case MF_Defaults:
            return inst.defaultsOperand();
        case MF_KwDefaults:
            return inst.kwDefaultsOperand();
        default:
            return inst.closureOperand();
        }
    }

    /// Slot and parameter names, for the reader.
    static std::string comment(const Instruction &inst) {
        const Function *fn = inst.parent ? inst.parent->parent() : nullptr;
        if (!fn) return "";
        switch (inst.op) {
        case Opcode::SlotLoad:
        case Opcode::SlotStore:
        case Opcode::SlotDel:
            return inst.index() < fn->slots.size() ? fn->slots[inst.index()] : "";
        case Opcode::Param:
            return inst.index() < fn->params.size() ? fn->params[inst.index()] : "";
        default:
            return "";
        }
    }

    const Numbering &num_;
    const PrintOptions &opts_;
};

std::string signature(const Function &fn) {
    std::vector<std::string> parts;
    unsigned i = 0;
    for (; i < fn.nPos && i < fn.params.size(); ++i) {
        parts.push_back(nameToken(fn.params[i]));
        if (i + 1 == fn.nPosOnly) parts.push_back("/");
    }
    unsigned kwEnd = fn.nPos + fn.nKwOnly;
    unsigned varargsIndex = kwEnd, varkwIndex = kwEnd + (fn.varargs ? 1 : 0);
    if (fn.varargs && varargsIndex < fn.params.size())
        parts.push_back("*" + nameToken(fn.params[varargsIndex]));
    else if (fn.nKwOnly)
        parts.push_back("*");
    for (; i < kwEnd && i < fn.params.size(); ++i)
        parts.push_back(nameToken(fn.params[i]));
    if (fn.varkw && varkwIndex < fn.params.size())
        parts.push_back("**" + nameToken(fn.params[varkwIndex]));
    std::string s = "(";
    for (size_t k = 0; k < parts.size(); ++k)
        s += (k ? ", " : "") + parts[k];
    return s + ")";
}

void printFunction(const Function &fn, std::ostream &out, const PrintOptions &opts) {
    out << "func " << symbolToken(fn.symbol) << signature(fn);
    if (fn.slots.size() > fn.params.size()) {
        out << " locals(";
        for (size_t i = fn.params.size(); i < fn.slots.size(); ++i)
            out << (i > fn.params.size() ? ", " : "") << nameToken(fn.slots[i]);
        out << ")";
    }
    if (fn.name != fn.symbol) out << " name " << quoteString(fn.name);
    if (fn.generator) out << " generator";
    if (fn.isModuleBody) out << " module";
    if (opts.locations && fn.loc.isValid()) out << " " << locToken(fn.loc);
    out << " {\n";

    Numbering num(&fn);
    InstPrinter printer(num, opts);
    auto preds = fn.predecessors();
    for (const auto &block : fn.blocks()) {
        out << num.block(block.get()) << ":";
        if (block->handler) out << " (handler " << num.block(block->handler) << ")";
        auto it = preds.find(block.get());
        if (opts.predecessors && it != preds.end()) {
            out << "  ; preds";
            for (size_t i = 0; i < it->second.size(); ++i)
                out << (i ? ", " : " ") << num.block(it->second[i]);
        }
        out << "\n";
        for (const auto &inst : block->instructions())
            out << "  " << printer.print(*inst) << "\n";
    }
    out << "}\n";
}

} // namespace

std::string quoteString(const std::string &text) {
    return quote(text, false);
}

void print(const Function &fn, std::ostream &out, const PrintOptions &opts) {
    printFunction(fn, out, opts);
}

void print(const Module &module, std::ostream &out, const PrintOptions &opts) {
    out << "module " << quoteString(module.name) << " file " << quoteString(module.path) << "\n";
    for (const auto &fn : module.functions()) {
        out << "\n";
        printFunction(*fn, out, opts);
    }
}

std::string toString(const Module &module, const PrintOptions &opts) {
    std::ostringstream out;
    print(module, out, opts);
    return out.str();
}

std::string toString(const Function &fn, const PrintOptions &opts) {
    std::ostringstream out;
    print(fn, out, opts);
    return out.str();
}

std::string toString(const Instruction &inst, const PrintOptions &opts) {
    const Function *fn = inst.parent ? inst.parent->parent() : nullptr;
    Numbering num(fn);
    return InstPrinter(num, opts).print(inst);
}

} // namespace krait::ir
