package io.claimstream.producer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicaliserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.Reuters.com/world/africa/story-1                       | https://reuters.com/world/africa/story-1
            HTTPS://WWW.EXAMPLE.COM/Path/Case                                  | https://example.com/Path/Case
            https://example.com/a#comments                                     | https://example.com/a
            https://example.com/a?utm_source=tw&utm_medium=social&id=7         | https://example.com/a?id=7
            https://example.com/a?id=7&fbclid=abc&gclid=def&mc_cid=1&mc_eid=2  | https://example.com/a?id=7
            https://example.com/a?traffic_source=rss&p=4422                    | https://example.com/a?p=4422
            https://example.com/?p=4422&b=2&a=1                                | https://example.com/?p=4422&b=2&a=1
            https://example.com/a?UTM_Campaign=x                               | https://example.com/a
            https://example.com:443/a                                          | https://example.com/a
            http://example.com:80/a                                            | http://example.com/a
            http://example.com:8080/a                                          | http://example.com:8080/a
            https://example.com                                                | https://example.com/
            https://example.com/search?q=a%20b&ref=home                        | https://example.com/search?q=a%20b&ref=home
            https://wwwexample.com/a                                           | https://wwwexample.com/a
            https://news.example.com/a/?id=1#top                               | https://news.example.com/a/?id=1
            """)
    void canonicalisesUrls(String input, String expected) {
        assertThat(UrlCanonicaliser.canonicalise(input)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.com/a", "mailto:someone@example.com", "not a url", "/relative/path"})
    void nonHttpUrlsHaveNoCanonicalForm(String input) {
        assertThat(UrlCanonicaliser.canonicalise(input)).isEmpty();
    }

    @Test
    void domainIsTheCanonicalHost() {
        assertThat(UrlCanonicaliser.domainOf("https://www.Example.co.uk/x?utm_source=a")).contains("example.co.uk");
    }

    @Test
    void aQueryOfOnlyTrackingParametersDisappears() {
        assertThat(UrlCanonicaliser.canonicalise("https://example.com/a?utm_source=x&gclid=y")).contains("https://example.com/a");
    }
}
