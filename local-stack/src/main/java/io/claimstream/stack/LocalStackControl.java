package io.claimstream.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Detached stack for the CLI: {@link #up} starts processes that outlive the calling JVM and records them in
 * {@code <dataDir>/stack.json}; {@link #down} and {@link #status} work from that file in any later JVM.
 */
public final class LocalStackControl {

    private LocalStackControl() {
    }

    public static UpResult up(LocalStackOptions options) {
        StackStatus existing = status(options.dataDir());
        if (existing.anyRunning()) {
            return new UpResult.AlreadyRunning(existing);
        }
        LaunchedStack launched;
        try {
            launched = StackLauncher.forThisMachine().launch(options, true);
        } catch (StackStartException e) {
            return new UpResult.Failed(e.getMessage());
        }
        StackState state = launched.state(true);
        try {
            StateFile.write(options.layout(), state);
        } catch (IOException e) {
            launched.stop(options.stopTimeout());
            return new UpResult.Failed("Cannot write " + options.layout().stateFile() + ": " + e);
        }
        return new UpResult.Started(state, launched.timings());
    }

    public static DownResult down(Path dataDir) {
        return down(dataDir, LocalStackOptions.defaults().stopTimeout());
    }

    /** Stops the recorded processes (broker and registry in parallel) and removes {@code stack.json}. */
    public static DownResult down(Path dataDir, Duration gracePeriod) {
        StackLayout layout = new StackLayout(dataDir.toAbsolutePath().normalize());
        Optional<StackState> state = StateFile.read(layout);
        if (state.isEmpty()) {
            return new DownResult(layout.dataDir(), Map.of());
        }
        Map<String, StopOutcome> outcomes = new LinkedHashMap<>();
        List<ProcessState> processes = state.get().processes();
        Map<String, Thread> stoppers = new LinkedHashMap<>();
        for (ProcessState process : processes) {
            Thread stopper = new Thread(() -> {
                StopOutcome outcome = RecordedProcess.live(process)
                        .map(handle -> ChildProcess.stop(handle, gracePeriod))
                        .orElse(StopOutcome.ALREADY_STOPPED);
                synchronized (outcomes) {
                    outcomes.put(process.role(), outcome);
                }
            }, "stop-" + process.role());
            stopper.start();
            stoppers.put(process.role(), stopper);
        }
        for (Thread stopper : stoppers.values()) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        StateFile.delete(layout);
        Map<String, StopOutcome> ordered = new LinkedHashMap<>();
        synchronized (outcomes) {
            processes.forEach(p -> ordered.put(p.role(), outcomes.getOrDefault(p.role(), StopOutcome.STILL_RUNNING)));
        }
        return new DownResult(layout.dataDir(), ordered);
    }

    public static StackStatus status(Path dataDir) {
        StackLayout layout = new StackLayout(dataDir.toAbsolutePath().normalize());
        Optional<StackState> state = StateFile.read(layout);
        List<ProcessStatus> processes = state.map(s -> s.processes().stream()
                        .map(p -> new ProcessStatus(p.role(), p.pid(), RecordedProcess.live(p).isPresent(), p.ports(),
                                p.logFile()))
                        .toList())
                .orElse(List.of());
        return new StackStatus(layout.dataDir(), state, processes);
    }
}
