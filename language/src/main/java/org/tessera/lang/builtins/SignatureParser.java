package org.tessera.lang.builtins;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.runtime.Signature;

/** Turns the {@code params} of a {@link Builtin} into a {@link Signature}. */
final class SignatureParser {
    private SignatureParser() {
    }

    static Signature parse(String displayName, String[] params) {
        List<String> positional = new ArrayList<>();
        List<String> kwonly = new ArrayList<>();
        String varArgs = null;
        String varKw = null;
        int posonly = 0;
        int optional = 0;
        boolean keywordOnly = false;
        for (String p : params) {
            if (p.equals("/")) {
                posonly = positional.size();
            } else if (p.equals("*")) {
                keywordOnly = true;
            } else if (p.startsWith("**")) {
                varKw = p.substring(2);
            } else if (p.startsWith("*")) {
                varArgs = p.substring(1);
                keywordOnly = true;
            } else {
                boolean isOptional = p.endsWith("?");
                String name = isOptional ? p.substring(0, p.length() - 1) : p;
                if (keywordOnly) {
                    kwonly.add(name);
                } else {
                    if (!isOptional && optional > 0) {
                        throw new IllegalArgumentException(displayName + ": required parameter after optional ones");
                    }
                    positional.add(name);
                    if (isOptional) {
                        optional++;
                    }
                }
            }
        }
        return new Signature(displayName, positional.toArray(new String[0]), posonly, optional, varArgs, kwonly.toArray(new String[0]), varKw);
    }
}
