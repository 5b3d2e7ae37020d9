package io.claimstream.bench.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the Reuters-21578 ARFF files of Debian's {@code weka} package, installing the package on demand when allowed
 * (the corpus is never part of the project: it is read from the system where the package put it).
 */
public final class CorpusLocator {

    public static final Path DEFAULT_SEARCH_ROOT = Path.of("/usr/share");

    private CorpusLocator() {
    }

    /** The {@code reuters*.arff} files under {@code root}, sorted; empty when there are none. */
    public static List<Path> find(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.find(root, 6, (p, attrs) -> attrs.isRegularFile() && isReutersArff(p))) {
            return files.sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean isReutersArff(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("reuters") && name.endsWith(".arff");
    }

    /**
     * Runs {@code apt-get install -y weka} when we are root and apt-get exists, telling the user what happens and why.
     *
     * @return whether the install command succeeded
     */
    public static boolean tryInstall(PrintStream log) {
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            log.println("bench: the Reuters-21578 corpus comes with Debian's 'weka' package; install it with"
                    + " 'sudo apt-get install -y weka' (not root here, so not installing it myself)");
            return false;
        }
        log.println("bench: Reuters-21578 corpus not found; installing Debian's 'weka' package (apt-get install -y weka) ...");
        try {
            Process p = new ProcessBuilder("apt-get", "install", "-y", "--no-install-recommends", "weka")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                log.println("bench: apt-get install weka timed out");
                return false;
            }
            if (p.exitValue() != 0) {
                log.println("bench: apt-get install weka failed (exit " + p.exitValue() + "); try 'apt-get update' first");
                return false;
            }
            return true;
        } catch (IOException e) {
            log.println("bench: cannot run apt-get: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
