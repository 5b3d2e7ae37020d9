package io.claimstream.producer.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per article URL, so the same article always gets the same Kafka key: lower-case scheme and host, no
 * {@code www.}, no default port, no fragment, no tracking parameters. Everything else (path case, parameter order,
 * percent-encoding) is kept as given because changing it can change which page the server returns.
 */
public final class UrlCanonicaliser {

    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
            "mc_cid", "mc_eid", "traffic_source", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
            "oly_enc_id", "vero_id", "vero_conv", "wt.mc_id", "cmpid", "ncid", "sr_share", "smid", "ocid", "spm");

    private UrlCanonicaliser() {
    }

    /** The canonical form, or empty when the URL is not an absolute http(s) URL we can parse. */
    public static Optional<String> canonicalise(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://").append(host(uri));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    /** Publisher domain of a URL: its host, lower case, without {@code www.}. */
    public static Optional<String> domainOf(String url) {
        return canonicalise(url).map(c -> URI.create(c).getHost());
    }

    public static boolean isTrackingParameter(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || TRACKING_PARAMETERS.contains(n);
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!isTrackingParameter(decode(name))) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
