package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a password from a file the way every password file of the console is read: its first line, in UTF-8. */
final class PasswordFiles {

    private PasswordFiles() {
    }

    /**
     * @return the first line of the file, without its line break; empty when the line is blank. The caller clears the
     *         array after use.
     * @throws IOException
     *             when the file cannot be read or is not UTF-8 ({@link java.nio.charset.CharacterCodingException})
     */
    static char[] firstLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
                end++;
            }
            char[] line = new char[end];
            chars.get(line);
            Arrays.fill(chars.array(), '\0');
            if (new String(line).isBlank()) {
                Arrays.fill(line, '\0');
                return new char[0];
            }
            return line;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
