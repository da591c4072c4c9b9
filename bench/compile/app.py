# A realistic ~1,000-line application used to measure krait's compile time
# (bench/run.py compiles it at -O2): an order-processing and reporting system
# with a data model, pricing rules, an expression language with a parser, a
# bytecode compiler and a stack VM, an event scheduler, route planning on a
# graph, a serializer with its parser, a state machine and text reports.
# Run with a size argument; it prints deterministic checksums.
import sys


# ---------------------------------------------------------------------------
# Utilities
# ---------------------------------------------------------------------------

class Random:
    """A small linear congruential generator, deterministic everywhere."""

    def __init__(self, seed):
        self.state = seed % 2147483648

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2147483648.0)

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.below(i + 1)
            seq[i], seq[j] = seq[j], seq[i]


def clamp(value, lo, hi):
    if value < lo:
        return lo
    if value > hi:
        return hi
    return value


def slugify(text):
    out = []
    dash = False
    for ch in text.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    while out and out[-1] == "-":
        out.pop()
    return "".join(out)


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def mean(values):
    return sum(values) / len(values) if values else 0.0


def median(values):
    if not values:
        return 0.0
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def variance(values):
    if len(values) < 2:
        return 0.0
    m = mean(values)
    return sum((v - m) * (v - m) for v in values) / (len(values) - 1)


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def checksum_text(text):
    h = 2166136261
    for ch in text:
        h = ((h ^ ord(ch)) * 16777619) % 4294967296
    return h


# ---------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------

class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, sku, wanted, available):
        super().__init__("out of stock: %s (wanted %d, have %d)" % (sku, wanted, available))
        self.sku = sku
        self.wanted = wanted
        self.available = available


class InvalidOrder(ShopError):
    pass


class Product:
    def __init__(self, sku, name, category, price_cents, weight):
        self.sku = sku
        self.name = name
        self.category = category
        self.price_cents = price_cents
        self.weight = weight

    def __repr__(self):
        return "Product(%s, %s)" % (self.sku, self.name)


class Customer:
    def __init__(self, ident, name, region, tier):
        self.ident = ident
        self.name = name
        self.region = region
        self.tier = tier
        self.orders = []

    def lifetime_value(self):
        return sum(order.total_cents for order in self.orders if order.state == "delivered")


class OrderLine:
    def __init__(self, product, quantity):
        if quantity <= 0:
            raise InvalidOrder("quantity must be positive")
        self.product = product
        self.quantity = quantity
        self.discount_cents = 0

    @property
    def gross_cents(self):
        return self.product.price_cents * self.quantity

    @property
    def net_cents(self):
        return self.gross_cents - self.discount_cents


class Order:
    next_id = 1

    def __init__(self, customer, day):
        self.ident = Order.next_id
        Order.next_id += 1
        self.customer = customer
        self.day = day
        self.lines = []
        self.state = "new"
        self.total_cents = 0
        self.tax_cents = 0
        self.history = []

    def add(self, product, quantity):
        for line in self.lines:
            if line.product is product:
                line.quantity += quantity
                return line
        line = OrderLine(product, quantity)
        self.lines.append(line)
        return line

    def weight(self):
        return sum(line.product.weight * line.quantity for line in self.lines)

    def item_count(self):
        return sum(line.quantity for line in self.lines)


class Inventory:
    def __init__(self):
        self.stock = {}
        self.reserved = {}

    def receive(self, sku, quantity):
        self.stock[sku] = self.stock.get(sku, 0) + quantity

    def available(self, sku):
        return self.stock.get(sku, 0) - self.reserved.get(sku, 0)

    def reserve(self, order):
        for line in order.lines:
            have = self.available(line.product.sku)
            if have < line.quantity:
                raise OutOfStock(line.product.sku, line.quantity, have)
        for line in order.lines:
            sku = line.product.sku
            self.reserved[sku] = self.reserved.get(sku, 0) + line.quantity

    def release(self, order):
        for line in order.lines:
            sku = line.product.sku
            self.reserved[sku] -= line.quantity

    def ship(self, order):
        for line in order.lines:
            sku = line.product.sku
            self.reserved[sku] -= line.quantity
            self.stock[sku] -= line.quantity


