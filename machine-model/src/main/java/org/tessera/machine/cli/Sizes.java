package org.tessera.machine.cli;

import org.tessera.machine.config.ByteSize;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A byte count for an option: {@code 4096}, {@code 64KiB}, {@code 1M} (binary suffixes, as in config files). */
final class Sizes implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
        long bytes = ByteSize.parse(text);
        if (bytes < 0) {
            throw new TypeConversionException("'" + text + "' is not a byte count such as 4096, 64KiB or 1M");
        }
        return bytes;
    }
}
