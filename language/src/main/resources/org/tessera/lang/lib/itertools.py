"""Functional tools for creating and using iterators (Tessera's itertools).

Each tool is a class with __iter__/__next__ following the state machine of
CPython's C implementation, so arguments are checked when the object is
created and partially consumed iterators behave exactly as in CPython.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = _sys.maxsize


def _as_index(value):
    """operator.index(value), or None when value is not an integer."""
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        return None
    try:
        result = method(value)
    except TypeError:
        return None
    if not isinstance(result, int):
        return None
    return int(result)


def _as_ssize(value):
    """PyNumber_AsSsize_t with the error cleared: -1 for non-integers and overflow."""
    result = _as_index(value)
    if result is None or result > _MAXSIZE or result < -_MAXSIZE - 1:
        return -1
    return result


def _ssize_arg(value, what):
    # Argument Clinic 'n' conversion (r of combinations and friends).
    result = _as_index(value)
    if result is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % (type(value).__name__,))
    if result > _MAXSIZE or result < -_MAXSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return result


class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        result = self._cnt
        self._cnt = result + self._step
        return result

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return (type(self), (self._cnt,))
        return (type(self), (self._cnt, step))


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__float__')
            or hasattr(cls, '__int__') or hasattr(cls, '__complex__'))


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        index = self._index
        item = saved[index]
        index += 1
        if index >= len(saved):
            index = 0
        self._index = index
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            n = _ssize_arg(times, 'times')
            self._cnt = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return (type(self), (self._element,))
        return (type(self), (self._element, self._cnt))


_NOTHING = object()


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _NOTHING

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _NOTHING:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        result = cls()
        result._source = iter(iterable)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            active = self._active
            if active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                try:
                    active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
                self._active = active
            for item in active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors
    to choose the data elements.
    """

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            if next(selectors):
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted.
    """

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false.
    """

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        func = self._func
        if func is None or func is bool:
            while True:
                item = next(it)
                if not item:
                    return item
        while True:
            item = next(it)
            if not func(item):
                return item


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NOTHING:
            gbo._step()
        tgtkey = self._tgtkey
        currkey = gbo._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        result = gbo._currvalue
        gbo._currvalue = _NOTHING
        gbo._currkey = _NOTHING
        return result


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

    iterable
      Elements to divide into groups according to the key function.
    key
      A function for computing the group category for each element.
      If the key function is not specified or is None, the element itself
      is used for grouping.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NOTHING
        self._currkey = _NOTHING
        self._currvalue = _NOTHING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # skip to next iteration group
        while True:
            currkey = self._currkey
            if currkey is _NOTHING:
                pass
            else:
                tgtkey = self._tgtkey
                if tgtkey is _NOTHING:
                    break
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator.
    """

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs < 1 or nargs > 3:
            if nargs < 1:
                raise TypeError('islice expected at least 2 arguments, got %d' % (nargs + 1,))
            raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1,))
        start = 0
        stop = -1
        step = 1
        if nargs == 1:
            a1 = args[0]
            if a1 is not None:
                stop = _as_ssize(a1)
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        else:
            a1 = args[0]
            a2 = args[1]
            if a1 is not None:
                start = _as_ssize(a1)
            if a2 is not None:
                stop = _as_ssize(a2)
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if nargs == 3:
            a3 = args[2]
            if a3 is not None:
                step = _as_ssize(a3)
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _NOTHING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _NOTHING:
                old = next(it)
                self._old = old
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _NOTHING
            raise
        self._old = new
        return (old, new)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable, link=None):
        if link is None:
            # Build a new tee over iterable.
            self._it = iter(iterable)
            self._link = _tee_link()
        else:
            self._it = iterable
            self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            value = next(self._it)
            nxt = link.next
            if nxt is None:
                nxt = _tee_link()
                nxt.value = value
                link.next = nxt
        self._link = nxt
        return nxt.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _ssize_arg(n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyfunc = getattr(it, '__copy__', None)
    if copyfunc is not None:
        copyable = it
    else:
        copyable = _tee(it)
        copyfunc = copyable.__copy__
    result = [copyable]
    for _ in range(1, n):
        result.append(copyfunc())
    return tuple(result)


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument.
    """

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._numactive = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._numactive == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._numactive -= 1
                if self._numactive == 0:
                    raise
                its[i] = None
                item = self._fillvalue
            except BaseException:
                self._numactive = 0
                raise
            result.append(item)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).
    """

    def __init__(self, *iterables, repeat=1):
        repeat = _ssize_arg(repeat, 'repeat')
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(it) for it in iterables] * repeat
        if not iterables:
            pools = []
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            result = []
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
                result.append(pool[0])
            self._result = result
            return tuple(result)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            index = indices[i] + 1
            if index == len(pool):
                indices[i] = 0
                result[i] = pool[0]
            else:
                indices[i] = index
                result[i] = pool[index]
                break
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        return tuple(result)


class permutations:
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = int(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._result = None
        self._stopped = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        result = self._result
        if result is None:
            result = [pool[indices[i]] for i in range(r)]
            self._result = result
            return tuple(result)
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                # rotation: indices[i:] = indices[i+1:] + indices[i:i+1]
                index = indices[i]
                del indices[i]
                indices.append(index)
                cycles[i] = n - i
            else:
                cycles[i] = c
                index = indices[i]
                indices[i] = indices[n - c]
                indices[n - c] = index
                for k in range(i, r):
                    result[k] = pool[indices[k]]
                break
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        return tuple(result)


class combinations:
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize_arg(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._result = None
        self._stopped = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        result = self._result
        if result is None:
            result = [pool[i] for i in indices]
            self._result = result
            return tuple(result)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        for j in range(i, r):
            result[j] = pool[indices[j]]
        return tuple(result)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')
    """

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize_arg(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._result = None
        self._stopped = len(pool) == 0 and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        result = self._result
        if result is None:
            result = [pool[0]] * r if r > 0 else []
            self._result = result
            return tuple(result)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        index = indices[i] + 1
        elem = pool[index]
        for j in range(i, r):
            indices[j] = index
            result[j] = elem
        return tuple(result)
