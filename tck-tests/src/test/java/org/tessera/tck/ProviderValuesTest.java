package org.tessera.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.tck.Snippet;
import org.graalvm.polyglot.tck.TypeDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Every value the provider offers the TCK has the interop type it declares (the TCK picks values
 * for parameters by the declared types, so a wrong declaration would hide or invent failures).
 */
class ProviderValuesTest {
    @Test
    void valuesHaveTheirDeclaredTypes() {
        try (Context context = Context.newBuilder(TesseraProvider.ID).build()) {
            List<String> wrong = new ArrayList<>();
            for (Snippet snippet : new TesseraProvider().createValueConstructors(context)) {
                Value value = snippet.getExecutableValue().execute();
                TypeDescriptor actual = TypeDescriptor.forValue(value);
                if (!snippet.getReturnType().isAssignable(actual)) {
                    wrong.add(snippet.getId() + ": declared " + snippet.getReturnType() + ", is " + actual);
                }
            }
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        }
    }
}
