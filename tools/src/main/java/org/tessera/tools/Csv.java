package org.tessera.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files that Tessera's own scripts write: a header row, then comma-separated fields that
 * contain no commas, quotes or newlines (the scripts guarantee it). Rows as maps by column name.
 */
public final class Csv {
    private Csv() {
    }

    public static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty, expected a header row");
        }
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != header.length) {
                throw new IOException(file + ":" + (i + 1) + ": " + fields.length + " fields, the header has " + header.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], fields[c]);
            }
            rows.add(row);
        }
        return rows;
    }
}
