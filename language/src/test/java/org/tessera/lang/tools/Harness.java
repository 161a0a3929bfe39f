package org.tessera.lang.tools;

import java.io.ByteArrayOutputStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** A context with the test instrument, and programs run in it. */
final class Harness implements AutoCloseable {
    final Engine engine;
    final Context context;
    final TestInstrument instrument;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Harness(String... options) {
        Engine.Builder builder = Engine.newBuilder("tessera").option("engine.WarnInterpreterOnly", "false").out(out).err(out);
        for (int i = 0; i < options.length; i += 2) {
            builder.option(options[i], options[i + 1]);
        }
        engine = builder.build();
        context = Context.newBuilder("tessera").engine(engine).allowAllAccess(true).build();
        instrument = engine.getInstruments().get(TestInstrument.ID).lookup(TestInstrument.class);
    }

    /** Runs {@code code} as a module in {@code __main__}; its lines are numbered from 1. */
    Value run(String code) {
        return context.eval(Source.create("tessera", code));
    }

    /** A global of {@code __main__}. */
    Value global(String name) {
        return context.getBindings("tessera").getMember(name);
    }

    @Override
    public void close() {
        context.close();
        engine.close();
    }
}
