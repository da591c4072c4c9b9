# json: dumps, dump, loads and load with MicroPython's behaviour: compact
# ", " / ": " separators unless told otherwise, non-ASCII text written as
# is, and ValueError("syntax error in JSON") for any malformed document.

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _quote(s):
    out = ['"']
    start = 0
    for i in range(len(s)):
        c = s[i]
        if c in _ESCAPES or c < " ":
            out.append(s[start:i])
            esc = _ESCAPES.get(c)
            if esc is None:
                esc = "\\u%04x" % ord(c)
            out.append(esc)
            start = i + 1
    out.append(s[start:])
    out.append('"')
    return "".join(out)


def _key(k):
    if isinstance(k, str):
        return _quote(k)
    if k is True:
        return '"true"'
    if k is False:
        return '"false"'
    if k is None:
        return '"null"'
    if isinstance(k, (int, float)):
        return '"' + repr(k) + '"'
    raise TypeError("keys must be str, int, float, bool or None")


def _encode(obj, out, item_sep, key_sep):
    if obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif isinstance(obj, str):
        out.append(_quote(obj))
    elif isinstance(obj, (int, float)):
        out.append(repr(obj))
    elif isinstance(obj, (list, tuple)):
        out.append("[")
        first = True
        for item in obj:
            if not first:
                out.append(item_sep)
            first = False
            _encode(item, out, item_sep, key_sep)
        out.append("]")
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k in obj:
            if not first:
                out.append(item_sep)
            first = False
            out.append(_key(k))
            out.append(key_sep)
            _encode(obj[k], out, item_sep, key_sep)
        out.append("}")
    else:
        raise TypeError("Object of type %s is not JSON serializable" % type(obj).__name__)


def dumps(obj, separators=None):
    item_sep, key_sep = ", ", ": "
    if separators is not None:
        item_sep, key_sep = separators
    out = []
    _encode(obj, out, item_sep, key_sep)
    return "".join(out)


def dump(obj, stream, separators=None):
    stream.write(dumps(obj, separators))


class _Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def fail(self):
        raise ValueError("syntax error in JSON")

    def skip_ws(self):
        s = self.s
        n = len(s)
        i = self.i
        while i < n and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def peek(self):
        self.skip_ws()
        if self.i >= len(self.s):
            self.fail()
        return self.s[self.i]

    def expect_word(self, word, value):
        if self.s[self.i:self.i + len(word)] != word:
            self.fail()
        self.i += len(word)
        return value

    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.array()
        if c == '"':
            return self.string()
        if c == "t":
            return self.expect_word("true", True)
        if c == "f":
            return self.expect_word("false", False)
        if c == "n":
            return self.expect_word("null", None)
        if c == "-" or "0" <= c <= "9":
            return self.number()
        self.fail()

    def obj(self):
        self.i += 1
        d = {}
        if self.peek() == "}":
            self.i += 1
            return d
        while True:
            if self.peek() != '"':
                self.fail()
            key = self.string()
            if self.peek() != ":":
                self.fail()
            self.i += 1
            d[key] = self.value()
            c = self.peek()
            self.i += 1
            if c == "}":
                return d
            if c != ",":
                self.fail()

    def array(self):
        self.i += 1
        items = []
        if self.peek() == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            c = self.peek()
            self.i += 1
            if c == "]":
                return items
            if c != ",":
                self.fail()

    def string(self):
        s = self.s
        n = len(s)
        i = self.i + 1
        out = []
        start = i
        while True:
            if i >= n:
                self.fail()
            c = s[i]
            if c == '"':
                break
            if c == "\\":
                out.append(s[start:i])
                i += 1
                if i >= n:
                    self.fail()
                e = s[i]
                if e == "u":
                    code = self.hex4(i + 1)
                    i += 4
                    if 0xD800 <= code < 0xDC00 and s[i + 1:i + 3] == "\\u":
                        low = self.hex4(i + 3)
                        if 0xDC00 <= low < 0xE000:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                    out.append(chr(code))
                else:
                    r = _UNESCAPES.get(e)
                    if r is None:
                        self.fail()
                    out.append(r)
                i += 1
                start = i
            else:
                i += 1
        out.append(s[start:i])
        self.i = i + 1
        return "".join(out)

    def hex4(self, at):
        digits = self.s[at:at + 4]
        if len(digits) != 4:
            self.fail()
        for d in digits:
            if d not in "0123456789abcdefABCDEF":
                self.fail()
        return int(digits, 16)

    def number(self):
        s = self.s
        n = len(s)
        start = self.i
        i = start
        if s[i] == "-":
            i += 1
        digits = i
        while i < n and "0" <= s[i] <= "9":
            i += 1
        if i == digits:
            self.fail()
        is_float = False
        if i < n and s[i] == ".":
            is_float = True
            i += 1
            frac = i
            while i < n and "0" <= s[i] <= "9":
                i += 1
            if i == frac:
                self.fail()
        if i < n and s[i] in "eE":
            is_float = True
            i += 1
            if i < n and s[i] in "+-":
                i += 1
            exp = i
            while i < n and "0" <= s[i] <= "9":
                i += 1
            if i == exp:
                self.fail()
        self.i = i
        text = s[start:i]
        if is_float:
            return float(text)
        return int(text)


_UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
              "t": "\t"}


def loads(text):
    if not isinstance(text, str) and hasattr(text, "decode"):
        text = text.decode()
    if not isinstance(text, str):
        raise TypeError("can't convert %s to str" % type(text).__name__)
    p = _Parser(text)
    v = p.value()
    p.skip_ws()
    if p.i != len(text):
        p.fail()
    return v


def load(stream):
    return loads(stream.read())
