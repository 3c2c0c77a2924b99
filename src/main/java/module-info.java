/**
 * bouncedoc explains why mail failed. {@link dev.bouncedoc.BounceDoc} is the front door; renderers for text,
 * JSON and HTML are in {@code dev.bouncedoc.render}. Everything else is internal.
 */
module dev.bouncedoc {
    requires com.ibm.icu;
    requires org.snakeyaml.engine.v2;
    requires jakarta.json;
    requires org.apache.commons.text;
    requires transitive jakarta.mail;
    // Angus Mail's transfer decoders, made directly (message.MimeBytes: no StreamProvider look-up per part)
    requires org.eclipse.angus.mail;
    requires static info.picocli;
    // bouncedoc serve only (dev.bouncedoc.server, not exported): optional, shaded into the CLI jar
    requires static org.eclipse.jetty.server;

    exports dev.bouncedoc;
    exports dev.bouncedoc.render;
    exports dev.bouncedoc.vocabulary;

    opens dev.bouncedoc.cli to info.picocli;
}
