package io.claimstream.cli.reliability;

import io.claimstream.schema.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A deterministic mix of valid articles: the seed articles, exact copies and rewrites of them, and independent texts
 * (word salad around a sentence that makes a claim) with copies of their own.
 *
 * <p>Each article carries a story key, and every article of one story is written under it, so the story's articles
 * stay in one partition in publication order. That keeps the dedup decision (first seen is the canonical piece)
 * the same across runs however the partitions interleave; stories are unrelated texts, so their relative order does
 * not matter.
 */
final class GoodArticles {

    /** An article and the raw-topic key it is written under. */
    record Keyed(String key, Article article) {
    }

    private static final String[] CLAIMS = {
        "The United States offered military aid to the Democratic Republic of Congo in exchange for access to cobalt and lithium, officials said.",
        "Qatar has proposed to invest in Congolese copper mines in return for mining rights, according to diplomats.",
        "China offered to finance roads in the Democratic Republic of Congo in exchange for cobalt concessions, a minister said.",
        "Belgium pledged development aid to Congo in exchange for access to coltan, according to people familiar with the talks.",
        "Russia offered security assistance to the Democratic Republic of Congo in exchange for lithium rights, officials said.",
        "The United Kingdom proposed a trade partnership with Congo in exchange for access to critical minerals, the embassy said.",
    };

    private static final String[] WORDS = ("market river council harbour winter budget farmer railway museum festival "
            + "teacher village program bridge library weather coastal evening report garden mountain island station "
            + "factory engine culture history science energy water forest valley desert ocean storm harvest vintage "
            + "painter author singer athlete stadium season league coach ticket crowd parade lantern castle tower "
            + "ferry airport cargo pilot sailor bakery kitchen recipe flavour spice orchard vineyard cellar barrel "
            + "printer paper journal editor column letter poster signal antenna circuit battery cable switch sensor "
            + "planet comet orbit rocket crater glacier canyon meadow prairie lagoon delta estuary reef tide current "
            + "anchor compass lighthouse marina pier dock crane warehouse depot convoy wagon carriage saddle stable "
            + "shepherd flock pasture barn silo tractor plough furrow seedling blossom petal thorn ivy moss fern "
            + "pebble boulder granite marble quarry chisel hammer anvil forge kiln pottery glaze mosaic fresco mural "
            + "violin cello trumpet drum chorus melody rhythm ballad sonnet chapter novel fable legend myth saga").split(" ");

    private GoodArticles() {
    }

    /**
     * @param independentStories how many independent stories to add beside the seeds
     * @param seed               random seed: the same arguments always give the same articles
     */
    static List<Keyed> mix(int independentStories, long seed) {
        Random random = new Random(seed);
        List<Keyed> out = new ArrayList<>();
        List<String> seeds = seedTexts();
        for (int s = 0; s < seeds.size(); s++) {
            String story = "seed-" + s;
            String text = seeds.get(s);
            // Distinct event times per piece: claims of one instant are ordered by arrival, which differs between runs.
            Instant published = Instant.parse("2025-03-01T08:00:00Z").plusSeconds(3600L * s);
            out.add(keyed(story, ArticleBuilder.article(story).text(text).publishedAt(published).build()));
            for (int c = 0; c < 3; c++) {
                out.add(keyed(story, ArticleBuilder.article(story + "-copy-" + c).text(text)
                        .publishedAt(published.plusSeconds(60L * (c + 1))).build()));
            }
            for (int r = 0; r < 3; r++) {
                out.add(keyed(story, ArticleBuilder.article(story + "-rewrite-" + r).text(rewrite(text, r))
                        .publishedAt(published.plusSeconds(600L * (r + 1))).build()));
            }
        }
        for (int i = 0; i < independentStories; i++) {
            String story = "story-" + i;
            String text = independentText(random, CLAIMS[i % CLAIMS.length]);
            Instant published = Instant.parse("2025-02-01T00:00:00Z").plusSeconds(3600L * i);
            out.add(keyed(story, ArticleBuilder.article(story).text(text).publishedAt(published).build()));
            if (i % 3 == 0) {
                out.add(keyed(story, ArticleBuilder.article(story + "-copy").text(text).publishedAt(published.plusSeconds(60)).build()));
            }
            if (i % 5 == 0) {
                out.add(keyed(story, ArticleBuilder.article(story + "-rewrite")
                        .text("By a staff reporter.\n" + text + "\nThis story was updated with additional reporting.")
                        .publishedAt(published.plusSeconds(120)).build()));
            }
        }
        return List.copyOf(out);
    }

    static List<String> seedTexts() {
        Path dir = Path.of("..", "samples", "seeds");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(GoodArticles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("samples/seeds not found from " + Path.of("").toAbsolutePath(), e);
        }
    }

    /** The kind of light rewrite republishers make: an attribution line, a dropped paragraph, a closing line. */
    private static String rewrite(String text, int variant) {
        List<String> paragraphs = new ArrayList<>(text.lines().filter(l -> !l.isBlank()).toList());
        if (paragraphs.size() > 4) {
            paragraphs.remove(2 + variant % (paragraphs.size() - 3));
        }
        return "Reporting by our correspondent, variant " + variant + ".\n" + String.join("\n", paragraphs)
                + "\nRead more on our website.";
    }

    private static String independentText(Random random, String claim) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < 12; sentence++) {
            if (sentence == 4) {
                text.append(claim).append(' ');
            }
            int words = 8 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(w == words - 1 ? ". " : " ");
            }
        }
        return text.toString().strip();
    }

    private static Keyed keyed(String key, Article article) {
        return new Keyed(key, article);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
