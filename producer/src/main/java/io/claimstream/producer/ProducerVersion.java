package io.claimstream.producer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The producer's own version, stamped by Maven resource filtering, for the User-Agent and record headers. */
public final class ProducerVersion {

    private static final String VERSION = load();

    private ProducerVersion() {
    }

    public static String version() {
        return VERSION;
    }

    public static String userAgent() {
        return "claimstream/" + VERSION + " (+https://github.com/claimstream)";
    }

    private static String load() {
        try (InputStream in = ProducerVersion.class.getResourceAsStream("producer-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            // Unfiltered resources (an IDE run without Maven) would leak the placeholder into headers.
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
