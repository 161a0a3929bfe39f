/** The {@code tessera} command: runs Python programs through the polyglot API only. */
module org.tessera.launcher {
    requires org.graalvm.polyglot;
    requires org.graalvm.launcher;
    requires org.graalvm.shadowed.jline;
}
