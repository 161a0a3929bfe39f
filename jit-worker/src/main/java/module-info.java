/**
 * A model of JIT compilation on spare tiles: the {@code jit} Truffle instrument, whose options
 * ({@code --jit.*}) configure a {@link org.tessera.machine.program.JitModel} that the
 * {@code tilemachine} instrument plugs into its program model.
 */
module org.tessera.jit {
    requires org.tessera.machine;
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;

    exports org.tessera.jit;

    provides com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider with org.tessera.jit.JitInstrumentProvider;
}
