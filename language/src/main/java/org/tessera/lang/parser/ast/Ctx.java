package org.tessera.lang.parser.ast;

/** Whether a name, attribute, subscript, list or tuple is read, assigned or deleted. */
public enum Ctx {
    Load, Store, Del
}
