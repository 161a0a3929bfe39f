package org.tessera.machine.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The offered loads of {@code --rate}: one value ({@code 0.1}), a list ({@code 0.1,0.2,0.4}) or a
 * range FROM:TO:STEP with both ends included ({@code 0.05:0.6:0.05}). Ranges are stepped in decimal,
 * so {@code 0.1:0.3:0.1} is exactly 0.1, 0.2, 0.3.
 */
record Rates(double[] values) {
    /** More points than anyone means to run: a typo such as a step of 0.0001. */
    static final int MAX_POINTS = 1000;

    /** Picocli's converter (one option value holds every rate). */
    static final class Converter implements ITypeConverter<Rates> {
        @Override
        public Rates convert(String spec) {
            return parse(spec);
        }
    }

    static Rates parse(String spec) {
        List<BigDecimal> values = new ArrayList<>();
        String[] range = spec.split(":", -1);
        if (range.length == 3) {
            BigDecimal from = number(range[0], spec);
            BigDecimal to = number(range[1], spec);
            BigDecimal step = number(range[2], spec);
            if (step.signum() <= 0 || to.compareTo(from) < 0) {
                throw new TypeConversionException("'" + spec + "' is not a range FROM:TO:STEP with FROM ≤ TO and STEP > 0");
            }
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                values.add(v);
                if (values.size() > MAX_POINTS) {
                    throw new TypeConversionException("'" + spec + "' has more than " + MAX_POINTS + " load points");
                }
            }
        } else if (range.length == 1) {
            for (String item : spec.split(",", -1)) {
                values.add(number(item, spec));
            }
        } else {
            throw new TypeConversionException("'" + spec + "' is neither RATE, RATE,RATE,... nor FROM:TO:STEP");
        }
        double[] rates = new double[values.size()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = values.get(i).doubleValue();
        }
        return new Rates(rates);
    }

    /** No rate is larger (packets have at most 2^24 flits), and none has more decimal places: ranges are stepped exactly. */
    static final BigDecimal MAX_RATE = BigDecimal.valueOf(1_000_000_000);
    static final int MAX_DECIMALS = 30;

    private static BigDecimal number(String text, String spec) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0) {
                throw new TypeConversionException("rates cannot be negative: '" + spec + "'");
            }
            // Before anything adds to it: 1e999999999 + 1e-999999999 has two billion digits.
            if (value.compareTo(MAX_RATE) > 0 || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw new TypeConversionException("'" + text.trim() + "'" + (text.trim().equals(spec) ? "" : " in '" + spec + "'") + " is not a rate from 0 to "
                                + MAX_RATE + " with at most " + MAX_DECIMALS + " decimal places");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text.trim() + "'" + (text.trim().equals(spec) ? "" : " in '" + spec + "'") + " is not a number");
        }
    }
}
