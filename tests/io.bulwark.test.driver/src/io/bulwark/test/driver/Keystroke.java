package io.bulwark.test.driver;

import java.awt.event.KeyEvent;

/**
 * The key, and whether Shift is held, that types a character on a US keyboard layout (the layout of Xvfb's default
 * keymap).
 *
 * @param keyCode
 *            a {@link KeyEvent} {@code VK_} code
 * @param shifted
 *            whether Shift is held
 */
record Keystroke(int keyCode, boolean shifted) {

    private static final String UNSHIFTED_SYMBOLS = " -=[];',./\\`";
    private static final String SHIFTED_SYMBOLS = " _+{}:\"<>?|~";
    private static final String DIGIT_SYMBOLS = ")!@#$%^&*(";
    private static final int[] SYMBOL_KEYS = {KeyEvent.VK_SPACE, KeyEvent.VK_MINUS, KeyEvent.VK_EQUALS,
            KeyEvent.VK_OPEN_BRACKET, KeyEvent.VK_CLOSE_BRACKET, KeyEvent.VK_SEMICOLON, KeyEvent.VK_QUOTE,
            KeyEvent.VK_COMMA, KeyEvent.VK_PERIOD, KeyEvent.VK_SLASH, KeyEvent.VK_BACK_SLASH,
            KeyEvent.VK_BACK_QUOTE};

    static Keystroke of(char c) {
        if (c >= 'a' && c <= 'z') {
            return new Keystroke(KeyEvent.VK_A + (c - 'a'), false);
        }
        if (c >= 'A' && c <= 'Z') {
            return new Keystroke(KeyEvent.VK_A + (c - 'A'), true);
        }
        if (c >= '0' && c <= '9') {
            return new Keystroke(KeyEvent.VK_0 + (c - '0'), false);
        }
        if (DIGIT_SYMBOLS.indexOf(c) >= 0) {
            return new Keystroke(KeyEvent.VK_0 + DIGIT_SYMBOLS.indexOf(c), true);
        }
        if (UNSHIFTED_SYMBOLS.indexOf(c) >= 0) {
            return new Keystroke(SYMBOL_KEYS[UNSHIFTED_SYMBOLS.indexOf(c)], false);
        }
        if (c != ' ' && SHIFTED_SYMBOLS.indexOf(c) >= 0) {
            return new Keystroke(SYMBOL_KEYS[SHIFTED_SYMBOLS.indexOf(c)], true);
        }
        if (c == '\n') {
            return new Keystroke(KeyEvent.VK_ENTER, false);
        }
        if (c == '\t') {
            return new Keystroke(KeyEvent.VK_TAB, false);
        }
        throw new IllegalArgumentException("No key types '" + c + "' on a US layout");
    }
}
