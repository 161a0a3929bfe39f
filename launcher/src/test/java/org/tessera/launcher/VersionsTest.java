package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** The launcher reports the versions the language has. */
class VersionsTest {
    @Test
    void launcherVersionsMatchTheLanguage() {
        try (Context context = Context.newBuilder(TesseraMain.LANGUAGE_ID).option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(Versions.TESSERA, context.getEngine().getLanguages().get(TesseraMain.LANGUAGE_ID).getVersion());
            assertEquals(Versions.PYTHON, context.eval(TesseraMain.LANGUAGE_ID, "import sys\n'%d.%d.%d' % sys.version_info[:3]").asString());
        }
    }
}
