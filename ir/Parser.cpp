//===- Parser.cpp - Reading the textual IR ----------------------------------===//
//
// Line-oriented: every line is a module header, a function header, a block
// label, an instruction or a closing brace. Operands, block references and
// `make.function` callees may refer forward, so they are recorded by name
// and resolved at the end of each function (values, blocks) or of the module
// (callees).
//
//===----------------------------------------------------------------------===//

#include "ir/Parser.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace krait::ir {

namespace {

enum class Tok { Value, Block, Symbol, String, Bytes, Number, Ident, Loc, Punct, End };

struct Token {
    Tok kind = Tok::End;
    std::string text; ///< Decoded string, name without sigil, number text, punct.
    SourceLoc loc;    ///< For Tok::Loc.
};

/// A parse failure; carries the message.
struct ParseError {
    std::string message;
};

bool isSymbolChar(char c) {
    return !std::isspace(static_cast<unsigned char>(c)) &&
           std::string_view("(),[]{}\"';!\\").find(c) == std::string_view::npos;
}

bool isIdentStart(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}
bool isIdentChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
}

/// Splits one line into tokens (comments already stripped).
class Lexer {
  public:
    explicit Lexer(std::string_view line) : s_(line) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        while (true) {
            while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_])))
                ++pos_;
            if (pos_ >= s_.size()) break;
            out.push_back(next());
        }
        out.push_back(Token{Tok::End, "", {}});
        return out;
    }

  private:
    Token next() {
        char c = s_[pos_];
        if (c == '%') {
            ++pos_;
            return {Tok::Value, digits(), {}};
        }
        if (c == '@') {
            ++pos_;
            if (pos_ < s_.size() && s_[pos_] == '"') return {Tok::Symbol, quoted(), {}};
            size_t start = pos_;
            while (pos_ < s_.size() && isSymbolChar(s_[pos_]))
                ++pos_;
            if (start == pos_) throw ParseError{"empty function symbol"};
            return {Tok::Symbol, std::string(s_.substr(start, pos_ - start)), {}};
        }
        if (c == '"') return {Tok::String, quoted(), {}};
        if (c == 'b' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
            ++pos_;
            return {Tok::Bytes, quoted(), {}};
        }
        if (c == '!') {
            ++pos_;
            Token t{Tok::Loc, "", {}};
            t.loc.line = static_cast<uint32_t>(std::stoul(digits()));
            expectChar(':');
            t.loc.col = static_cast<uint32_t>(std::stoul(digits()));
            return t;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '-') return number();
        if (isIdentStart(c)) {
            size_t start = pos_;
            while (pos_ < s_.size() && isIdentChar(s_[pos_]))
                ++pos_;
            std::string word(s_.substr(start, pos_ - start));
            if (word.size() > 2 && word.compare(0, 2, "bb") == 0 &&
                std::all_of(word.begin() + 2, word.end(),
                            [](char d) { return std::isdigit(static_cast<unsigned char>(d)); }))
                return {Tok::Block, word.substr(2), {}};
            if (word == "inf" || word == "nan") return {Tok::Number, word, {}};
            return {Tok::Ident, word, {}};
        }
        if (c == '*' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '*') {
            pos_ += 2;
            return {Tok::Punct, "**", {}};
        }
        if (std::string_view("()[]{},:=*/").find(c) != std::string_view::npos) {
            ++pos_;
            return {Tok::Punct, std::string(1, c), {}};
        }
        throw ParseError{std::string("unexpected character '") + c + "'"};
    }

    void expectChar(char c) {
        if (pos_ >= s_.size() || s_[pos_] != c)
            throw ParseError{std::string("expected '") + c + "'"};
        ++pos_;
    }

    std::string digits() {
        size_t start = pos_;
        while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_])))
            ++pos_;
        if (start == pos_) throw ParseError{"expected digits"};
        return std::string(s_.substr(start, pos_ - start));
    }

    Token number() {
        size_t start = pos_;
        if (s_[pos_] == '-') ++pos_;
        if (s_.substr(pos_, 3) == "inf") {
            pos_ += 3;
            return {Tok::Number, std::string(s_.substr(start, pos_ - start)), {}};
        }
        while (pos_ < s_.size()) {
            char d = s_[pos_];
            bool exponentSign = (d == '+' || d == '-') && pos_ > start &&
                                (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E');
            if (!(std::isdigit(static_cast<unsigned char>(d)) || d == '.' || d == 'e' || d == 'E' ||
                  exponentSign))
                break;
            ++pos_;
        }
        std::string text(s_.substr(start, pos_ - start));
        if (text == "-" || text.empty()) throw ParseError{"malformed number"};
        return {Tok::Number, text, {}};
    }

    std::string quoted() {
        expectChar('"');
        std::string out;
        while (true) {
            if (pos_ >= s_.size()) throw ParseError{"unterminated string"};
            char c = s_[pos_++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size()) throw ParseError{"unterminated string"};
            char e = s_[pos_++];
            switch (e) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case 'x': {
                if (pos_ + 2 > s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[pos_])) ||
                    !std::isxdigit(static_cast<unsigned char>(s_[pos_ + 1])))
                    throw ParseError{"bad \\x escape"};
                out += static_cast<char>(std::stoi(std::string(s_.substr(pos_, 2)), nullptr, 16));
                pos_ += 2;
                break;
            }
            default:
                throw ParseError{std::string("unknown escape \\") + e};
            }
        }
    }

    std::string_view s_;
    size_t pos_ = 0;
};

