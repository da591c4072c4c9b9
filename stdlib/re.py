# re: MicroPython's regular expressions. The syntax is MicroPython's subset
# (. [] [^] ^ $ ? * + ?? *? +? | () (?:) \d \D \s \S \w \W) plus counted
# repetition {m}, {m,}, {m,n}. A pattern compiles to a small program for a
# backtracking machine, as in Pike's and Thompson's constructions: CHAR,
# ANY, CLASS, SPLIT (try one branch, keep the other), JMP, SAVE (group
# bounds), BOL, EOL, MATCH. A loop whose body matched nothing does not go
# round again, so patterns like (a*)* terminate.

DEBUG = 0x1000

# Opcodes.
_CHAR = 0
_ANY = 1
_CLASS = 2
_SPLIT = 3
_JMP = 4
_SAVE = 5
_BOL = 6
_EOL = 7
_MATCH = 8
_MARK = 9      # remember where a loop iteration started (in a loop register)
_PROGRESS = 10  # fall through only if the iteration consumed something

_DIGITS = [("0", "9")]
_SPACES = [(" ", " "), ("\t", "\r")]
_WORD = [("0", "9"), ("A", "Z"), ("_", "_"), ("a", "z")]


def _error():
    raise ValueError("Error in regex")


class _Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.ngroups = 1  # group 0 is the whole match

    def more(self):
        return self.i < len(self.p)

    def peek(self):
        return self.p[self.i]

    # Each node: (kind, ...) with kinds "seq", "alt", "char", "any",
    # "class", "group", "repeat", "bol", "eol".
    def alternation(self):
        branches = [self.sequence()]
        while self.more() and self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return ("alt", branches)

    def sequence(self):
        items = []
        while self.more() and self.peek() not in "|)":
            items.append(self.repeat(self.atom()))
        return ("seq", items)

    def atom(self):
        c = self.peek()
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "(":
            index = None
            if self.p[self.i:self.i + 2] == "?:":
                self.i += 2
            else:
                index = self.ngroups
                self.ngroups += 1
            inner = self.alternation()
            if not self.more() or self.peek() != ")":
                _error()
            self.i += 1
            return ("group", index, inner)
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape(False)
        if c in "*+?)":
            _error()
        if c == "{" and self.counted_ahead():
            _error()
        return ("char", c)

    def escape(self, in_class):
        if not self.more():
            _error()
        c = self.peek()
        self.i += 1
        if c == "d":
            return ("class", _DIGITS, False)
        if c == "D":
            return ("class", _DIGITS, True)
        if c == "s":
            return ("class", _SPACES, False)
        if c == "S":
            return ("class", _SPACES, True)
        if c == "w":
            return ("class", _WORD, False)
        if c == "W":
            return ("class", _WORD, True)
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}
        if c in simple:
            return ("char", simple[c])
        if c.isalpha() or c.isdigit():
            _error()
        return ("char", c)

    def char_class(self):
        negate = False
        if self.more() and self.peek() == "^":
            negate = True
            self.i += 1
        ranges = []
        first = True
        while True:
            if not self.more():
                _error()
            c = self.peek()
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == "\\":
                node = self.escape(True)
                if node[0] == "class":
                    if node[2]:
                        _error()  # negated classes inside [] are not supported
                    ranges.extend(node[1])
                    continue
                c = node[1]
            if self.p[self.i:self.i + 1] == "-" and self.p[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                hi = self.peek()
                self.i += 1
                if hi == "\\":
                    node = self.escape(True)
                    if node[0] != "char":
                        _error()
                    hi = node[1]
                if hi < c:
                    _error()
                ranges.append((c, hi))
            else:
                ranges.append((c, c))
        return ("class", ranges, negate)

    def counted_ahead(self):
        # Whether p[i:] starts with "m}", "m,}" or "m,n}" (after a "{").
        j = self.i
        p = self.p
        start = j
        while j < len(p) and p[j].isdigit():
            j += 1
        if j == start:
            return False
        if j < len(p) and p[j] == ",":
            j += 1
            while j < len(p) and p[j].isdigit():
                j += 1
        return j < len(p) and p[j] == "}"

    def repeat(self, node):
        while self.more():
            c = self.peek()
            if c in "*+?":
                self.i += 1
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            elif c == "{":
                self.i += 1
                if not self.counted_ahead():
                    self.i -= 1
                    return node
                lo, hi = self.counts()
            else:
                return node
            greedy = True
            if self.more() and self.peek() == "?":
                self.i += 1
                greedy = False
            if node[0] in ("bol", "eol", "repeat"):
                _error()
            node = ("repeat", node, lo, hi, greedy)
        return node

    def counts(self):
        p = self.p
        j = self.i
        while p[j].isdigit():
            j += 1
        lo = int(p[self.i:j])
        hi = lo
        if p[j] == ",":
            k = j + 1
            while p[k].isdigit():
                k += 1
            hi = int(p[j + 1:k]) if k > j + 1 else None
            j = k
        self.i = j + 1
        if hi is not None and hi < lo:
            _error()
        return lo, hi


class _Compiler:
    def __init__(self, first_loop_slot):
        self.prog = []
        self.next_slot = first_loop_slot

    def emit(self, *ins):
        self.prog.append(list(ins))
        return len(self.prog) - 1

    def node(self, n):
        kind = n[0]
        if kind == "seq":
            for item in n[1]:
                self.node(item)
        elif kind == "alt":
            jumps = []
            branches = n[1]
            for b in branches[:-1]:
                split = self.emit(_SPLIT, 0, 0)
                self.prog[split][1] = len(self.prog)
                self.node(b)
                jumps.append(self.emit(_JMP, 0))
                self.prog[split][2] = len(self.prog)
            self.node(branches[-1])
            for j in jumps:
                self.prog[j][1] = len(self.prog)
        elif kind == "char":
            self.emit(_CHAR, n[1])
        elif kind == "any":
            self.emit(_ANY)
        elif kind == "class":
            self.emit(_CLASS, n[1], n[2])
        elif kind == "bol":
            self.emit(_BOL)
        elif kind == "eol":
            self.emit(_EOL)
        elif kind == "group":
            if n[1] is None:
                self.node(n[2])
            else:
                self.emit(_SAVE, 2 * n[1])
                self.node(n[2])
                self.emit(_SAVE, 2 * n[1] + 1)
        else:
            self.repeat(n[1], n[2], n[3], n[4])

    def repeat(self, body, lo, hi, greedy):
        for _ in range(lo):
            self.node(body)
        if hi is None:
            # L: SPLIT body, out; body: MARK r; <body>; PROGRESS r; JMP L
            reg = self.next_slot
            self.next_slot += 1
            top = self.emit(_SPLIT, 0, 0)
            self.emit(_MARK, reg)
            self.node(body)
            self.emit(_PROGRESS, reg)
            self.emit(_JMP, top)
            self.branch(top, top + 1, len(self.prog), greedy)
            return
        splits = []
        for _ in range(hi - lo):
            split = self.emit(_SPLIT, 0, 0)
            splits.append(split)
            self.node(body)
        for s in splits:
            self.branch(s, s + 1, len(self.prog), greedy)

    def branch(self, at, body, out, greedy):
        if greedy:
            self.prog[at][1] = body
            self.prog[at][2] = out
        else:
            self.prog[at][1] = out
            self.prog[at][2] = body


def _in_class(c, ranges):
    for lo, hi in ranges:
        if lo <= c <= hi:
            return True
    return False


def _run(prog, nslots, s, start, must_end):
    # Backtracking over threads (pc, sp, slots); slots hold group bounds
    # then loop registers. Returns the slots of the first match found (one
    # ending at the end of s if must_end).
    n = len(s)
    stack = [(0, start, [-1] * nslots)]
    while stack:
        pc, sp, slots = stack.pop()
        while True:
            ins = prog[pc]
            op = ins[0]
            if op == _CHAR:
                if sp < n and s[sp] == ins[1]:
                    sp += 1
                    pc += 1
                    continue
                break
            if op == _ANY:
                if sp < n and s[sp] != "\n":
                    sp += 1
                    pc += 1
                    continue
                break
            if op == _CLASS:
                if sp < n and _in_class(s[sp], ins[1]) != ins[2]:
                    sp += 1
                    pc += 1
                    continue
                break
            if op == _SPLIT:
                stack.append((ins[2], sp, slots[:]))
                pc = ins[1]
                continue
            if op == _JMP:
                pc = ins[1]
                continue
            if op == _SAVE or op == _MARK:
                slots = slots[:]
                slots[ins[1]] = sp
                pc += 1
                continue
            if op == _PROGRESS:
                if slots[ins[1]] == sp:
                    break  # the iteration matched nothing: do not loop again
                pc += 1
                continue
            if op == _BOL:
                if sp == 0:
                    pc += 1
                    continue
                break
            if op == _EOL:
                if sp == n:
                    pc += 1
                    continue
                break
            if must_end and sp != n:
                break
            slots = slots[:]
            slots[1] = sp
            return slots
    return None


class _Match:
    def __init__(self, string, slots, ngroups):
        self.string = string
        self._slots = slots
        self._ngroups = ngroups

    def _index(self, i):
        if not isinstance(i, int) or i < 0 or i >= self._ngroups:
            raise IndexError("no such group")
        return i

    def group(self, *indexes):
        if not indexes:
            return self._group(0)
        if len(indexes) == 1:
            return self._group(indexes[0])
        return tuple([self._group(i) for i in indexes])

    def _group(self, i):
        i = self._index(i)
        a = self._slots[2 * i]
        b = self._slots[2 * i + 1]
        if a < 0 or b < 0:
            return None
        return self.string[a:b]

    def groups(self, default=None):
        out = []
        for i in range(1, self._ngroups):
            g = self._group(i)
            out.append(default if g is None else g)
        return tuple(out)

    def start(self, i=0):
        return self._slots[2 * self._index(i)]

    def end(self, i=0):
        return self._slots[2 * self._index(i) + 1]

    def span(self, i=0):
        return (self.start(i), self.end(i))

    def __repr__(self):
        return "<match num=%d>" % self._ngroups


class _Regex:
    def __init__(self, pattern, flags=0):
        if not isinstance(pattern, str):
            raise TypeError("can't convert %s to str" % type(pattern).__name__)
        parser = _Parser(pattern)
        tree = parser.alternation()
        if parser.more():
            _error()  # an unbalanced ")"
        c = _Compiler(2 * parser.ngroups)
        c.emit(_SAVE, 0)
        c.node(tree)
        c.emit(_MATCH)
        self.pattern = pattern
        self._prog = c.prog
        self._ngroups = parser.ngroups
        self._nslots = c.next_slot
        if flags & DEBUG:
            for i in range(len(c.prog)):
                print(i, c.prog[i])

    def _find(self, s, start, anchored, must_end=False):
        if not isinstance(s, str):
            raise TypeError("can't convert %s to str" % type(s).__name__)
        while start <= len(s):
            slots = _run(self._prog, self._nslots, s, start, must_end)
            if slots is not None:
                return _Match(s, slots, self._ngroups)
            if anchored:
                return None
            start += 1
        return None

    def match(self, s, pos=0):
        return self._find(s, pos, True)

    def search(self, s, pos=0):
        return self._find(s, pos, False)

    def fullmatch(self, s):
        return self._find(s, 0, True, True)

    def split(self, s, max_split=-1):
        out = []
        pos = 0
        search = 0
        while max_split != 0 and search <= len(s):
            m = self._find(s, search, False)
            if m is None:
                break
            if m.end() == m.start():
                search = m.start() + 1  # an empty match splits nothing
                continue
            out.append(s[pos:m.start()])
            out.extend(m.groups())
            pos = search = m.end()
            max_split -= 1
        out.append(s[pos:])
        return out

    def sub(self, repl, s, count=0):
        out = []
        pos = 0
        search = 0
        done = 0
        while count == 0 or done < count:
            m = self._find(s, search, False)
            if m is None:
                break
            out.append(s[pos:m.start()])
            if callable(repl):
                out.append(repl(m))
            else:
                out.append(_expand(repl, m))
            pos = m.end()
            search = pos if m.end() > m.start() else pos + 1
            if m.end() == m.start() and m.start() < len(s):
                out.append(s[m.start()])
                pos += 1
            done += 1
            if search > len(s):
                break
        out.append(s[pos:])
        return "".join(out)

    def __repr__(self):
        return "<re %r>" % self.pattern


def _expand(template, m):
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = template[i + 1]
        if d.isdigit():
            j = i + 1
            while j < n and template[j].isdigit():
                j += 1
            g = m.group(int(template[i + 1:j]))
            out.append(g or "")
            i = j
        elif d == "g" and template[i + 2:i + 3] == "<":
            close = template.find(">", i + 3)
            if close < 0:
                _error()
            g = m.group(int(template[i + 3:close]))
            out.append(g or "")
            i = close + 1
        else:
            out.append({"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(d, "\\" + d))
            i += 2
    return "".join(out)


def compile(pattern, flags=0):
    if isinstance(pattern, _Regex):
        return pattern
    return _Regex(pattern, flags)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern, string, max_split=-1, flags=0):
    return compile(pattern, flags).split(string, max_split)
