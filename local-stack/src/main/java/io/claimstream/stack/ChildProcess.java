package io.claimstream.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A child JVM of the stack: started with its output appended to a log file, stopped by SIGTERM then SIGKILL. */
final class ChildProcess {

    /** Marks our children's command lines, so a PID from {@code stack.json} is only signalled if it is still ours. */
    static final String ROLE_PROPERTY = "claimstream.stack.role";

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Path DEV_NULL = Path.of("/dev/null");

    private final String role;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String role, Process process, Path logFile) {
        this.role = role;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command}. A detached child gets its own session (setsid) so that a Ctrl-C in the terminal that
     * ran {@code stack up} does not reach it later; it also never inherits our stdin.
     */
    static ChildProcess launch(String role, List<String> command, Map<String, String> extraEnv, Path workDir,
                               Path logFile, boolean detached) throws IOException {
        List<String> fullCommand = new ArrayList<>();
        if (detached && Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (Files.exists(DEV_NULL)) {
            builder.redirectInput(ProcessBuilder.Redirect.from(DEV_NULL.toFile()));
        }
        builder.environment().putAll(extraEnv);
        Process process = builder.start();
        return new ChildProcess(role, process, logFile);
    }

    static String roleArg(String role) {
        return "-D" + ROLE_PROPERTY + "=" + role;
    }

    String role() {
        return role;
    }

    long pid() {
        return process.pid();
    }

    Optional<Instant> startedAt() {
        return process.toHandle().info().startInstant();
    }

    /** Waits for the process to end by itself; empty when it is still running after {@code timeout}. */
    Optional<Integer> awaitExitCode(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.of(process.exitValue());
        }
        return Optional.empty();
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    StopOutcome stop(Duration gracePeriod) {
        return stop(process.toHandle(), gracePeriod);
    }

    static StopOutcome stop(ProcessHandle handle, Duration gracePeriod) {
        if (!handle.isAlive()) {
            return StopOutcome.ALREADY_STOPPED;
        }
        handle.destroy();
        if (awaitExit(handle, gracePeriod)) {
            return StopOutcome.STOPPED;
        }
        handle.destroyForcibly();
        return awaitExit(handle, Duration.ofSeconds(10)) ? StopOutcome.KILLED : StopOutcome.STILL_RUNNING;
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !handle.isAlive();
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    /** The {@code java} of the JVM running this code (Java 17+ is enough for Kafka 4.x). */
    static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
