/** Reports for people: charts of benchmark and experiment results. */
module org.tessera.tools {
    requires java.desktop;
    requires org.jfree.jfreechart;

    exports org.tessera.tools;
}
