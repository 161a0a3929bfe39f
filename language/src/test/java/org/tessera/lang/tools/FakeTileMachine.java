package org.tessera.lang.tools;

import java.util.function.IntSupplier;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;

/**
 * Stands in for the machine model's {@code tilemachine} instrument: with
 * {@code --tilemachine.Tiles=N} it offers the {@link IntSupplier} service that
 * {@code tiles.count()} asks for; without it (the instrument is still created by the lookup) the
 * service answers 1, as the real instrument's does when it is off.
 */
@TruffleInstrument.Registration(id = "tilemachine", name = "Fake tile machine", services = IntSupplier.class)
public final class FakeTileMachine extends TruffleInstrument {
    @Option(help = "Tiles of the modelled machine (0: no machine).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<Integer> Tiles = new OptionKey<>(0);

    @Override
    protected void onCreate(Env env) {
        int tiles = env.getOptions().get(Tiles);
        // as the real instrument: always registered (Truffle warns about a declared service that
        // is not), answering 1 when there is no machine
        env.registerService((IntSupplier) () -> Math.max(1, tiles));
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new FakeTileMachineOptionDescriptors();
    }
}
