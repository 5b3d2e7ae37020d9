package io.claimstream.cli;

import io.claimstream.stack.ChildClasspath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./claimstream ARGS} as a user runs it: its own JVM, started in a working directory of the test's choosing,
 * with no {@code CLAIMSTREAM_*} variable unless the test sets one, so the command finds (or does not find) a cluster
 * by itself.
 */
final class CliProcess {

    /** What came out of one run; {@code elapsed} from launch to exit. */
    record Result(int exitCode, String out, String err, Duration elapsed) {
        @Override
        public String toString() {
            return "exit " + exitCode + " after " + elapsed.toMillis() + " ms\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CliProcess() {
    }

    static Result run(Path workingDir, Map<String, String> env, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dclaimstream.home=" + Path.of("..").toAbsolutePath().normalize(), "io.claimstream.cli.Main"));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("claimstream-cli-", ".out");
            Path err = Files.createTempFile("claimstream-cli-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().keySet().removeIf(k -> k.startsWith("CLAIMSTREAM_"));
            builder.environment().putAll(env);
            // The classpath travels in the environment: the command line stays readable in ps.
            builder.environment().put("CLASSPATH", ChildClasspath.ofThisJvm());
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("claimstream " + String.join(" ", args) + " did not finish within " + timeout
                        + "\n--- stdout\n" + Files.readString(out) + "--- stderr\n" + Files.readString(err));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err), elapsed);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
