package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.protocol.components.IncrementPatch;
import io.bulwark.protocol.components.IncrementPatch.Replacement;
import io.bulwark.protocol.components.InvalidIncrementException;

class IncrementPatchTest {

    private static final byte[] BASE = "the quick brown fox".getBytes(StandardCharsets.US_ASCII);

    @Test
    void appliesReplacementsInOrderAndGrowsTheFile() throws Exception {
        IncrementPatch patch = IncrementPatch.of(BASE.length, BASE.length + 4,
                List.of(new Replacement(4, bytes("slow ")), new Replacement(4, bytes("QU")),
                        new Replacement(BASE.length, bytes("!!!!"))));

        assertEquals("the QUow  brown fox!!!!", new String(patch.applyTo(BASE), StandardCharsets.US_ASCII));
    }

    @Test
    void shrinkingCutsTheTail() throws Exception {
        IncrementPatch patch = IncrementPatch.of(BASE.length, 9, List.of());

        assertEquals("the quick", new String(patch.applyTo(BASE), StandardCharsets.US_ASCII));
    }

    @Test
    void encodingSurvivesARoundTripInTheDocumentedLayout() throws Exception {
        IncrementPatch patch = IncrementPatch.of(BASE.length, BASE.length, List.of(new Replacement(0, bytes("T"))));
        byte[] encoded = patch.encode();

        ByteBuffer layout = ByteBuffer.wrap(encoded);
        byte[] magic = new byte[8];
        layout.get(magic);
        assertEquals("BWPATCH1", new String(magic, StandardCharsets.US_ASCII));
        assertEquals(BASE.length, layout.getLong());
        assertEquals(BASE.length, layout.getLong());
        assertEquals(1, layout.getInt());
        assertEquals(0, layout.getLong());
        assertEquals(1, layout.getInt());
        assertEquals('T', layout.get());
        assertEquals(0, layout.remaining());

        IncrementPatch decoded = IncrementPatch.decode(encoded);
        assertEquals(patch.replacements(), decoded.replacements());
        assertArrayEquals(patch.applyTo(BASE), decoded.applyTo(BASE));
    }

    @Test
    void refusesAFileOfTheWrongLength() {
        IncrementPatch patch = IncrementPatch.of(BASE.length + 1, BASE.length, List.of());

        InvalidIncrementException error = assertThrows(InvalidIncrementException.class, () -> patch.applyTo(BASE));
        assertTrue(error.getMessage().contains("applies to a file of " + (BASE.length + 1)), error.getMessage());
    }

    @Test
    void refusesBytesThatAreNoValidPatch() {
        byte[] valid = IncrementPatch.of(3, 3, List.of(new Replacement(1, bytes("xy")))).encode();
        byte[] wrongMagic = valid.clone();
        wrongMagic[0] = 'X';
        byte[] cutShort = Arrays.copyOf(valid, valid.length - 1);
        byte[] trailing = Arrays.copyOf(valid, valid.length + 1);
        byte[] outside = valid.clone();
        ByteBuffer.wrap(outside).putLong(8 + 8 + 8 + 4, 2);

        for (byte[] invalid : List.of(wrongMagic, cutShort, trailing, outside, new byte[0])) {
            assertThrows(InvalidIncrementException.class, () -> IncrementPatch.decode(invalid));
        }
    }

    @Test
    void refusesToBuildAReplacementOutsideTheNewFile() {
        assertThrows(IllegalArgumentException.class,
                () -> IncrementPatch.of(3, 3, List.of(new Replacement(2, bytes("xy")))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