/// Removes a `;` comment (outside string literals).
std::string_view stripComment(std::string_view line) {
    bool inString = false;
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ';') {
            return line.substr(0, i);
        }
    }
    return line;
}

/// Cursor over one line's tokens.
class TokenStream {
  public:
    explicit TokenStream(std::vector<Token> toks) : toks_(std::move(toks)) {}

    const Token &peek(size_t ahead = 0) const {
        return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
    }
    Token take() {
        Token t = peek();
        if (pos_ < toks_.size() - 1) ++pos_;
        return t;
    }
    bool atEnd() const { return peek().kind == Tok::End; }
    bool isPunct(const char *p) const { return peek().kind == Tok::Punct && peek().text == p; }
    bool isIdent(const char *w) const { return peek().kind == Tok::Ident && peek().text == w; }
    bool acceptPunct(const char *p) {
        if (!isPunct(p)) return false;
        take();
        return true;
    }
    void expectPunct(const char *p) {
        if (!acceptPunct(p)) throw ParseError{std::string("expected '") + p + "'"};
    }
    Token expect(Tok kind, const char *what) {
        if (peek().kind != kind) throw ParseError{std::string("expected ") + what};
        return take();
    }
    void expectEnd() {
        if (!atEnd()) throw ParseError{"unexpected '" + peek().text + "' at end of line"};
    }

  private:
    std::vector<Token> toks_;
    size_t pos_ = 0;
};

/// An operand or block reference waiting for the end of the function.
struct Pending {
    Instruction *inst;
    std::vector<std::string> operands; ///< Value numbers (digits).
    std::vector<std::string> blocks;   ///< Block numbers (digits).
    unsigned line;
};

class ModuleParser {
  public:
    explicit ModuleParser(std::string_view text) : text_(text) {}

    std::unique_ptr<Module> run() {
        size_t start = 0;
        while (start <= text_.size()) {
            size_t end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            ++line_;
            std::string_view raw = stripComment(text_.substr(start, end - start));
            TokenStream ts(Lexer(raw).run());
            if (!ts.atEnd()) parseLine(ts);
            start = end + 1;
        }
        if (!module_) throw ParseError{"missing module header"};
        if (fn_) throw ParseError{"unterminated function @" + fn_->symbol};
        resolveCallees();
        return std::move(module_);
    }

    unsigned line() const { return line_; }

  private:
    void parseLine(TokenStream &ts) {
        if (ts.isIdent("module") && !fn_) return parseModuleHeader(ts);
        if (!module_) throw ParseError{"expected 'module' header"};
        if (ts.isIdent("func") && !fn_) return parseFunctionHeader(ts);
        if (!fn_) throw ParseError{"expected 'func'"};
        if (ts.isPunct("}")) {
            ts.take();
            ts.expectEnd();
            return finishFunction();
        }
        if (ts.peek().kind == Tok::Block && ts.peek(1).kind == Tok::Punct && ts.peek(1).text == ":")
            return parseBlockLabel(ts);
        if (!block_) throw ParseError{"instruction outside a block"};
        parseInstruction(ts);
    }

