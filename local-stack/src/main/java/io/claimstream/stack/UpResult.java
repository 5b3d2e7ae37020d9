package io.claimstream.stack;

/** Outcome of {@code stack up}. */
public sealed interface UpResult {

    /** Both processes run detached; {@code state} is what was written to {@code stack.json}. */
    record Started(StackState state, StartupTimings timings) implements UpResult {
    }

    /** A stack already runs in that data dir (fully or partly); nothing was started. */
    record AlreadyRunning(StackStatus status) implements UpResult {
    }

    /** Nothing runs; {@code message} says why and names the log to read. */
    record Failed(String message) implements UpResult {
    }

    default String render() {
        if (this instanceof Started started) {
            return "stack started (" + started.timings().render() + ")\n"
                    + "  bootstrap servers:   " + started.state().bootstrapServers() + "\n"
                    + "  schema registry URL: " + started.state().schemaRegistryUrl() + "\n"
                    + StackStatus.renderSecurity(started.state());
        }
        if (this instanceof AlreadyRunning running) {
            return "stack already running; `stack down` first to restart\n" + running.status().render();
        }
        return "stack failed to start: " + ((Failed) this).message() + "\n";
    }
}
