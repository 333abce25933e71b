package org.citiverse.shared.domain;

/** The rule every short name or note people type follows: trimmed, not empty, bounded, no control characters. */
public final class PlainText {

    private PlainText() {
    }

    /** The trimmed text when it keeps the rule; null when it is missing, blank, too long or holds control characters. */
    public static String clean(String value, int maxLength) {
        String clean = value == null ? "" : value.strip();
        boolean valid = !clean.isEmpty() && clean.length() <= maxLength
                && clean.chars().noneMatch(c -> Character.isISOControl(c) || notCharacter(c));
        return valid ? clean : null;
    }

    /** U+FFFE and U+FFFF are no characters: XML (Open311's format) cannot carry them. */
    public static boolean notCharacter(int c) {
        return c == 0xFFFE || c == 0xFFFF;
    }
}
