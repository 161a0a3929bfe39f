package org.tessera.machine.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How every export writes a measured number: rounded to six significant digits, in plain decimal
 * notation, with trailing zeros dropped. The rounding starts from the double's exact binary value,
 * so the text depends only on the number — the same run gives byte-identical JSON and CSV — and
 * six digits are more than any simulated statistic can claim.
 */
public final class Decimals {
    private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /** {@code value} rounded, or null if it is NaN or infinite (a statistic without samples). */
    public static BigDecimal of(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** {@code value} as text, or the empty string if it is NaN or infinite. */
    public static String format(double value) {
        BigDecimal rounded = of(value);
        return rounded == null ? "" : rounded.toPlainString();
    }
}
