package io.bulwark.protocol.components;

/**
 * One component an agent brought up to date while carrying out an {@value UpdateComponentsCommand#KIND} command, as it
 * reports in its result.
 *
 * @param name
 *            the component, e.g. {@code virus-pattern}
 * @param version
 *            the version it holds now
 * @param method
 *            how it got there: {@value #INCREMENTS} (it applied the chain of increments to the file it held) or
 *            {@value #FULL} (it downloaded the full file)
 */
public record UpdatedComponent(String name, long version, String method) {

    /** The agent applied increments to the file it held. */
    public static final String INCREMENTS = "increments"; //$NON-NLS-1$

    /** The agent downloaded the full file. */
    public static final String FULL = "full"; //$NON-NLS-1$
}
