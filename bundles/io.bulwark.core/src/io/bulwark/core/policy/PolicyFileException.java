package io.bulwark.core.policy;

import java.nio.file.Path;

/**
 * A file of the policy workspace cannot be read or written: missing, not a policy file, hand-broken JSON or settings
 * the rules refuse. The message names the file and, where the problem sits in it, the line; nothing was written.
 */
public class PolicyFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file
     *            the file
     * @param line
     *            the line of the problem, or 0 for the file as a whole
     * @param message
     *            what is wrong and what to do, for a person, naming the file and the line
     * @param cause
     *            the underlying failure, or {@code null}
     */
    public PolicyFileException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the line of the problem, 0 for the file as a whole */
    public int line() {
        return line;
    }
}