    void parseModuleHeader(TokenStream &ts) {
        if (module_) throw ParseError{"second module header"};
        ts.take();
        std::string name = ts.expect(Tok::String, "module name string").text;
        if (!ts.isIdent("file")) throw ParseError{"expected 'file'"};
        ts.take();
        std::string path = ts.expect(Tok::String, "file path string").text;
        ts.expectEnd();
        module_ = std::make_unique<Module>(name, path);
    }

    std::string parseName(TokenStream &ts) {
        if (ts.peek().kind == Tok::Ident || ts.peek().kind == Tok::String) return ts.take().text;
        throw ParseError{"expected a name"};
    }

    void parseFunctionHeader(TokenStream &ts) {
        ts.take();
        std::string symbol = ts.expect(Tok::Symbol, "@symbol").text;
        if (module_->lookup(symbol)) throw ParseError{"function @" + symbol + " defined twice"};
        std::vector<std::string> positional, kwOnly;
        std::string varargsName, varkwName;
        bool sawStar = false;
        unsigned nPosOnly = 0;
        ts.expectPunct("(");
        while (!ts.acceptPunct(")")) {
            if (!positional.empty() || !kwOnly.empty() || sawStar || !varkwName.empty())
                ts.expectPunct(",");
            if (ts.acceptPunct("/")) {
                if (sawStar || positional.empty() || nPosOnly)
                    throw ParseError{"misplaced '/' in parameters"};
                nPosOnly = static_cast<unsigned>(positional.size());
            } else if (ts.acceptPunct("**")) {
                varkwName = parseName(ts);
            } else if (ts.acceptPunct("*")) {
                sawStar = true;
                if (ts.peek().kind == Tok::Ident || ts.peek().kind == Tok::String)
                    varargsName = parseName(ts);
            } else {
                (sawStar ? kwOnly : positional).push_back(parseName(ts));
            }
        }
        std::vector<std::string> locals;
        if (ts.isIdent("locals")) {
            ts.take();
            ts.expectPunct("(");
            while (!ts.acceptPunct(")")) {
                if (!locals.empty()) ts.expectPunct(",");
                locals.push_back(parseName(ts));
            }
        }
        std::string name = symbol;
        bool generator = false, moduleBody = false;
        SourceLoc loc;
        while (!ts.isPunct("{")) {
            if (ts.isIdent("name")) {
                ts.take();
                name = ts.expect(Tok::String, "function name string").text;
            } else if (ts.isIdent("generator")) {
                ts.take();
                generator = true;
            } else if (ts.isIdent("module")) {
                ts.take();
                moduleBody = true;
            } else if (ts.peek().kind == Tok::Loc) {
                loc = ts.take().loc;
            } else {
                throw ParseError{"unexpected '" + ts.peek().text + "' in function header"};
            }
        }
        ts.take();
        ts.expectEnd();

        fn_ = module_->createFunction(name, symbol);
        fn_->setParams(positional, kwOnly, varargsName, varkwName);
        fn_->nPosOnly = nPosOnly;
        for (const std::string &l : locals)
            fn_->addSlot(l);
        fn_->generator = generator;
        fn_->isModuleBody = moduleBody;
        fn_->loc = loc;
    }

    Block *blockNamed(const std::string &digits) {
        auto [it, inserted] = blocks_.try_emplace(digits, nullptr);
        if (inserted) it->second = fn_->createBlock();
        return it->second;
    }

    void parseBlockLabel(TokenStream &ts) {
        std::string id = ts.take().text;
        ts.take(); // ':'
        if (!definedBlocks_.insert(id).second) throw ParseError{"block bb" + id + " defined twice"};
        block_ = blockNamed(id);
        layout_.push_back(block_); // Labels appear in layout order.
        if (ts.acceptPunct("(")) {
            if (!ts.isIdent("handler")) throw ParseError{"expected 'handler'"};
            ts.take();
            block_->handler = blockNamed(ts.expect(Tok::Block, "handler block").text);
            ts.expectPunct(")");
        }
        ts.expectEnd();
    }

