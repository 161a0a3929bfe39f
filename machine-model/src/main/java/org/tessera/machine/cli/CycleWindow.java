package org.tessera.machine.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --trace-window FROM:TO}: cycles [FROM, TO); either end may be left out ({@code 5000:}, {@code :8000}). */
record CycleWindow(long from, long to) {
    static final class Converter implements ITypeConverter<CycleWindow> {
        @Override
        public CycleWindow convert(String text) {
            String[] ends = text.split(":", -1);
            if (ends.length != 2) {
                throw new TypeConversionException("'" + text + "' is not a cycle window FROM:TO");
            }
            try {
                long from = ends[0].isBlank() ? 0 : Long.parseLong(ends[0].trim());
                long to = ends[1].isBlank() ? Long.MAX_VALUE : Long.parseLong(ends[1].trim());
                if (from < 0 || to <= from) {
                    throw new TypeConversionException("the cycle window '" + text + "' needs 0 ≤ FROM < TO");
                }
                return new CycleWindow(from, to);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a cycle window FROM:TO of whole cycles");
            }
        }
    }
}
