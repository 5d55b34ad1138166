package io.bulwark.server.internal.components.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import io.bulwark.protocol.components.IncrementPatch;

/**
 * The content of simulated components, derived only from a component's name and version, so every source (and every
 * restart of one) publishes the same bytes: the first version is pseudo-random bytes, and each later version is the one
 * before with a few hundred bytes replaced and a few appended, as the increment between them says.
 */
final class SimulatedContent {

    /** A fixed, fully specified generator, so the content never depends on the Java version. */
    private static final String ALGORITHM = "L64X128MixRandom"; //$NON-NLS-1$
    private static final int MIN_REPLACEMENTS = 8;
    private static final int MORE_REPLACEMENTS = 24;
    private static final int MIN_RUN = 16;
    private static final int MORE_RUN = 240;
    private static final int MAX_GROWTH = 512;

    private SimulatedContent() {
    }

    /**
     * @param component
     *            a component
     * @return the full file of its base version
     */
    static byte[] base(SimulatedComponent component) {
        byte[] content = new byte[component.baseLength()];
        random(component.name(), component.baseVersion()).nextBytes(content);
        return content;
    }

    /**
     * @param component
     *            a component
     * @param toVersion
     *            the version the increment produces
     * @param currentLength
     *            the length of the full file of {@code toVersion - 1}
     * @return the increment from {@code toVersion - 1} to {@code toVersion}
     */
    static IncrementPatch increment(SimulatedComponent component, long toVersion, int currentLength) {
        RandomGenerator random = random(component.name(), toVersion);
        int newLength = currentLength + random.nextInt(MAX_GROWTH + 1);
        List<IncrementPatch.Replacement> replacements = new ArrayList<>();
        int count = MIN_REPLACEMENTS + random.nextInt(MORE_REPLACEMENTS + 1);
        for (int i = 0; i < count; i++) {
            int length = Math.min(newLength, MIN_RUN + random.nextInt(MORE_RUN + 1));
            int offset = random.nextInt(newLength - length + 1);
            replacements.add(new IncrementPatch.Replacement(offset, bytes(random, length)));
        }
        if (newLength > currentLength) {
            replacements.add(new IncrementPatch.Replacement(currentLength, bytes(random, newLength - currentLength)));
        }
        return IncrementPatch.of(currentLength, newLength, replacements);
    }

    private static byte[] bytes(RandomGenerator random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static RandomGenerator random(String name, long version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
                    .digest((name + ':' + version).getBytes(StandardCharsets.UTF_8));
            return RandomGeneratorFactory.of(ALGORITHM).create(ByteBuffer.wrap(digest).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e); //$NON-NLS-1$
        }
    }
}
