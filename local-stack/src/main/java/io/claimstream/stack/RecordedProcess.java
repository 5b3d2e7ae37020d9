package io.claimstream.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Finds the live process behind a {@link ProcessState}, if it is still the one we started. */
final class RecordedProcess {

    /** /proc start times are in clock ticks; the recorded instant went through the same conversion. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    private RecordedProcess() {
    }

    static Optional<ProcessHandle> live(ProcessState state) {
        return ProcessHandle.of(state.pid()).filter(ProcessHandle::isAlive).filter(h -> isOurs(h, state));
    }

    private static boolean isOurs(ProcessHandle handle, ProcessState state) {
        Optional<Instant> actualStart = handle.info().startInstant();
        if (state.startedAt() != null && actualStart.isPresent()) {
            Instant recorded = Instant.parse(state.startedAt());
            return Duration.between(recorded, actualStart.get()).abs().compareTo(START_TOLERANCE) <= 0;
        }
        return handle.info().commandLine()
                .map(cmd -> cmd.contains(ChildProcess.roleArg(state.role())))
                .orElse(true);
    }
}
