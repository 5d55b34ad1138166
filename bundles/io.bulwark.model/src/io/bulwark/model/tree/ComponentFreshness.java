package io.bulwark.model.tree;

import java.util.List;

import io.bulwark.model.Agent;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.ManagementServer;

/**
 * Whether an agent's components (patterns and engines) are older than the ones its server distributes: an agent that
 * has not taken the server's latest components is out of date.
 */
public final class ComponentFreshness {

    private ComponentFreshness() {
    }

    /**
     * @param agent
     *            an agent
     * @param server
     *            the server that holds it, or {@code null} when unknown
     * @return {@code true} when at least one of the agent's components is older than the server's component of the same
     *         name; an agent or a server that reports no components is not out of date
     */
    public static boolean isOutdated(Agent agent, ManagementServer server) {
        if (server == null) {
            return false;
        }
        List<ComponentVersion> latest = server.getComponents();
        if (latest.isEmpty()) {
            return false;
        }
        for (ComponentVersion own : agent.getComponentVersions()) {
            for (ComponentVersion offered : latest) {
                if (offered.getName() != null && offered.getName().equals(own.getName())
                        && compare(own.getVersion(), offered.getVersion()) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Compares two versions part by part, numerically where both parts are numbers ({@code 18540 < 18541},
     * {@code 14.0.2049 > 12.0.1876}), else as text.
     *
     * @param left
     *            a version, or {@code null}
     * @param right
     *            a version, or {@code null}
     * @return negative, zero or positive as {@code left} is older, the same or newer; a missing version is the oldest
     */
    public static int compare(String left, String right) {
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        String[] leftParts = left.split("\\."); //$NON-NLS-1$
        String[] rightParts = right.split("\\."); //$NON-NLS-1$
        for (int i = 0; i < Math.max(leftParts.length, rightParts.length); i++) {
            String a = i < leftParts.length ? leftParts[i] : "0"; //$NON-NLS-1$
            String b = i < rightParts.length ? rightParts[i] : "0"; //$NON-NLS-1$
            int result = comparePart(a, b);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private static int comparePart(String a, String b) {
        if (isNumber(a) && isNumber(b)) {
            int byLength = Integer.compare(stripZeros(a).length(), stripZeros(b).length());
            return byLength != 0 ? byLength : stripZeros(a).compareTo(stripZeros(b));
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String number) {
        int start = 0;
        while (start < number.length() - 1 && number.charAt(start) == '0') {
            start++;
        }
        return number.substring(start);
    }
}
