package io.claimstream.bench.generate;

/** The furniture a web page adds around an article body, per site: what a boilerplate copy carries. */
final class SiteChrome {

    private SiteChrome() {
    }

    static String wrap(String body, String site, int variant) {
        String brand = site.replaceFirst("\\..*$", "").replace('-', ' ');
        return "Skip to main content\n" + brand.toUpperCase(java.util.Locale.ROOT) + " | Home | World | Business | Markets\n"
                + "Subscribe now and get 3 months free | Sign in\n\n"
                + body
                + "\n\nShare this article: Facebook | X | LinkedIn | Email\n"
                + "Advertisement\n"
                + "Read more: " + (variant % 2 == 0 ? "Markets today" : "The week in business") + "\n"
                + "\u00a9 2026 " + brand + ". All rights reserved. Terms | Privacy | Cookies\n";
    }
}
