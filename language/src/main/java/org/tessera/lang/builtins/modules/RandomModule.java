package org.tessera.lang.builtins.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.BuiltinRegistry;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.BinaryOps;
import org.tessera.lang.runtime.CompareOps;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBoundMethod;
import org.tessera.lang.runtime.PyBuiltinFunction;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyRandom;
import org.tessera.lang.runtime.PySet;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.Subscripts;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * The {@code random} module: the class {@code Random} (MT19937, see {@link PyRandom}) and the
 * module functions, which are the methods of one hidden instance, as in CPython. The algorithms
 * on top of the generator are CPython 3.11's, so seeded results match it.
 */
public final class RandomModule {
    private RandomModule() {
    }

    /** Makes the module for one context. */
    @TruffleBoundary
    public static PyModule create(BuiltinRegistry registry) {
        PyType randomType = new PyType("Random", "random", new PyType[]{PyObjects.types().objectType}, true);
        Map<String, PyBuiltinFunction> methods = new HashMap<>();
        for (NodeFactory<? extends PyBuiltinNode> factory : RandomModuleFactory.getFactories()) {
            PyBuiltinFunction f = registry.makeFunction(factory, randomType);
            methods.put(f.getName(), f);
            randomType.setAttribute(f.getName(), f);
        }
        PyRandom instance = new PyRandom(randomType);
        return new PyModule("random", name -> {
            if (name.equals("__name__")) {
                return "random";
            } else if (name.equals("Random")) {
                return randomType;
            }
            PyBuiltinFunction f = methods.get(name);
            return f == null || name.startsWith("_") ? null : new PyBoundMethod(instance, f);
        });
    }

    static PyRandom self(Object self) {
        if (self instanceof PyRandom r) {
            return r;
        }
        throw PyErrors.typeError(null, "descriptor requires a 'random.Random' object but received a '%s'", PyErrors.typeName(self));
    }

