package org.tessera.lang;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognizes Python sources by their {@code .py} extension. */
public final class TesseraFileTypeDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? TesseraLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
