package io.bulwark.core.move;

/**
 * One line of an imported agent list that names no single agent. Nothing is guessed: such a line moves nobody.
 *
 * @param line
 *            the line number, from 1
 * @param text
 *            the line as written, without surrounding blanks
 * @param kind
 *            what is wrong with it
 * @param message
 *            the same for a person
 */
public record ListProblem(int line, String text, Kind kind, String message) {

    /** What is wrong with a line. */
    public enum Kind {
        /** Neither an agent id, nor an IP address, nor a host name. */
        INVALID,
        /** Well formed, but no agent of the source server has that id, address or host name. */
        UNKNOWN,
        /** Several agents of the source server have that host name or address. */
        AMBIGUOUS,
        /** Names an agent an earlier line already named. */
        DUPLICATE
    }
}