# ---------------------------------------------------------------------------
# Pricing rules
# ---------------------------------------------------------------------------

class Rule:
    name = "rule"

    def apply(self, order):
        return 0


class PercentOff(Rule):
    name = "percent-off"

    def __init__(self, category, percent):
        self.category = category
        self.percent = percent

    def apply(self, order):
        saved = 0
        for line in order.lines:
            if line.product.category == self.category:
                cut = line.gross_cents * self.percent // 100
                line.discount_cents += cut
                saved += cut
        return saved


class BuyXGetY(Rule):
    name = "buy-x-get-y"

    def __init__(self, sku, buy, free):
        self.sku = sku
        self.buy = buy
        self.free = free

    def apply(self, order):
        for line in order.lines:
            if line.product.sku == self.sku:
                groups = line.quantity // (self.buy + self.free)
                cut = groups * self.free * line.product.price_cents
                line.discount_cents += cut
                return cut
        return 0


class ThresholdOff(Rule):
    name = "threshold"

    def __init__(self, threshold_cents, off_cents):
        self.threshold_cents = threshold_cents
        self.off_cents = off_cents

    def apply(self, order):
        total = sum(line.net_cents for line in order.lines)
        if total >= self.threshold_cents and order.lines:
            order.lines[0].discount_cents += self.off_cents
            return self.off_cents
        return 0


TAX_RATES = {"north": 7, "south": 5, "east": 8, "west": 6, "islands": 0}
TIER_BONUS = {"bronze": 0, "silver": 2, "gold": 5}


def price_order(order, rules):
    for line in order.lines:
        line.discount_cents = 0
    saved = 0
    applied = []
    for rule in rules:
        cut = rule.apply(order)
        if cut:
            applied.append(rule.name)
            saved += cut
    bonus = TIER_BONUS.get(order.customer.tier, 0)
    net = sum(line.net_cents for line in order.lines)
    net -= net * bonus // 100
    order.tax_cents = net * TAX_RATES.get(order.customer.region, 10) // 100
    order.total_cents = net + order.tax_cents
    return saved, applied


# ---------------------------------------------------------------------------
# Expression language: tokenizer, parser, evaluator, compiler and VM
# ---------------------------------------------------------------------------

class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "%s:%s" % (self.kind, self.text)


