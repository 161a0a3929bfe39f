package org.tessera.lang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** C3 linearization of a class hierarchy, as CPython computes {@code __mro__}. */
final class Mro {
    private Mro() {
    }

    static PyType[] compute(PyType type, PyType[] bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(Arrays.asList(base.getMro())));
        }
        sequences.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType head = null;
            for (List<PyType> seq : sequences) {
                PyType candidate = seq.get(0);
                if (!inAnyTail(sequences, candidate)) {
                    head = candidate;
                    break;
                }
            }
            if (head == null) {
                throw new MroConflict(bases);
            }
            result.add(head);
            for (List<PyType> seq : sequences) {
                if (seq.get(0) == head) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inAnyTail(List<List<PyType>> sequences, PyType candidate) {
        for (List<PyType> seq : sequences) {
            if (seq.indexOf(candidate) > 0) {
                return true;
            }
        }
        return false;
    }

    /** No consistent order exists; the class statement reports it as a TypeError. */
    static final class MroConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PyType[] bases;

        MroConflict(PyType[] bases) {
            super(null, null, false, false);
            this.bases = bases;
        }
    }
}
