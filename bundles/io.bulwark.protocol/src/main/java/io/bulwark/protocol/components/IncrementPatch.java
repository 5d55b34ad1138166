package io.bulwark.protocol.components;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The format of increment files: the change from one version of a component's full file to the next, as a list of byte
 * replacements and the new length. Deliberately trivial, so that any client can apply it, but a real patch: the full
 * file of version {@code N+1} is exactly {@code apply(increment N->N+1, full file N)}.
 * <p>
 * Encoding, all integers big-endian:
 *
 * <pre>
 * magic        8 bytes  ASCII "BWPATCH1"
 * baseLength   int64    length of the file the patch applies to
 * newLength    int64    length of the file it produces
 * count        int32    number of replacements
 * count times:
 *   offset     int64    where the bytes go in the new file
 *   length     int32    how many bytes follow, at least 1
 *   bytes      length bytes
 * </pre>
 *
 * nothing after the last replacement. Applying copies the base file into a file of {@code newLength} bytes (cutting it
 * or filling with zero bytes), then writes each replacement's bytes at its offset, in order; every replacement lies
 * within {@code newLength}.
 */
public final class IncrementPatch {

    /** The first eight bytes of every increment file. */
    public static final String MAGIC = "BWPATCH1"; //$NON-NLS-1$

    /** The largest file a patch may produce or apply to here: files are patched in memory. */
    public static final int MAX_FILE_LENGTH = 256 << 20;

    private static final byte[] MAGIC_BYTES = MAGIC.getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = MAGIC_BYTES.length + Long.BYTES + Long.BYTES + Integer.BYTES;
    private static final int REPLACEMENT_HEADER_LENGTH = Long.BYTES + Integer.BYTES;

    /**
     * Bytes that replace the new file's content at an offset.
     *
     * @param offset
     *            where they go in the new file
     * @param bytes
     *            the bytes, at least one
     */
    public record Replacement(int offset, byte[] bytes) {

        /** Copies the bytes, so the replacement cannot change after it was checked. */
        public Replacement {
            bytes = bytes.clone();
        }

        /** @return a copy of the bytes */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Replacement that && offset == that.offset && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return 31 * offset + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Replacement[offset=" + offset + ", length=" + bytes.length + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private final int baseLength;
    private final int newLength;
    private final List<Replacement> replacements;

    private IncrementPatch(int baseLength, int newLength, List<Replacement> replacements) {
        this.baseLength = baseLength;
        this.newLength = newLength;
        this.replacements = List.copyOf(replacements);
    }

    /**
     * @param baseLength
     *            the length of the file the patch applies to
     * @param newLength
     *            the length of the file it produces
     * @param replacements
     *            the bytes to write, in order
     * @return the patch
     * @throws IllegalArgumentException
     *             if a length is out of range or a replacement lies outside the new file or is empty
     */
    public static IncrementPatch of(int baseLength, int newLength, List<Replacement> replacements) {
        try {
            check(baseLength, newLength, replacements);
        } catch (InvalidIncrementException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new IncrementPatch(baseLength, newLength, replacements);
    }

    /**
     * @param encoded
     *            the content of an increment file
     * @return the patch it holds
     * @throws InvalidIncrementException
     *             if the bytes are not a valid patch
     */
    public static IncrementPatch decode(byte[] encoded) throws InvalidIncrementException {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        try {
            byte[] magic = new byte[MAGIC_BYTES.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC_BYTES)) {
                throw new InvalidIncrementException("Not an increment file: it does not start with " + MAGIC); //$NON-NLS-1$
            }
            int baseLength = length(in.getLong(), "base length"); //$NON-NLS-1$
            int newLength = length(in.getLong(), "new length"); //$NON-NLS-1$
            int count = in.getInt();
            if (count < 0 || (long) count * (REPLACEMENT_HEADER_LENGTH + 1) > in.remaining()) {
                throw new InvalidIncrementException("The increment file announces " + count //$NON-NLS-1$
                        + " replacements, more than its " + in.remaining() + " remaining bytes can hold"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            List<Replacement> replacements = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long offset = in.getLong();
                int length = in.getInt();
                if (offset < 0 || offset > newLength || length < 1 || length > in.remaining()) {
                    throw new InvalidIncrementException("Replacement " + i + " of the increment file is out of range" //$NON-NLS-1$ //$NON-NLS-2$
                            + " (offset " + offset + ", length " + length + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                byte[] bytes = new byte[length];
                in.get(bytes);
                replacements.add(new Replacement((int) offset, bytes));
            }
            if (in.hasRemaining()) {
                throw new InvalidIncrementException(
                        "The increment file has " + in.remaining() + " bytes after its last replacement"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            check(baseLength, newLength, replacements);
            return new IncrementPatch(baseLength, newLength, replacements);
        } catch (BufferUnderflowException e) {
            throw new InvalidIncrementException("The increment file is cut short (" + encoded.length + " bytes)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static int length(long value, String what) throws InvalidIncrementException {
        if (value < 0 || value > MAX_FILE_LENGTH) {
            throw new InvalidIncrementException(
                    "The increment file's " + what + " " + value + " is not within 0.." + MAX_FILE_LENGTH); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return (int) value;
    }

    private static void check(int baseLength, int newLength, List<Replacement> replacements)
            throws InvalidIncrementException {
        length(baseLength, "base length"); //$NON-NLS-1$
        length(newLength, "new length"); //$NON-NLS-1$
        for (int i = 0; i < replacements.size(); i++) {
            Replacement replacement = replacements.get(i);
            long end = (long) replacement.offset() + replacement.bytes.length;
            if (replacement.offset() < 0 || replacement.bytes.length == 0 || end > newLength) {
                throw new InvalidIncrementException("Replacement " + i + " (offset " + replacement.offset() //$NON-NLS-1$ //$NON-NLS-2$
                        + ", length " + replacement.bytes.length + ") does not lie within the new length " //$NON-NLS-1$ //$NON-NLS-2$
                        + newLength);
            }
        }
    }

    /** @return the length of the file the patch applies to */
    public int baseLength() {
        return baseLength;
    }

    /** @return the length of the file it produces */
    public int newLength() {
        return newLength;
    }

    /** @return the replacements, in order */
    public List<Replacement> replacements() {
        return replacements;
    }

    /** @return the patch in the increment file format */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(HEADER_LENGTH
                + replacements.stream().mapToInt(r -> REPLACEMENT_HEADER_LENGTH + r.bytes.length).sum());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC_BYTES);
            out.writeLong(baseLength);
            out.writeLong(newLength);
            out.writeInt(replacements.size());
            for (Replacement replacement : replacements) {
                out.writeLong(replacement.offset());
                out.writeInt(replacement.bytes.length);
                out.write(replacement.bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e); //$NON-NLS-1$
        }
        return bytes.toByteArray();
    }

    /**
     * @param base
     *            the full file of the version the patch starts from
     * @return the full file of the next version
     * @throws InvalidIncrementException
     *             if {@code base} does not have the length the patch was made for
     */
    public byte[] applyTo(byte[] base) throws InvalidIncrementException {
        if (base.length != baseLength) {
            throw new InvalidIncrementException("The increment applies to a file of " + baseLength //$NON-NLS-1$
                    + " bytes, not to one of " + base.length); //$NON-NLS-1$
        }
        byte[] result = Arrays.copyOf(base, newLength);
        for (Replacement replacement : replacements) {
            System.arraycopy(replacement.bytes, 0, result, replacement.offset(), replacement.bytes.length);
        }
        return result;
    }
}
