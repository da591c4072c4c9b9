# collections: namedtuple, OrderedDict, deque and defaultdict, with
# MicroPython's behaviour (CPython's where MicroPython's documentation is
# silent).


def _field_names(fields):
    if isinstance(fields, str):
        fields = fields.replace(",", " ").split()
    names = tuple(fields)
    for n in names:
        if not isinstance(n, str):
            raise TypeError("field names must be strings")
    return names


def _field_getter(index):
    return property(lambda self: self[index])


def namedtuple(name, fields, *, defaults=None):
    """A tuple subclass whose items are also attributes named by `fields`
    (a sequence of names or one string of names separated by spaces or commas)."""
    names = _field_names(fields)
    nfields = len(names)
    if defaults is None:
        defaults = ()
    defaults = tuple(defaults)
    if len(defaults) > nfields:
        raise TypeError("too many defaults")
    first_default = nfields - len(defaults)

    def __init__(self, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError("function takes %d positional arguments but %d were given"
                            % (nfields, len(args)))
        values = list(args)
        for i in range(len(args), nfields):
            key = names[i]
            if key in kwargs:
                values.append(kwargs.pop(key))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                raise TypeError("missing required argument '%s'" % key)
        for key in kwargs:
            if key in names:
                raise TypeError("duplicate argument '%s'" % key)
            raise TypeError("unexpected keyword argument '%s'" % key)
        super(cls, self).__init__(values)

    def __repr__(self):
        parts = []
        for i in range(nfields):
            parts.append(names[i] + "=" + repr(self[i]))
        return name + "(" + ", ".join(parts) + ")"

    def _asdict(self):
        d = {}
        for i in range(nfields):
            d[names[i]] = self[i]
        return d

    def _replace(self, **kwargs):
        values = []
        for i in range(nfields):
            values.append(kwargs.pop(names[i], self[i]))
        if kwargs:
            raise ValueError("got unexpected field names: %r" % list(kwargs))
        return cls(*values)

    def _make(iterable):
        return cls(*iterable)

    namespace = {
        "__init__": __init__,
        "__repr__": __repr__,
        "__str__": __repr__,
        "_fields": names,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": staticmethod(_make),
    }
    for i in range(nfields):
        namespace[names[i]] = _field_getter(i)
    cls = type(name, (tuple,), namespace)
    return cls


class OrderedDict(dict):
    """A dict that remembers insertion order (every dict does), with
    move_to_end and a popitem that can pop from either end."""

    def popitem(self, last=True):
        if not self:
            raise KeyError("popitem(): dictionary is empty")
        if last:
            key = None
            for key in self:
                pass
        else:
            key = next(iter(self))
        value = self[key]
        del self[key]
        return key, value

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        self.clear()
        self[key] = value
        for k, v in rest:
            self[k] = v

    def copy(self):
        return OrderedDict(self)

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(" + repr(dict(self)) + ")"

    def __str__(self):
        return self.__repr__()


_MISSING = object()


class defaultdict(dict):
    """A dict that calls default_factory() to create the value of a missing key."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        value = dict.get(self, key, _MISSING)
        if value is _MISSING:
            return self.__missing__(key)
        return value

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __repr__(self):
        return "defaultdict(%r, %r)" % (self.default_factory, dict(self))

    def __str__(self):
        return self.__repr__()


class deque:
    """A double-ended queue: a ring buffer that grows by doubling. With
    maxlen, adding to a full deque drops an item from the other end.
    Accepts MicroPython's deque(iterable, maxlen) and CPython's keyword form."""

    def __init__(self, iterable=(), maxlen=None, flags=0):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        for x in iterable:
            self.append(x)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        old = self._buf
        n = len(old)
        buf = [None] * (2 * n)
        for i in range(self._len):
            buf[i] = old[(self._head + i) % n]
        self._buf = buf
        self._head = 0

    def append(self, x):
        if self._maxlen is not None and self._len == self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._len == len(self._buf):
            self._grow()
        self._buf[(self._head + self._len) % len(self._buf)] = x
        self._len += 1

    def appendleft(self, x):
        if self._maxlen is not None and self._len == self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def pop(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._len -= 1
        i = (self._head + self._len) % len(self._buf)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def popleft(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        return x

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def rotate(self, n=1):
        if self._len <= 1:
            return
        n %= self._len
        for _ in range(n):
            self.appendleft(self.pop())

    def count(self, x):
        c = 0
        for y in self:
            if y == x:
                c += 1
        return c

    def remove(self, x):
        items = list(self)
        items.remove(x)
        self.clear()
        self.extend(items)

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("deque indices must be integers")
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        buf = self._buf
        n = len(buf)
        for i in range(self._len):
            yield buf[(self._head + i) % n]

    def __contains__(self, x):
        for y in self:
            if y == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __repr__(self):
        items = "[" + ", ".join([repr(x) for x in self]) + "]"
        if self._maxlen is None:
            return "deque(" + items + ")"
        return "deque(%s, maxlen=%d)" % (items, self._maxlen)
