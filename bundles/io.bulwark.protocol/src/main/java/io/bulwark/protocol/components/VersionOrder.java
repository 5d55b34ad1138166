package io.bulwark.protocol.components;

import java.util.Map;

/**
 * How component versions compare, the same for the server's filter of agents out of date and for the console's model:
 * part by part, numerically where both parts are numbers ({@code 18540 < 18541}, {@code 14.0.2049 > 12.0.1876}), else
 * as text. Agents report versions as text; the server holds its own as numbers, compared as their decimal text.
 */
public final class VersionOrder {

    private VersionOrder() {
    }

    /**
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

    /**
     * Whether an agent is out of date: at least one of its components is older than the server's component of the same
     * name. Components the server does not hold, and components the agent does not report, do not count; an agent or a
     * server that reports no components is not out of date.
     *
     * @param reported
     *            the agent's versions by component name
     * @param held
     *            the server's versions by component name
     * @return whether the agent is behind on any component
     */
    public static boolean isBehind(Map<String, String> reported, Map<String, String> held) {
        if (reported.isEmpty() || held.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> own : reported.entrySet()) {
            String offered = held.get(own.getKey());
            if (offered != null && compare(own.getValue(), offered) < 0) {
                return true;
            }
        }
        return false;
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
