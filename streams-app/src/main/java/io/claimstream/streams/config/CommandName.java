package io.claimstream.streams.config;

import java.nio.file.Path;

/**
 * How the user typed claimstream, for messages that tell them what to run next: {@code ./claimstream} from the
 * checkout, its full path from elsewhere, plain {@code claimstream} when not started by the script.
 */
public final class CommandName {

    /** Set by the {@code claimstream} script: the checkout the command runs from. */
    public static final String HOME_PROPERTY = "claimstream.home";

    private CommandName() {
    }

    public static String current() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            return "claimstream";
        }
        Path root = Path.of(home).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return root.equals(cwd) ? "./claimstream" : root.resolve("claimstream").toString();
    }
}
