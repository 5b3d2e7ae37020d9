package io.claimstream.producer;

import io.claimstream.producer.http.HttpFetcher;
import io.claimstream.producer.source.FileSource;
import io.claimstream.producer.source.InputSource;
import io.claimstream.producer.source.PageSource;
import io.claimstream.producer.source.StdinSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one-shot inputs of a run, in the order given: files, directories, JSON lines, stdin ("-"), then pages. */
final class InputPlan {

    private InputPlan() {
    }

    static List<InputSource> of(List<String> inputs, List<String> pages, InputStream stdin,
                                StdinSource.Format stdinFormat, long maxBytes, HttpFetcher fetcher) {
        List<InputSource> sources = new ArrayList<>();
        boolean stdinTaken = false;
        for (String input : inputs) {
            if (input.equals("-")) {
                // Standard input can be read only once; a second "-" would silently read nothing.
                if (!stdinTaken) {
                    sources.add(new StdinSource(stdin, stdinFormat, maxBytes));
                    stdinTaken = true;
                }
            } else {
                sources.add(new FileSource(Path.of(input), maxBytes));
            }
        }
        for (String page : pages) {
            sources.add(new PageSource(fetcher, page));
        }
        return sources;
    }

    /** Sum of the known input sizes, or -1 when any input's size is unknown (stdin, pages, feeds). */
    static long knownTotalBytes(List<InputSource> sources, boolean hasFeeds) {
        if (hasFeeds) {
            return -1;
        }
        long total = 0;
        for (InputSource source : sources) {
            long size = source.knownSizeBytes();
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }
}