    void parseInstruction(TokenStream &ts) {
        std::string resultName;
        std::optional<Type> type;
        if (ts.peek().kind == Tok::Value) {
            resultName = ts.take().text;
            if (ts.acceptPunct(":")) type = parseType(ts);
            ts.expectPunct("=");
        }
        std::string mnem = ts.expect(Tok::Ident, "an opcode").text;
        std::optional<Opcode> op = opcodeFromMnemonic(mnem);
        if (!op) throw ParseError{"unknown opcode '" + mnem + "'"};
        if (hasResult(*op) != !resultName.empty())
            throw ParseError{
                std::string(hasResult(*op) ? "missing result for '" : "unexpected result for '") +
                mnem + "'"};
        if (block_->isTerminated())
            throw ParseError{"instruction after the terminator of its block"};

        auto inst = std::make_unique<Instruction>(*op, type ? *type : defaultResultType(*op));
        inst->id = fn_->nextInstructionId();
        Pending pending{inst.get(), {}, {}, line_};
        parseArguments(ts, *inst, pending);
        Instruction *raw = block_->append(std::move(inst));
        if (!resultName.empty() && !values_.emplace(resultName, raw).second)
            throw ParseError{"value %" + resultName + " defined twice"};
        pending_.push_back(std::move(pending));
    }

    Type parseType(TokenStream &ts) {
        std::string text = ts.expect(Tok::Ident, "a type").text;
        if (ts.acceptPunct("(")) {
            text += "(" + ts.expect(Tok::Number, "a type id").text + ")";
            ts.expectPunct(")");
        }
        std::optional<Type> t = Type::parse(text);
        if (!t) throw ParseError{"unknown type '" + text + "'"};
        return *t;
    }

    /// Reads the comma-separated arguments; each kind of item goes to its
    /// field (see the printer for the per-opcode layouts).
    void parseArguments(TokenStream &ts, Instruction &inst, Pending &pending) {
        unsigned ints = 0;
        std::vector<std::pair<int64_t, std::string>> mfParts;
        bool first = true;
        while (!ts.atEnd() && ts.peek().kind != Tok::Loc) {
            if (!first) ts.expectPunct(",");
            first = false;
            Token t = ts.take();
            switch (t.kind) {
            case Tok::Value:
                pending.operands.push_back(t.text);
                break;
            case Tok::Block:
                pending.blocks.push_back(t.text);
                break;
            case Tok::Symbol:
                calleeRefs_.push_back({&inst, t.text, line_});
                break;
            case Tok::String:
            case Tok::Bytes:
                inst.str = t.text;
                break;
            case Tok::Number:
                numberArgument(inst, t.text, ints++);
                break;
            case Tok::Ident:
                identArgument(ts, inst, t.text, mfParts);
                break;
            case Tok::Punct:
                if (t.text != "[") throw ParseError{"unexpected '" + t.text + "'"};
                bracketArgument(ts, inst, pending);
                break;
            default:
                throw ParseError{"unexpected token"};
            }
        }
        if (ts.peek().kind == Tok::Loc) inst.loc = ts.take().loc;
        ts.expectEnd();
        std::sort(mfParts.begin(), mfParts.end());
        for (auto &[bit, value] : mfParts) {
            inst.imm |= bit;
            pending.operands.push_back(value);
        }
    }

    void numberArgument(Instruction &inst, const std::string &text, unsigned index) {
        if (inst.op == Opcode::ConstInt) {
            inst.str = text;
            return;
        }
        if (inst.op == Opcode::ConstFloat || inst.op == Opcode::ConstComplex) {
            if (text == "nan")
                inst.fimm = std::nan("");
            else
                inst.fimm = std::strtod(text.c_str(), nullptr);
            return;
        }
        char *end = nullptr;
        long long v = std::strtoll(text.c_str(), &end, 10);
        if (*end) throw ParseError{"expected an integer, got '" + text + "'"};
        if (index == 0)
            inst.imm = v;
        else if (index == 1)
            inst.imm2 = v;
        else
            throw ParseError{"too many integer immediates"};
    }