    @Builtin(name = "__new__", params = {"cls", "x?", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(PyType cls, Object x) {
            PyRandom r = new PyRandom(cls);
            if (given(x)) {
                r.seed(x);
            }
            return r;
        }
    }

    @Builtin(name = "seed", params = {"self", "a?", "version?"})
    @GenerateNodeFactory
    public abstract static class SeedNode extends PyBuiltinNode {
        @Specialization
        protected static Object seed(Object self, Object a, @SuppressWarnings("unused") Object version) {
            self(self).seed(isNoValue(a) ? PyNone.NONE : a);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "random", params = {"self"})
    @GenerateNodeFactory
    public abstract static class RandomNode extends PyBuiltinNode {
        @Specialization
        protected static double random(PyRandom self) {
            return self.random();
        }
    }

    @Builtin(name = "getrandbits", params = {"self", "k", "/"})
    @GenerateNodeFactory
    public abstract static class GetRandBitsNode extends PyBuiltinNode {
        @Specialization
        protected static Object getrandbits(Object self, Object k) {
            return self(self).getrandbits(Numbers.asIndex(k));
        }
    }

    @Builtin(name = "randrange", params = {"self", "start", "stop?", "step?"})
    @GenerateNodeFactory
    public abstract static class RandRangeNode extends PyBuiltinNode {
        @Specialization
        protected static Object randrange(Object self, Object start, Object stop, Object step) {
            return RandomModule.randrange(self(self), start, stop, step);
        }
    }

    @TruffleBoundary
    static Object randrange(PyRandom r, Object start, Object stop, Object step) {
        BigInteger istart = index(start);
        if (PyBuiltinNode.isNoValue(stop) || stop == PyNone.NONE) {
            if (!PyBuiltinNode.isNoValue(step) && !step.equals(1L)) {
                throw PyErrors.typeError(null, "Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return r.randbelow(toInt(istart));
            }
            throw PyErrors.valueError(null, "empty range for randrange()");
        }
        BigInteger istop = index(stop);
        BigInteger width = istop.subtract(istart);
        BigInteger istep = PyBuiltinNode.isNoValue(step) ? BigInteger.ONE : index(step);
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return toInt(istart.add(IntOps.big(r.randbelow(toInt(width)))));
            }
            throw PyErrors.valueError(null, "empty range for randrange() (%s, %s, %s)", istart, istop, width);
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw PyErrors.valueError(null, "zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PyErrors.valueError(null, "empty range for randrange()");
        }
        return toInt(istart.add(istep.multiply(IntOps.big(r.randbelow(toInt(n))))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static BigInteger index(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return IntOps.big(org.tessera.lang.runtime.FloatOps.toInt(d));
        }
        if (!Numbers.isInt(value)) {
            Numbers.asIndex(value);
        }
        return IntOps.big(value);
    }

    private static Object toInt(BigInteger value) {
        return org.tessera.lang.runtime.PyBigInt.normalize(value);
    }

    @Builtin(name = "randint", params = {"self", "a", "b"})
    @GenerateNodeFactory
    public abstract static class RandIntNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object randint(Object self, Object a, Object b) {
            return randrange(self(self), a, toInt(index(b).add(BigInteger.ONE)), org.tessera.lang.runtime.PyNoValue.NO_VALUE);
        }
    }

    @Builtin(name = "choice", params = {"self", "seq"})
    @GenerateNodeFactory
    public abstract static class ChoiceNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object choice(Object self, Object seq) {
            long n = PyObjects.len(seq);
            if (n == 0) {
                throw PyErrors.indexError(null, "Cannot choose from an empty sequence");
            }
            return Subscripts.getItem(seq, self(self).randbelow(n));
        }
    }

    @Builtin(name = "shuffle", params = {"self", "x"})
    @GenerateNodeFactory
    public abstract static class ShuffleNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object shuffle(Object self, Object x) {
            PyRandom r = self(self);
            long n = PyObjects.len(x);
            for (long i = n - 1; i >= 1; i--) {
                Object j = r.randbelow(i + 1);
                Object a = Subscripts.getItem(x, i);
                Object b = Subscripts.getItem(x, j);
                Subscripts.setItem(x, i, b);
                Subscripts.setItem(x, j, a);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "uniform", params = {"self", "a", "b"})
    @GenerateNodeFactory
    public abstract static class UniformNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object uniform(Object self, Object a, Object b) {
            Object width = BinaryOps.binary(BinaryOp.SUB, b, a);
            return BinaryOps.binary(BinaryOp.ADD, a, BinaryOps.binary(BinaryOp.MUL, width, self(self).random()));
        }
    }

    @Builtin(name = "gauss", params = {"self", "mu?", "sigma?"})
    @GenerateNodeFactory
    public abstract static class GaussNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static double gauss(Object self, Object mu, Object sigma) {
            PyRandom r = self(self);
            double m = isNoValue(mu) ? 0.0 : Numbers.asDouble(mu);
            double s = isNoValue(sigma) ? 1.0 : Numbers.asDouble(sigma);
            Double z = r.takeGaussNext();
            if (z == null) {
                double x2pi = r.random() * (2 * Math.PI);
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.random()));
                z = Math.cos(x2pi) * g2rad;
                r.setGaussNext(Math.sin(x2pi) * g2rad);
            }
            return m + z * s;
        }
    }

    @Builtin(name = "expovariate", params = {"self", "lambd"})
    @GenerateNodeFactory
    public abstract static class ExpovariateNode extends PyBuiltinNode {
        @Specialization
        protected static double expovariate(Object self, Object lambd) {
            return -Math.log(1.0 - self(self).random()) / Numbers.asDouble(lambd);
        }
    }

    @Builtin(name = "sample", params = {"self", "population", "k", "*", "counts?"})
    @GenerateNodeFactory
    public abstract static class SampleNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object sample(Object self, Object population, Object k, Object counts) {
            PyRandom r = self(self);
            if (population instanceof PySet || population instanceof PyDict) {
                throw PyErrors.typeError(null, "Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            if (given(counts) && counts != PyNone.NONE) {
                throw PyErrors.typeError(null, "sample() counts are not supported");
            }
            Object[] pool = Iteration.toArray(population);
            int n = pool.length;
            long kk = Numbers.asIndex(k);
            if (kk < 0 || kk > n) {
                throw PyErrors.valueError(null, "Sample larger than population or is negative");
            }
            Object[] result = new Object[(int) kk];
            long setsize = 21;
            if (kk > 5) {
                setsize += (long) Math.pow(4, Math.ceil(Math.log(kk * 3) / Math.log(4)));
            }
            if (n <= setsize) {
                for (int i = 0; i < kk; i++) {
                    int j = (int) (long) (Long) r.randbelow((long) (n - i));
                    result[i] = pool[j];
                    pool[j] = pool[n - i - 1];
                }
            } else {
                java.util.Set<Long> selected = new java.util.HashSet<>();
                for (int i = 0; i < kk; i++) {
                    long j = (Long) r.randbelow((long) n);
                    while (selected.contains(j)) {
                        j = (Long) r.randbelow((long) n);
                    }
                    selected.add(j);
                    result[i] = pool[(int) j];
                }
            }
            return new PyList(result);
        }
    }

    @Builtin(name = "choices", params = {"self", "population", "weights?", "*", "cum_weights?", "k?"})
    @GenerateNodeFactory
    public abstract static class ChoicesNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object choices(Object self, Object population, Object weights, Object cumWeights, Object k) {
            PyRandom r = self(self);
            Object[] items = Iteration.toArray(population);
            int n = items.length;
            long count = isNoValue(k) ? 1 : Numbers.asIndex(k);
            boolean noWeights = isNoValue(weights) || weights == PyNone.NONE;
            boolean noCum = isNoValue(cumWeights) || cumWeights == PyNone.NONE;
            List<Object> result = new ArrayList<>();
            if (noCum && noWeights) {
                double dn = n;
                for (long i = 0; i < count; i++) {
                    result.add(items[(int) Math.floor(r.random() * dn)]);
                }
                return new PyList(result.toArray());
            }
            Object[] cum;
            if (noCum) {
                Object[] w = Iteration.toArray(weights);
                cum = new Object[w.length];
                Object total = null;
                for (int i = 0; i < w.length; i++) {
                    total = total == null ? w[i] : BinaryOps.binary(BinaryOp.ADD, total, w[i]);
                    cum[i] = total;
                }
            } else {
                if (!noWeights) {
                    throw PyErrors.typeError(null, "Cannot specify both weights and cumulative weights");
                }
                cum = Iteration.toArray(cumWeights);
            }
            if (cum.length != n) {
                throw PyErrors.valueError(null, "The number of weights does not match the population");
            }
            double total = Numbers.asDouble(cum[n - 1]);
            if (total <= 0.0) {
                throw PyErrors.valueError(null, "Total of weights must be greater than zero");
            }
            if (!Double.isFinite(total)) {
                throw PyErrors.valueError(null, "Total of weights must be finite");
            }
            int hi = n - 1;
            for (long i = 0; i < count; i++) {
                double x = r.random() * total;
                int lo = 0;
                int h = hi;
                while (lo < h) {
                    int mid = (lo + h) >>> 1;
                    if (CompareOps.lessThan(x, cum[mid])) {
                        h = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                result.add(items[lo]);
            }
            return new PyList(result.toArray());
        }
    }
}
