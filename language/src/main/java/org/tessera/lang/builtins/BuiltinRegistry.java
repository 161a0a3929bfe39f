package org.tessera.lang.builtins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.builtins.functions.IoFunctionsFactory;
import org.tessera.lang.builtins.functions.IterationFunctionsFactory;
import org.tessera.lang.builtins.functions.NumericFunctionsFactory;
import org.tessera.lang.builtins.functions.ObjectFunctionsFactory;
import org.tessera.lang.builtins.modules.MathModule;
import org.tessera.lang.builtins.modules.MathModuleFactory;
import org.tessera.lang.builtins.modules.RandomModule;
import org.tessera.lang.builtins.modules.SysModule;
import org.tessera.lang.builtins.modules.TimeModuleFactory;
import org.tessera.lang.builtins.types.BoolBuiltinsFactory;
import org.tessera.lang.builtins.types.BytesBuiltins;
import org.tessera.lang.builtins.types.BytesBuiltinsFactory;
import org.tessera.lang.builtins.types.DescriptorBuiltinsFactory;
import org.tessera.lang.builtins.types.DictBuiltinsFactory;
import org.tessera.lang.builtins.types.EnumerateBuiltinsFactory;
import org.tessera.lang.builtins.types.ExceptionBuiltinsFactory;
import org.tessera.lang.builtins.types.FilterBuiltinsFactory;
import org.tessera.lang.builtins.types.FloatBuiltinsFactory;
import org.tessera.lang.builtins.types.GeneratorBuiltinsFactory;
import org.tessera.lang.builtins.types.IntBuiltinsFactory;
import org.tessera.lang.builtins.types.IteratorBuiltinsFactory;
import org.tessera.lang.builtins.types.ListBuiltinsFactory;
import org.tessera.lang.builtins.types.MapBuiltinsFactory;
import org.tessera.lang.builtins.types.ObjectBuiltinsFactory;
import org.tessera.lang.builtins.types.PropertyBuiltinsFactory;
import org.tessera.lang.builtins.types.RangeBuiltinsFactory;
import org.tessera.lang.builtins.types.ReversedBuiltinsFactory;
import org.tessera.lang.builtins.types.SetBuiltinsFactory;
import org.tessera.lang.builtins.types.SlotBuiltinsFactory;
import org.tessera.lang.builtins.types.StrBuiltinsFactory;
import org.tessera.lang.builtins.types.StrSearchBuiltinsFactory;
import org.tessera.lang.builtins.types.TextIOBuiltinsFactory;
import org.tessera.lang.builtins.types.TupleBuiltinsFactory;
import org.tessera.lang.builtins.types.TypeBuiltinsFactory;
import org.tessera.lang.builtins.types.ZipBuiltinsFactory;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.ReadArgumentNode;
import org.tessera.lang.runtime.BuiltinTypes;
import org.tessera.lang.runtime.PyBuiltinFunction;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PySingleton;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.Signature;
import org.tessera.lang.runtime.exception.ErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Finds every {@link Builtin} through the DSL's generated factories and installs them: methods
 * into the built-in types (on a type's first attribute lookup), functions into the builtins
 * module (on a name's first lookup). Nothing is created before a program asks for it.
 */
public final class BuiltinRegistry {
    private final TesseraLanguage language;
    private Map<String, PyBuiltinFunction> functions;

    public BuiltinRegistry(TesseraLanguage language) {
        this.language = language;
        BuiltinTypes t = language.getTypes();
        lazy(t.objectType, ObjectBuiltinsFactory::getFactories);
        lazy(t.typeType, TypeBuiltinsFactory::getFactories);
        lazy(t.intType, IntBuiltinsFactory::getFactories);
        lazy(t.boolType, BoolBuiltinsFactory::getFactories);
        lazy(t.floatType, FloatBuiltinsFactory::getFactories);
        lazy(t.strType, () -> concat(slots(SEQUENCE_SLOTS + " __mod__ __hash__"), concat(StrBuiltinsFactory.getFactories(), StrSearchBuiltinsFactory.getFactories())));
        t.bytesType.setLazyMembers(installer(() -> concat(slots(SEQUENCE_SLOTS + " __hash__"), BytesBuiltinsFactory.getFactories())).andThen(this::installBytesBridges));
        t.listType.setLazyMembers(installer(() -> concat(slots(SEQUENCE_SLOTS + " __setitem__ __delitem__ __iadd__"), ListBuiltinsFactory.getFactories())).andThen(UNHASHABLE));
        lazy(t.tupleType, () -> concat(slots(SEQUENCE_SLOTS + " __hash__"), TupleBuiltinsFactory.getFactories()));
        t.dictType.setLazyMembers(installer(() -> concat(slots(MAPPING_SLOTS), DictBuiltinsFactory.getFactories())).andThen(UNHASHABLE));
        t.setType.setLazyMembers(installer(() -> concat(slots(SET_SLOTS), SetBuiltinsFactory.getFactories())).andThen(UNHASHABLE));
        lazy(t.frozenSetType, () -> concat(slots(SET_SLOTS + " __hash__"), without(SetBuiltinsFactory.getFactories(),
                        "__init__ add discard remove pop clear update intersection_update difference_update symmetric_difference_update")));
        lazy(t.rangeType, RangeBuiltinsFactory::getFactories);
        lazy(t.textIOType, TextIOBuiltinsFactory::getFactories);
        lazy(t.sliceType, org.tessera.lang.builtins.types.SliceBuiltinsFactory::getFactories);
        lazy(t.dictKeysType, org.tessera.lang.builtins.types.DictViewBuiltinsFactory::getFactories);
        lazy(t.dictItemsType, org.tessera.lang.builtins.types.DictViewBuiltinsFactory::getFactories);
        lazy(t.noneType, org.tessera.lang.builtins.types.NoneBuiltinsFactory::getFactories);
        lazy(t.error(ErrorType.BaseException), ExceptionBuiltinsFactory::getFactories);
        lazy(t.propertyType, () -> concat(List.of(DescriptorBuiltinsFactory.PropertyNewNodeFactory.getInstance()), PropertyBuiltinsFactory.getFactories()));
        lazy(t.staticMethodType, () -> List.of(DescriptorBuiltinsFactory.StaticMethodNewNodeFactory.getInstance()));
        lazy(t.classMethodType, () -> List.of(DescriptorBuiltinsFactory.ClassMethodNewNodeFactory.getInstance()));
        lazy(t.superType, () -> List.of(DescriptorBuiltinsFactory.SuperNewNodeFactory.getInstance()));
        t.setHiddenTypeInitializer(type -> lazy(type, IteratorBuiltinsFactory::getFactories));
        exposeIterator(t, "enumerate", EnumerateBuiltinsFactory::getFactories);
        exposeIterator(t, "zip", ZipBuiltinsFactory::getFactories);
        exposeIterator(t, "map", MapBuiltinsFactory::getFactories);
        exposeIterator(t, "filter", FilterBuiltinsFactory::getFactories);
        exposeIterator(t, "reversed", ReversedBuiltinsFactory::getFactories);
        t.hiddenType("generator").setLazyMembers(installer(() -> concat(IteratorBuiltinsFactory.getFactories(), GeneratorBuiltinsFactory.getFactories())));
    }

    public TesseraLanguage getLanguage() {
        return language;
    }

    private static final String COMPARISONS = " __eq__ __ne__ __lt__ __le__ __gt__ __ge__";
    private static final String SEQUENCE_SLOTS = "__getitem__ __len__ __iter__ __contains__ __repr__ __add__ __mul__ __rmul__" + COMPARISONS;
    private static final String MAPPING_SLOTS = "__getitem__ __setitem__ __delitem__ __len__ __iter__ __contains__ __repr__ __eq__ __ne__";
    private static final String SET_SLOTS = "__len__ __iter__ __contains__ __repr__ __or__ __and__ __sub__ __xor__" + COMPARISONS;
    private static final java.util.function.Consumer<PyType> UNHASHABLE = type -> type.setAttribute("__hash__", PyNone.NONE);

    /** The factories except those whose builtins are named in {@code names} (space-separated). */
    private static List<? extends NodeFactory<? extends PyBuiltinNode>> without(List<? extends NodeFactory<? extends PyBuiltinNode>> factories, String names) {
        java.util.Set<String> excluded = java.util.Set.of(names.split(" "));
        java.util.ArrayList<NodeFactory<? extends PyBuiltinNode>> chosen = new java.util.ArrayList<>();
        for (NodeFactory<? extends PyBuiltinNode> factory : factories) {
            if (!excluded.contains(factory.getNodeClass().getAnnotation(Builtin.class).name())) {
                chosen.add(factory);
            }
        }
        return chosen;
    }

    /** The special-method wrappers named in {@code names} (space-separated). */
    private static List<? extends NodeFactory<? extends PyBuiltinNode>> slots(String names) {
        java.util.Set<String> wanted = java.util.Set.of(names.split(" "));
        java.util.ArrayList<NodeFactory<? extends PyBuiltinNode>> chosen = new java.util.ArrayList<>();
        for (NodeFactory<? extends PyBuiltinNode> factory : SlotBuiltinsFactory.getFactories()) {
            if (wanted.contains(factory.getNodeClass().getAnnotation(Builtin.class).name())) {
                chosen.add(factory);
            }
        }
        return chosen;
    }

    /** An iterator class that Python code can call, e.g. {@code enumerate}: its constructor plus the iterator methods. */
    private void exposeIterator(BuiltinTypes t, String name, Supplier<List<? extends NodeFactory<? extends PyBuiltinNode>>> constructor) {
        PyType type = t.hiddenType(name);
        t.named().put(name, type);
        java.util.function.Consumer<PyType> iteratorMethods = installer(IteratorBuiltinsFactory::getFactories);
        java.util.function.Consumer<PyType> constructorMethods = installer(constructor);
        type.setLazyMembers(iteratorMethods.andThen(constructorMethods));
    }

    private static List<? extends NodeFactory<? extends PyBuiltinNode>> concat(List<? extends NodeFactory<? extends PyBuiltinNode>> a,
                    List<? extends NodeFactory<? extends PyBuiltinNode>> b) {
        java.util.ArrayList<NodeFactory<? extends PyBuiltinNode>> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void lazy(PyType type, Supplier<List<? extends NodeFactory<? extends PyBuiltinNode>>> factories) {
        type.setLazyMembers(installer(factories));
    }

    private java.util.function.Consumer<PyType> installer(Supplier<List<? extends NodeFactory<? extends PyBuiltinNode>>> factories) {
        return type -> {
            for (NodeFactory<? extends PyBuiltinNode> factory : factories.get()) {
                PyBuiltinFunction function = makeFunction(factory, type);
                type.setAttribute(function.getName(), function);
            }
        };
    }

    /** The bytes methods that reuse str's: each takes {@code (self, *args, **kwargs)}. */
    private void installBytesBridges(PyType bytesType) {
        for (String name : BytesBuiltins.STR_BRIDGED) {
            bytesType.setAttribute(name, makeFunction(name, bytesType, new String[]{"self", "*args", "**kwargs"}, null, () -> new BytesBuiltins.StrBridgeNode(name)));
        }
    }

    /**
     * A builtin whose body is not a {@link Builtin} node: {@code params} in {@link Builtin}'s
     * notation, {@code body} made on the first call, its nodes placed in {@code section}'s source
     * (null for the usual {@code <builtin>}).
     */
    public PyBuiltinFunction makeFunction(String name, PyType owner, String[] params, SourceSection section, Supplier<PyExpressionNode> body) {
        String displayName = owner == null ? name : owner.getName() + "." + name;
        return new PyBuiltinFunction(name, owner, SignatureParser.parse(displayName, params),
                        fn -> (section == null ? new BuiltinRootNode(language, fn.getQualname(), body.get())
                                        : new BuiltinRootNode(language, fn.getQualname(), body.get(), section)).getCallTarget());
    }

    /** A function object for one builtin node class; {@code owner} is its type for methods, else null. */
    @TruffleBoundary
    public PyBuiltinFunction makeFunction(NodeFactory<? extends PyBuiltinNode> factory, PyType owner) {
        Builtin builtin = factory.getNodeClass().getAnnotation(Builtin.class);
        if (builtin == null) {
            throw new IllegalStateException(factory.getNodeClass() + " has no @Builtin");
        }
        String displayName = owner == null ? builtin.name() : owner.getName() + "." + builtin.name();
        Signature signature = SignatureParser.parse(displayName, builtin.params());
        return new PyBuiltinFunction(builtin.name(), owner, signature, fn -> createCallTarget(factory, fn));
    }

    private RootCallTarget createCallTarget(NodeFactory<? extends PyBuiltinNode> factory, PyBuiltinFunction function) {
        int slots = function.getSignature().getSlotCount();
        PyExpressionNode[] arguments = new PyExpressionNode[slots];
        for (int i = 0; i < slots; i++) {
            arguments[i] = new ReadArgumentNode(i + 1);
        }
        PyBuiltinNode body = factory.createNode((Object) arguments);
        return new BuiltinRootNode(language, function.getQualname(), body).getCallTarget();
    }

    /** The builtins module of a new context. */
    public PyModule createBuiltinsModule(TesseraContext context) {
        return new PyModule("builtins", this::lookupBuiltin);
    }

    @TruffleBoundary
    private Object lookupBuiltin(String name) {
        PyBuiltinFunction function = functions().get(name);
        if (function != null) {
            return function;
        }
        PyType type = language.getTypes().named().get(name);
        if (type != null) {
            return type;
        }
        switch (name) {
            case "__name__":
                return "builtins";
            case "None":
                return PyNone.NONE;
            case "NotImplemented":
                return PySingleton.NOT_IMPLEMENTED;
            case "Ellipsis":
                return PySingleton.ELLIPSIS;
            default:
                return null;
        }
    }

    private synchronized Map<String, PyBuiltinFunction> functions() {
        if (functions == null) {
            Map<String, PyBuiltinFunction> map = new HashMap<>();
            for (List<? extends NodeFactory<? extends PyBuiltinNode>> group : List.of(IoFunctionsFactory.getFactories(), IterationFunctionsFactory.getFactories(),
                            NumericFunctionsFactory.getFactories(), ObjectFunctionsFactory.getFactories())) {
                for (NodeFactory<? extends PyBuiltinNode> factory : group) {
                    PyBuiltinFunction f = makeFunction(factory, null);
                    map.put(f.getName(), f);
                }
            }
            functions = map;
        }
        return functions;
    }

    /** A built-in module by name, made for {@code context}, or null if there is none. */
    @TruffleBoundary
    public PyModule createBuiltinModule(String name, TesseraContext context) {
        switch (name) {
            case "sys":
                return SysModule.create(context, this);
            case "time":
                return functionModule("time", TimeModuleFactory.getFactories(), Map.of());
            case "random":
                return RandomModule.create(this);
            case "_tessera":
                return functionModule("_tessera", org.tessera.lang.builtins.modules.TesseraModuleFactory.getFactories(), Map.of());
            case "_collections":
                return org.tessera.lang.builtins.modules.CollectionsModule.create(this);
            case "_json":
                return functionModule("_json", org.tessera.lang.builtins.modules.JsonModuleFactory.getFactories(), Map.of());
            case "math":
                return functionModule("math", MathModuleFactory.getFactories(), MathModule.constants());
            case "polyglot":
                return functionModule("polyglot", org.tessera.lang.builtins.modules.PolyglotModuleFactory.getFactories(), Map.of("ForeignException", language.getTypes().foreignExceptionType));
            case "tiles":
                return org.tessera.lang.builtins.tiles.TilesModule.create(this);
            default:
                return null;
        }
    }

    /** A built-in module whose members are exactly its builtin functions. */
    private PyModule functionModule(String name, List<? extends NodeFactory<? extends PyBuiltinNode>> factories, Map<String, Object> constants) {
        Map<String, Object> members = new HashMap<>(constants);
        for (NodeFactory<? extends PyBuiltinNode> factory : factories) {
            PyBuiltinFunction f = makeFunction(factory, null);
            members.put(f.getName(), f);
        }
        members.put("__name__", name);
        PyModule module = new PyModule(name, members::get);
        for (String key : new java.util.TreeSet<>(members.keySet())) {
            module.getCell(key);
        }
        return module;
    }
}