    void identArgument(TokenStream &ts, Instruction &inst, const std::string &word,
                       std::vector<std::pair<int64_t, std::string>> &mfParts) {
        if (inst.op == Opcode::Unary) {
            auto u = unaryOpFromName(word);
            if (!u) throw ParseError{"unknown unary operator '" + word + "'"};
            inst.imm = static_cast<int64_t>(*u);
            return;
        }
        if (inst.op == Opcode::Binary) {
            auto b = binaryOpFromName(word);
            if (!b) throw ParseError{"unknown binary operator '" + word + "'"};
            inst.imm = static_cast<int64_t>(*b);
            return;
        }
        if (inst.op == Opcode::MakeFunction) {
            int64_t bit = word == "defaults"     ? MF_Defaults
                          : word == "kwdefaults" ? MF_KwDefaults
                          : word == "closure"    ? MF_Closure
                                                 : 0;
            if (!bit) throw ParseError{"unknown make.function part '" + word + "'"};
            mfParts.push_back({bit, ts.expect(Tok::Value, "a value").text});
            return;
        }
        throw ParseError{"unexpected word '" + word + "'"};
    }

    /// `[%v, bbN]` (phi) or `["name", ...]` (call.kw names).
    void bracketArgument(TokenStream &ts, Instruction &inst, Pending &pending) {
        if (ts.peek().kind == Tok::Value) {
            pending.operands.push_back(ts.take().text);
            ts.expectPunct(",");
            pending.blocks.push_back(ts.expect(Tok::Block, "a block").text);
            ts.expectPunct("]");
            return;
        }
        while (!ts.acceptPunct("]")) {
            if (!inst.names.empty()) ts.expectPunct(",");
            inst.names.push_back(ts.expect(Tok::String, "a keyword name").text);
        }
    }

    void finishFunction() {
        for (const auto &[id, block] : blocks_)
            if (!definedBlocks_.count(id))
                throw ParseError{"block bb" + id + " is used but not defined"};
        for (const Pending &p : pending_) {
            for (const std::string &v : p.operands) {
                auto it = values_.find(v);
                if (it == values_.end())
                    throw ParseError{"line " + std::to_string(p.line) + ": undefined value %" + v};
                p.inst->operands.push_back(it->second);
            }
            for (const std::string &b : p.blocks) {
                if (!definedBlocks_.count(b))
                    throw ParseError{"line " + std::to_string(p.line) + ": block bb" + b +
                                     " is used but not defined"};
                p.inst->blocks.push_back(blocks_.at(b));
            }
        }
        fn_->reorderBlocks(layout_);
        layout_.clear();
        pending_.clear();
        values_.clear();
        blocks_.clear();
        definedBlocks_.clear();
        fn_ = nullptr;
        block_ = nullptr;
    }

    void resolveCallees() {
        for (const CalleeRef &ref : calleeRefs_) {
            ref.inst->callee = module_->lookup(ref.symbol);
            if (!ref.inst->callee)
                throw ParseError{"line " + std::to_string(ref.line) + ": unknown function @" +
                                 ref.symbol};
        }
    }

    struct CalleeRef {
        Instruction *inst;
        std::string symbol;
        unsigned line;
    };

    std::string_view text_;
    unsigned line_ = 0;
    std::unique_ptr<Module> module_;
    Function *fn_ = nullptr;
    Block *block_ = nullptr;
    std::map<std::string, Instruction *> values_;
    std::map<std::string, Block *> blocks_;
    std::set<std::string> definedBlocks_;
    std::vector<Block *> layout_;
    std::vector<Pending> pending_;
    std::vector<CalleeRef> calleeRefs_;
};

} // namespace

std::unique_ptr<Module> parseModule(std::string_view text, std::string &error) {
    ModuleParser parser(text);
    try {
        return parser.run();
    } catch (const ParseError &e) {
        // Errors raised while resolving already carry their own line.
        error = e.message.compare(0, 5, "line ") == 0
                    ? e.message
                    : "line " + std::to_string(parser.line()) + ": " + e.message;
        return nullptr;
    } catch (const std::exception &e) {
        // Out-of-range numbers (std::stoul and friends).
        error = "line " + std::to_string(parser.line()) + ": bad number (" + e.what() + ")";
        return nullptr;
    }
}

} // namespace krait::ir