class ParseError(Exception):
    pass


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch in " \t":
            i += 1
        elif ch.isdigit():
            start = i
            while i < n and (source[i].isdigit() or source[i] == "."):
                i += 1
            tokens.append(Token("num", source[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (source[i].isalpha() or source[i].isdigit() or source[i] == "_"):
                i += 1
            word = source[start:i]
            kind = "kw" if word in ("if", "then", "else", "and", "or", "not") else "name"
            tokens.append(Token(kind, word, start))
        elif source[i:i + 2] in ("<=", ">=", "==", "!="):
            tokens.append(Token("op", source[i:i + 2], i))
            i += 2
        elif ch in "+-*/%()<>,":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError("unexpected %r at %d" % (ch, i))
    tokens.append(Token("end", "", n))
    return tokens


class Num:
    def __init__(self, value):
        self.value = value


class Var:
    def __init__(self, name):
        self.name = name


class Unary:
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand


class Binary:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Cond:
    def __init__(self, test, then, other):
        self.test = test
        self.then = then
        self.other = other


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args


PRECEDENCE = {"or": 1, "and": 2, "<": 3, ">": 3, "<=": 3, ">=": 3, "==": 3, "!=": 3,
              "+": 4, "-": 4, "*": 5, "/": 5, "%": 5}


class Parser:
    def __init__(self, source):
        self.tokens = tokenize(source)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise ParseError("expected %r at %d, got %r" % (text, tok.pos, tok.text))
        return tok

    def parse(self):
        node = self.expression()
        if self.peek().kind != "end":
            raise ParseError("trailing input at %d" % self.peek().pos)
        return node

    def expression(self):
        if self.peek().text == "if":
            self.advance()
            test = self.expression()
            self.expect("then")
            then = self.expression()
            self.expect("else")
            other = self.expression()
            return Cond(test, then, other)
        return self.binary(1)

    def binary(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            prec = PRECEDENCE.get(tok.text)
            if prec is None or prec < min_prec or tok.kind not in ("op", "kw"):
                return left
            self.advance()
            right = self.binary(prec + 1)
            left = Binary(tok.text, left, right)

    def unary(self):
        tok = self.peek()
        if tok.text in ("-", "not"):
            self.advance()
            return Unary(tok.text, self.unary())
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = []
                if self.peek().text != ")":
                    args.append(self.expression())
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.expression())
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            node = self.expression()
            self.expect(")")
            return node
        raise ParseError("unexpected %r at %d" % (tok.text, tok.pos))


FUNCTIONS = {
    "min": min,
    "max": max,
    "abs": abs,
    "clamp": clamp,
}


def apply_binary(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "%":
        return a % b
    if op == "<":
        return a < b
    if op == ">":
        return a > b
    if op == "<=":
        return a <= b
    if op == ">=":
        return a >= b
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    raise ParseError("unknown operator " + op)


def evaluate(node, env):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        if node.name not in env:
            raise NameError("undefined variable " + node.name)
        return env[node.name]
    if isinstance(node, Unary):
        value = evaluate(node.operand, env)
        return -value if node.op == "-" else not value
    if isinstance(node, Binary):
        if node.op == "and":
            return evaluate(node.left, env) and evaluate(node.right, env)
        if node.op == "or":
            return evaluate(node.left, env) or evaluate(node.right, env)
        return apply_binary(node.op, evaluate(node.left, env), evaluate(node.right, env))
    if isinstance(node, Cond):
        if evaluate(node.test, env):
            return evaluate(node.then, env)
        return evaluate(node.other, env)
    if isinstance(node, Call):
        return FUNCTIONS[node.name](*[evaluate(a, env) for a in node.args])
    raise TypeError("bad node")


def show(node):
    if isinstance(node, Num):
        return str(node.value)
    if isinstance(node, Var):
        return node.name
    if isinstance(node, Unary):
        return "(%s %s)" % (node.op, show(node.operand))
    if isinstance(node, Binary):
        return "(%s %s %s)" % (show(node.left), node.op, show(node.right))
    if isinstance(node, Cond):
        return "(if %s then %s else %s)" % (show(node.test), show(node.then), show(node.other))
    return "%s(%s)" % (node.name, ", ".join(show(a) for a in node.args))


class Compiler:
    """Compiles an expression tree into code for the stack machine below."""

    def __init__(self):
        self.code = []
        self.names = []

    def name_index(self, name):
        if name not in self.names:
            self.names.append(name)
        return self.names.index(name)

    def emit(self, op, arg=None):
        self.code.append((op, arg))
        return len(self.code) - 1

    def patch(self, at, target):
        op, _ = self.code[at]
        self.code[at] = (op, target)

    def compile(self, node):
        if isinstance(node, Num):
            self.emit("const", node.value)
        elif isinstance(node, Var):
            self.emit("load", self.name_index(node.name))
        elif isinstance(node, Unary):
            self.compile(node.operand)
            self.emit("neg" if node.op == "-" else "not")
        elif isinstance(node, Binary) and node.op in ("and", "or"):
            self.compile(node.left)
            jump = self.emit("jump_if_false_keep" if node.op == "and" else "jump_if_true_keep")
            self.emit("pop")
            self.compile(node.right)
            self.patch(jump, len(self.code))
        elif isinstance(node, Binary):
            self.compile(node.left)
            self.compile(node.right)
            self.emit("binary", node.op)
        elif isinstance(node, Cond):
            self.compile(node.test)
            to_else = self.emit("jump_if_false")
            self.compile(node.then)
            to_end = self.emit("jump")
            self.patch(to_else, len(self.code))
            self.compile(node.other)
            self.patch(to_end, len(self.code))
        elif isinstance(node, Call):
            for arg in node.args:
                self.compile(arg)
            self.emit("call", (node.name, len(node.args)))
        else:
            raise TypeError("cannot compile")
        return self


def run_code(code, names, env):
    stack = []
    pc = 0
    values = [env[n] for n in names]
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        if op == "const":
            stack.append(arg)
        elif op == "load":
            stack.append(values[arg])
        elif op == "binary":
            b = stack.pop()
            a = stack.pop()
            stack.append(apply_binary(arg, a, b))
        elif op == "neg":
            stack.append(-stack.pop())
        elif op == "not":
            stack.append(not stack.pop())
        elif op == "pop":
            stack.pop()
        elif op == "jump":
            pc = arg
        elif op == "jump_if_false":
            if not stack.pop():
                pc = arg
        elif op == "jump_if_false_keep":
            if not stack[-1]:
                pc = arg
        elif op == "jump_if_true_keep":
            if stack[-1]:
                pc = arg
        elif op == "call":
            name, count = arg
            args = stack[len(stack) - count:]
            del stack[len(stack) - count:]
            stack.append(FUNCTIONS[name](*args))
        else:
            raise RuntimeError("bad opcode " + op)
    return stack.pop()


FORMULAS = [
    "weight * 12 + items * 3",
    "if weight > 40 then 900 else max(250, weight * 20)",
    "clamp(total / 100 - 5, 0, 50) + (if express then 15 else 0)",
    "items * 2 + (weight % 7) * 3 - min(items, 4)",
    "not express and weight < 10 or items >= 6",
    "-(weight - items) * 2 + abs(items - 5) * 11",
]


# ---------------------------------------------------------------------------
# Event scheduling with a binary heap
# ---------------------------------------------------------------------------

class EventQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def __len__(self):
        return len(self.heap)

    def push(self, time, kind, payload):
        self.counter += 1
        self.heap.append((time, self.counter, kind, payload))
        self.sift_up(len(self.heap) - 1)

    def pop(self):
        heap = self.heap
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        heap[0] = last
        self.sift_down(0)
        return top

    def sift_up(self, i):
        heap = self.heap
        item = heap[i]
        while i > 0:
            parent = (i - 1) // 2
            if heap[parent] <= item:
                break
            heap[i] = heap[parent]
            i = parent
        heap[i] = item

    def sift_down(self, i):
        heap = self.heap
        n = len(heap)
        item = heap[i]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and heap[child + 1] < heap[child]:
                child += 1
            if item <= heap[child]:
                break
            heap[i] = heap[child]
            i = child
        heap[i] = item


# ---------------------------------------------------------------------------
# Order life cycle
# ---------------------------------------------------------------------------

TRANSITIONS = {
    "new": {"reserve": "reserved", "cancel": "cancelled"},
    "reserved": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered", "lose": "lost"},
    "lost": {"refund": "refunded"},
}


def transition(order, event, day):
    targets = TRANSITIONS.get(order.state, {})
    if event not in targets:
        raise InvalidOrder("order %d: cannot %s when %s" % (order.ident, event, order.state))
    order.history.append((day, order.state, targets[event]))
    order.state = targets[event]
    return order.state


# ---------------------------------------------------------------------------
# Routes between warehouses and regions
# ---------------------------------------------------------------------------

class Graph:
    def __init__(self):
        self.edges = {}

    def connect(self, a, b, cost):
        self.edges.setdefault(a, []).append((b, cost))
        self.edges.setdefault(b, []).append((a, cost))

    def shortest(self, start):
        dist = {start: 0}
        queue = EventQueue()
        queue.push(0, "visit", start)
        done = set()
        while len(queue):
            d, _, _, node = queue.pop()
            if node in done:
                continue
            done.add(node)
            for nxt, cost in self.edges.get(node, []):
                nd = d + cost
                if nxt not in dist or nd < dist[nxt]:
                    dist[nxt] = nd
                    queue.push(nd, "visit", nxt)
        return dist

    def hops(self, start):
        seen = {start: 0}
        frontier = [start]
        while frontier:
            nxt_frontier = []
            for node in frontier:
                for nxt, _ in self.edges.get(node, []):
                    if nxt not in seen:
                        seen[nxt] = seen[node] + 1
                        nxt_frontier.append(nxt)
            frontier = nxt_frontier
        return seen


def topological_order(deps):
    indegree = {name: 0 for name in deps}
    for name, needs in deps.items():
        for need in needs:
            indegree.setdefault(need, 0)
    for name, needs in deps.items():
        indegree[name] += len(needs)
    users = {}
    for name, needs in deps.items():
        for need in needs:
            users.setdefault(need, []).append(name)
    ready = sorted(name for name, count in indegree.items() if count == 0)
    order = []
    while ready:
        name = ready.pop(0)
        order.append(name)
        for user in sorted(users.get(name, [])):
            indegree[user] -= 1
            if indegree[user] == 0:
                ready.append(user)
        ready.sort()
    if len(order) != len(indegree):
        raise ValueError("dependency cycle")
    return order


# ---------------------------------------------------------------------------
# Serializer and its parser (a JSON subset)
# ---------------------------------------------------------------------------

def serialize(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "%.6f" % value
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"' or ch == "\\":
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(serialize(v) for v in value) + "]"
    if isinstance(value, dict):
        items = sorted(value.items())
        return "{" + ",".join(serialize(k) + ":" + serialize(v) for k, v in items) + "}"
    raise TypeError("cannot serialize " + type(value).__name__)


class Reader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1

    def read(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            return self.read_object()
        if ch == "[":
            return self.read_array()
        if ch == '"':
            return self.read_string()
        for word, value in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return value
        return self.read_number()

    def read_object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            key = self.read()
            self.skip()
            if self.text[self.pos] != ":":
                raise ValueError("expected ':' at %d" % self.pos)
            self.pos += 1
            result[key] = self.read()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ValueError("expected ',' at %d" % (self.pos - 1))

    def read_array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.read())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ValueError("expected ',' at %d" % (self.pos - 1))

    def read_string(self):
        self.pos += 1
        out = []
        while True:
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                ch = self.text[self.pos]
                self.pos += 1
                out.append("\n" if ch == "n" else ch)
            else:
                out.append(ch)

    def read_number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.0123456789e":
            self.pos += 1
        text = self.text[start:self.pos]
        if not text:
            raise ValueError("bad value at %d" % start)
        if "." in text or "e" in text:
            return float(text)
        return int(text)


# ---------------------------------------------------------------------------
# Forecasting: least-squares line through daily revenue
# ---------------------------------------------------------------------------

def solve2(a, b, c, d, e, f):
    """Solves [a b; c d] x = [e f] by Cramer's rule."""
    det = a * d - b * c
    if det == 0:
        return 0.0, 0.0
    return (e * d - b * f) / det, (a * f - e * c) / det


def fit_line(xs, ys):
    n = len(xs)
    sx = sum(xs)
    sy = sum(ys)
    sxx = sum(x * x for x in xs)
    sxy = sum(x * y for x, y in zip(xs, ys))
    slope, intercept = solve2(sxx, sx, sx, n, sxy, sy)
    return slope, intercept


def transpose(matrix):
    return [list(row) for row in zip(*matrix)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


# ---------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------

class Table:
    def __init__(self, headers):
        self.headers = headers
        self.rows = []

    def add(self, *cells):
        self.rows.append([str(c) for c in cells])

    def render(self):
        widths = [len(h) for h in self.headers]
        for row in self.rows:
            for i, cell in enumerate(row):
                if len(cell) > widths[i]:
                    widths[i] = len(cell)
        lines = []
        lines.append(" | ".join("%-*s" % (w, h) for w, h in zip(widths, self.headers)))
        lines.append("-+-".join("-" * w for w in widths))
        for row in self.rows:
            cells = []
            for i, cell in enumerate(row):
                if cell and (cell[0].isdigit() or cell[0] == "-"):
                    cells.append("%*s" % (widths[i], cell))
                else:
                    cells.append("%-*s" % (widths[i], cell))
            lines.append(" | ".join(cells))
        return "\n".join(lines)


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


# ---------------------------------------------------------------------------
# The simulation
# ---------------------------------------------------------------------------

CATEGORIES = ["tools", "garden", "kitchen", "books", "toys"]
ADJECTIVES = ["red", "small", "sturdy", "classic", "bright", "quiet", "deluxe", "folding"]
NOUNS = ["hammer", "trowel", "kettle", "atlas", "kite", "lamp", "ladder", "teapot", "puzzle"]
REGIONS = ["north", "south", "east", "west", "islands"]
TIERS = ["bronze", "bronze", "silver", "gold"]
FIRST = ["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Ken"]
LAST = ["Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson"]


def make_catalog(rng, count):
    products = []
    for i in range(count):
        name = "%s %s" % (rng.choice(ADJECTIVES), rng.choice(NOUNS))
        sku = "%s-%03d" % (slugify(name), i)
        price = 199 + rng.below(9800)
        products.append(Product(sku, name, rng.choice(CATEGORIES), price, 1 + rng.below(30)))
    return products


def make_customers(rng, count):
    customers = []
    for i in range(count):
        name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
        customers.append(Customer(i, name, rng.choice(REGIONS), rng.choice(TIERS)))
    return customers


def make_routes():
    graph = Graph()
    links = [("hub", "north", 4), ("hub", "south", 6), ("hub", "east", 3), ("east", "west", 9),
             ("south", "west", 5), ("north", "east", 2), ("west", "islands", 12),
             ("south", "islands", 15)]
    for a, b, cost in links:
        graph.connect(a, b, cost)
    return graph


class Simulation:
    def __init__(self, size, seed=2024):
        self.rng = Random(seed)
        self.products = make_catalog(self.rng, 40)
        self.customers = make_customers(self.rng, 25)
        self.inventory = Inventory()
        self.routes = make_routes()
        self.distance = self.routes.shortest("hub")
        self.rules = [PercentOff("books", 10), BuyXGetY(self.products[3].sku, 2, 1),
                      ThresholdOff(20000, 500)]
        self.formulas = [Parser(f).parse() for f in FORMULAS]
        self.programs = [Compiler().compile(tree) for tree in self.formulas]
        self.size = size
        self.orders = []
        self.events = EventQueue()
        self.failures = {}
        self.revenue_by_day = {}
        self.shipping_total = 0
        self.formula_total = 0.0

    def restock(self, day):
        for product in self.products:
            if self.inventory.available(product.sku) < 5:
                self.inventory.receive(product.sku, 20 + self.rng.below(20))

    def place_order(self, day):
        customer = self.rng.choice(self.customers)
        order = Order(customer, day)
        for _ in range(1 + self.rng.below(4)):
            order.add(self.rng.choice(self.products), 1 + self.rng.below(3))
        price_order(order, self.rules)
        customer.orders.append(order)
        self.orders.append(order)
        try:
            self.inventory.reserve(order)
            transition(order, "reserve", day)
            self.events.push(day + 1, "pay", order)
        except OutOfStock as e:
            self.failures["stock"] = self.failures.get("stock", 0) + 1
            transition(order, "cancel", day)
            self.events.push(day + 2, "restock", e.sku)

    def shipping_cost(self, order):
        env = {"weight": order.weight(), "items": order.item_count(),
               "total": order.total_cents, "express": order.customer.tier == "gold"}
        tree = self.formulas[order.ident % len(self.formulas)]
        code = self.programs[order.ident % len(self.programs)]
        interpreted = evaluate(tree, env)
        compiled = run_code(code.code, code.names, env)
        if interpreted != compiled:
            raise RuntimeError("VM disagrees with evaluator on " + show(tree))
        self.formula_total += float(compiled)
        hops = self.distance.get(order.customer.region, 20)
        return int(order.weight() * 10 + hops * 25)

    def handle(self, day, kind, payload):
        if kind == "restock":
            self.inventory.receive(payload, 10)
            return
        order = payload
        if kind == "pay":
            if self.rng.below(20) == 0:
                self.inventory.release(order)
                transition(order, "cancel", day)
                self.failures["unpaid"] = self.failures.get("unpaid", 0) + 1
                return
            transition(order, "pay", day)
            self.events.push(day + 1 + self.rng.below(2), "ship", order)
        elif kind == "ship":
            self.inventory.ship(order)
            transition(order, "ship", day)
            self.shipping_total += self.shipping_cost(order)
            delay = self.distance.get(order.customer.region, 10) // 4
            self.events.push(day + 1 + delay, "arrive", order)
        elif kind == "arrive":
            if self.rng.below(50) == 0:
                transition(order, "lose", day)
                transition(order, "refund", day)
                self.failures["lost"] = self.failures.get("lost", 0) + 1
            else:
                transition(order, "deliver", day)
                self.revenue_by_day[day] = self.revenue_by_day.get(day, 0) + order.total_cents

    def run(self):
        day = 0
        placed = 0
        while placed < self.size or len(self.events):
            day += 1
            self.restock(day)
            for _ in range(min(5, self.size - placed)):
                self.place_order(day)
                placed += 1
            while len(self.events) and self.events.heap[0][0] <= day:
                time, _, kind, payload = self.events.pop()
                self.handle(day, kind, payload)
        return day


def report(sim, days):
    states = {}
    for order in sim.orders:
        states[order.state] = states.get(order.state, 0) + 1
    print("days:", days, "orders:", len(sim.orders))
    print("states:", ", ".join("%s=%d" % kv for kv in sorted(states.items())))
    print("failures:", ", ".join("%s=%d" % kv for kv in sorted(sim.failures.items())))

    table = Table(["customer", "region", "tier", "orders", "value"])
    ranked = sorted(sim.customers, key=lambda c: (-c.lifetime_value(), c.ident))
    for c in ranked[:5]:
        table.add(c.name, c.region, c.tier, len(c.orders), money(c.lifetime_value()))
    print(table.render())

    by_category = {}
    for order in sim.orders:
        if order.state != "delivered":
            continue
        for line in order.lines:
            cat = line.product.category
            by_category[cat] = by_category.get(cat, 0) + line.net_cents
    print("by category:", " ".join("%s:%s" % (k, money(v)) for k, v in
                                   sorted(by_category.items())))

    totals = [o.total_cents for o in sim.orders if o.state == "delivered"]
    print("order value: mean %s median %s p90 %s" % (
        money(int(mean(totals))), money(int(median(totals))),
        money(int(percentile(totals, 90)))))
    print("spread: %.3f" % (variance([t / 100.0 for t in totals]) ** 0.5 / 100.0))

    days_list = sorted(sim.revenue_by_day)
    xs = [float(d) for d in days_list]
    ys = [sim.revenue_by_day[d] / 100.0 for d in days_list]
    slope, intercept = fit_line(xs, ys)
    print("trend: %.2f per day from %.2f" % (slope, intercept))
    print("shipping:", money(sim.shipping_total), "formulas: %.1f" % sim.formula_total)

    snapshot = {
        "orders": len(sim.orders),
        "states": states,
        "top": [c.name for c in ranked[:3]],
        "stock": {p.sku: sim.inventory.available(p.sku) for p in sim.products[:4]},
        "note": 'a "quoted"\nline',
        "ratio": len(totals) / max(1, len(sim.orders)),
    }
    text = serialize(snapshot)
    back = Reader(text).read()
    print("snapshot:", len(text), "chars, round trip", serialize(back) == text,
          "checksum", checksum_text(text))

    hops = sim.routes.hops("hub")
    print("routes:", " ".join("%s=%d/%d" % (k, sim.distance[k], hops[k])
                               for k in sorted(sim.distance)))
    plan = topological_order({"pack": ["pick"], "pick": ["reserve"], "ship": ["pack", "label"],
                              "label": ["reserve"], "invoice": ["ship"], "reserve": []})
    print("plan:", " -> ".join(plan))
    m = matmul([[1, 2], [3, 4]], [[days, 1], [0, len(sim.orders)]])
    print("matrix:", m)
    for line in wrap("Formulas: " + "; ".join(show(t) for t in sim.formulas[:2]), 60):
        print("  " + line)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    sim = Simulation(size)
    days = sim.run()
    report(sim, days)
    try:
        Parser("1 + * 2").parse()
    except ParseError as e:
        print("parse error:", e)
    try:
        transition(sim.orders[0], "ship", 0)
    except InvalidOrder as e:
        print("state error:", e)


main()
