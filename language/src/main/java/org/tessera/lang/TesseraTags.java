package org.tessera.lang;

import com.oracle.truffle.api.instrumentation.Tag;

/**
 * Tessera's own instrumentation tags, beside Truffle's {@code StandardTags}. They let a tool (the
 * tile machine's instrument, a profiler) see a Python program as the kinds of work an interpreter
 * does, after Ismail &amp; Suh's overhead categories: attribute and element access, name
 * resolution of globals, arithmetic, constants, branches, loop iterations, allocations, calls into
 * Java builtins, and the parallel regions of the {@code tiles} module.
 * <p>
 * A tool finds them without importing this class through
 * {@code Tag.findProvidedTag(languageInfo, "AttributeRead")} (the {@link Tag.Identifier}s below).
 * Every tagged node is an ordinary instrumentable node, so a tag costs nothing until a tool binds
 * to it. Where the tool needs an operand (the receiver of an attribute or element access, the
 * callee of a call), that operand is a child expression with {@code ExpressionTag}: bound with an
 * input filter on {@code ExpressionTag}, {@code ExecutionEventNode.onInputValue} delivers it, the
 * receiver as input 0. A tagged node's {@code getNodeObject()} is an interop object with the
 * members listed per tag.
 */
public final class TesseraTags {
    private TesseraTags() {
    }

    /**
     * {@code receiver.name} as a value: the attribute's value is the return value. Input 0 is the
     * receiver. Node object: {@code name}. {@code receiver.name OP= value} carries this tag and
     * {@link AttributeWriteTag} (and {@link ArithmeticTag}). A method call {@code receiver.name(...)}
     * is not an attribute read but a {@code CallTag} whose node object has {@code name}, and whose
     * input 0 is the receiver.
     */
    @Tag.Identifier("AttributeRead")
    public static final class AttributeReadTag extends Tag {
        private AttributeReadTag() {
        }
    }

    /**
     * {@code receiver.name = value} and {@code del receiver.name}. Input 0 is the receiver, input 1
     * the value when the value is an expression of this node. Node object: {@code name}.
     */
    @Tag.Identifier("AttributeWrite")
    public static final class AttributeWriteTag extends Tag {
        private AttributeWriteTag() {
        }
    }

    /** {@code receiver[key]}. Input 0 is the receiver, input 1 the key. */
    @Tag.Identifier("ElementRead")
    public static final class ElementReadTag extends Tag {
        private ElementReadTag() {
        }
    }

    /**
     * {@code receiver[key] = value} and {@code del receiver[key]}. Input 0 is the receiver, input 1
     * the key, input 2 the value when it is an expression of this node.
     */
    @Tag.Identifier("ElementWrite")
    public static final class ElementWriteTag extends Tag {
        private ElementWriteTag() {
        }
    }

    /**
     * Reading a name that is not a local: module globals, then builtins (and a class body's
     * names). These nodes also carry {@code ReadVariableTag}. Node object: {@code name}.
     */
    @Tag.Identifier("GlobalRead")
    public static final class GlobalReadTag extends Tag {
        private GlobalReadTag() {
        }
    }

    /**
     * Binding a module global: an assignment at module level, or in a function after
     * {@code global name}. These nodes also carry {@code WriteVariableTag}; the write has happened
     * when the node returns. Node object: {@code name}.
     */
    @Tag.Identifier("GlobalWrite")
    public static final class GlobalWriteTag extends Tag {
        private GlobalWriteTag() {
        }
    }

    /**
     * Binary and unary arithmetic, {@code not}, and comparisons ({@code == < is in}...): the
     * operations whose operands an interpreter must type-check and box. Inputs are the operands.
     * Node object: {@code operator}, the Python symbol ({@code "+"}, {@code "+="} for augmented
     * assignment, {@code "<"}, {@code "not in"}, {@code "< <="} for a chain, {@code "not"}).
     */
    @Tag.Identifier("Arithmetic")
    public static final class ArithmeticTag extends Tag {
        private ArithmeticTag() {
        }
    }

    /** A literal constant: the return value is the constant. */
    @Tag.Identifier("Constant")
    public static final class ConstantTag extends Tag {
        private ConstantTag() {
        }
    }

    /**
     * A branch decision: the test of {@code if}, {@code while} (once per iteration, including the
     * final false one), a conditional expression, and {@code and}/{@code or}. For tests the
     * return value is the boolean outcome and input 0 the tested value; for {@code and}/{@code or}
     * the return value is the deciding operand. Node object: {@code kind} ({@code "if"},
     * {@code "while"}, {@code "conditional"}, {@code "and"}, {@code "or"}).
     */
    @Tag.Identifier("Branch")
    public static final class BranchTag extends Tag {
        private BranchTag() {
        }
    }

    /**
     * One iteration of a loop: the body of {@code for} and {@code while} (comprehension loops
     * included) enters and returns once per iteration. {@code break} and {@code continue} end an
     * iteration with {@code onReturnExceptional}.
     */
    @Tag.Identifier("Loop")
    public static final class LoopTag extends Tag {
        private LoopTag() {
        }
    }

    /**
     * A node whose result is a new Python object: list, tuple, set and dict displays,
     * comprehensions and generator expressions, {@code def}/{@code lambda} (a function object)
     * and {@code class} statements. The return value is the new object. Node object: {@code type}
     * ({@code "list"}, {@code "tuple"}, {@code "set"}, {@code "dict"}, {@code "generator"},
     * {@code "function"}, {@code "class"}). Instances made by calling a class are calls
     * ({@code CallTag} whose input 0, the callee, is a meta-object); every allocation, wherever it
     * happens, is also reported to the {@code AllocationReporter}.
     */
    @Tag.Identifier("Allocation")
    public static final class AllocationTag extends Tag {
        private AllocationTag() {
        }
    }

    /**
     * The body of a function implemented in Java (a "C function" in CPython's terms): {@code len},
     * {@code list.append}, {@code math.sqrt}... Enters and returns once per call, inside an
     * internal root whose source is {@code <builtin>}. Node object: {@code name}, the qualified
     * name ({@code "list.append"}).
     */
    @Tag.Identifier("BuiltinCall")
    public static final class BuiltinCallTag extends Tag {
        private BuiltinCallTag() {
        }
    }

    /**
     * A parallel region of the {@code tiles} module: {@code tiles.map(f, xs)} (enter = the region
     * starts, return = every task has finished; the return value is the result list) and
     * {@code tiles.spawn(f, *args)} (one task; the return value is the task handle, whose interop
     * member {@code id} numbers it). The tasks of a region are the {@link TaskTag} events between
     * its enter and return. Node object: {@code kind} ({@code "map"} or {@code "spawn"}).
     */
    @Tag.Identifier("Parallel")
    public static final class ParallelTag extends Tag {
        private ParallelTag() {
        }
    }

    /**
     * One task of a parallel region: one call of {@code f}, in its own frame. Tasks run one after
     * another for real; a model may run them side by side. The return value is the task's result.
     */
    @Tag.Identifier("Task")
    public static final class TaskTag extends Tag {
        private TaskTag() {
        }
    }

    /** {@code tiles.barrier()}: waits for every task spawned so far. */
    @Tag.Identifier("Barrier")
    public static final class BarrierTag extends Tag {
        private BarrierTag() {
        }
    }

    /**
     * {@code handle.result()} of a spawned task: waits for that one task. Input 0 is the handle
     * (whose member {@code id} matches the spawn's return value); the return value is the result.
     */
    @Tag.Identifier("Join")
    public static final class JoinTag extends Tag {
        private JoinTag() {
        }
    }
}
