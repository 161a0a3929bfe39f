package org.tessera.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which REPL entries wait for a blank line (compound statements) and which run once complete. */
class ReplTest {
    @Test
    void blocksWaitForABlankLine() {
        assertTrue(Repl.isCompoundStatement("def f(n):\n"));
        assertTrue(Repl.isCompoundStatement("for i in range(3):  # loop\n    print(i)\n"));
        assertTrue(Repl.isCompoundStatement("@decorator\n"));
        assertTrue(Repl.isCompoundStatement("class C:\n    x = 1\n"));
    }

    @Test
    void otherEntriesRunWhenComplete() {
        assertFalse(Repl.isCompoundStatement("[1,\n2]\n"), "a bracket continues only until it closes");
        assertFalse(Repl.isCompoundStatement("x = {'a':\n"), "a colon inside a dict display opens no block");
        assertFalse(Repl.isCompoundStatement("print('a:')\n"));
        assertFalse(Repl.isCompoundStatement("s = 'x#y:'\n"));
    }
}
