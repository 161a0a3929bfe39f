module org.tessera.language {
    requires java.logging;
    requires java.management;
    requires jdk.unsupported;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.tessera.lang.TesseraLanguageProvider;
}
