package org.tessera.machine.trace;

import java.math.BigDecimal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The number and string forms the Chrome/Perfetto trace writers ({@link TraceRecorder} for the
 * network, {@code program.ProgramTrace} for programs) put in their JSON, so that both write the
 * same text for the same value, byte for byte across runs.
 */
public final class TraceJson {
    private TraceJson() {
    }

    /** Whole nanoseconds as the microseconds of {@code ts}/{@code dur}: exact, no trailing zeros. */
    public static String micros(long nanos) {
        return plain(BigDecimal.valueOf(nanos, 3));
    }

    /** A decimal without trailing zeros or an exponent. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
