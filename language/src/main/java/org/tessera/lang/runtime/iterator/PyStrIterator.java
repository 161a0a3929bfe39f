package org.tessera.lang.runtime.iterator;

/** Iterates the code points of a string, each as a one-character string. */
public final class PyStrIterator extends PyIterator {
    private final String string;
    private int offset;

    public PyStrIterator(String string) {
        this.string = string;
    }

    @Override
    public Object next() {
        if (offset < string.length()) {
            char c = string.charAt(offset);
            if (Character.isHighSurrogate(c) && offset + 1 < string.length() && Character.isLowSurrogate(string.charAt(offset + 1))) {
                String s = string.substring(offset, offset + 2);
                offset += 2;
                return s;
            }
            offset++;
            return String.valueOf(c);
        }
        return null;
    }

    @Override
    public String getTypeName() {
        return "str_ascii_iterator";
    }
}
