module org.tessera.language {
    requires java.logging;
    requires java.management;
    requires jdk.unsupported;
    requires org.graalvm.polyglot;
    requires transitive org.graalvm.truffle;
    // For TesseraTags; tools should rather find the tags by identifier (Tag.findProvidedTag).
    exports org.tessera.lang;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.tessera.lang.TesseraLanguageProvider;
}
