package org.tessera.lang.builtins.types;

import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.PyErrors;

/** Argument checks shared by the constructors of the built-in containers. */
final class ContainerInit {
    private ContainerInit() {
    }

    /** The one optional positional argument of {@code list(...)}, {@code set(...)}..., or null. */
    static Object singleArgument(String typeName, PyTuple args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyErrors.typeError(null, "%s() takes no keyword arguments", typeName);
        }
        if (args.size() > 1) {
            throw PyErrors.typeError(null, "%s expected at most 1 argument, got %d", typeName, args.size());
        }
        return args.size() == 0 ? null : args.get(0);
    }
}
