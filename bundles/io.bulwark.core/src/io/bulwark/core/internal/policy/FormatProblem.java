package io.bulwark.core.internal.policy;

/** Why the content of a workspace file is refused, and the line where it sits (0 for the file as a whole). */
public final class FormatProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    FormatProblem(int line, String message) {
        super(message);
        this.line = line;
    }

    FormatProblem(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** @return the line, 0 for the file as a whole */
    public int line() {
        return line;
    }
}
