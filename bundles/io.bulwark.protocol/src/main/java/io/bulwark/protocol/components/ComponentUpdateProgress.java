package io.bulwark.protocol.components;

/**
 * How far an update of the server has come with one component.
 *
 * @param name
 *            the component
 * @param state
 *            {@value #PENDING}, {@value #DOWNLOADING}, {@value #UPDATED}, {@value #UP_TO_DATE} or {@value #FAILED}
 * @param fromVersion
 *            the version the server held before, or {@code null} if it held none
 * @param toVersion
 *            the version the update source offers
 * @param method
 *            {@value #INCREMENTS} when the server fetches the increments from its version and merges them,
 *            {@value #FULL} when it fetches the full file; {@code null} until decided or when nothing is fetched
 * @param filesFetched
 *            how many files were downloaded so far
 * @param bytesDownloaded
 *            how many bytes were downloaded so far
 * @param bytesExpected
 *            how many bytes the chosen files hold in all, {@code 0} until decided
 * @param error
 *            why the component failed, for a person; {@code null} unless {@value #FAILED}
 */
public record ComponentUpdateProgress(String name, String state, Long fromVersion, Long toVersion, String method,
        int filesFetched, long bytesDownloaded, long bytesExpected, String error) {

    /** Not started yet. */
    public static final String PENDING = "pending"; //$NON-NLS-1$
    /** Files are being downloaded, verified and merged. */
    public static final String DOWNLOADING = "downloading"; //$NON-NLS-1$
    /** The new version is stored and recorded. */
    public static final String UPDATED = "updated"; //$NON-NLS-1$
    /** The server already held the offered version. */
    public static final String UP_TO_DATE = "up_to_date"; //$NON-NLS-1$
    /** A download, a check or the merge failed; the server keeps its previous version. */
    public static final String FAILED = "failed"; //$NON-NLS-1$

    /** The server fetched the increments from its version and merged them into its full file. */
    public static final String INCREMENTS = "increments"; //$NON-NLS-1$
    /** The server fetched the full file. */
    public static final String FULL = "full"; //$NON-NLS-1$
}
