package org.citiverse.shared.interfaces.rest;

/** A request that cannot be understood as sent (a malformed parameter or body): a 400 problem saying why. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;

    public InvalidRequestException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    /**
     * A JSON body's field that must be text when given: its text, or null when absent or null;
     * otherwise a 400 of this problem type.
     */
    public static String text(jakarta.json.JsonObject json, String name, String type) {
        jakarta.json.JsonValue value = json.get(name);
        if (value == null || value == jakarta.json.JsonValue.NULL) {
            return null;
        }
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        throw new InvalidRequestException(type, name + " is text");
    }

    /** A query parameter that must be a whole number; otherwise a 400 of this problem type. */
    public static int wholeNumber(String text, String name, String type) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(type, name + " must be a whole number");
        }
    }

    /**
     * A query parameter of {@code count} comma-separated finite numbers (such as near=52.09,5.12), or
     * null when absent; otherwise a 400 of this problem type.
     */
    public static double[] numbers(String text, int count, String name, String type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != count) {
            throw new InvalidRequestException(type, name + " must be " + count + " comma-separated numbers");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(type, name + " must be " + count + " comma-separated numbers");
            }
            if (!Double.isFinite(out[i])) {
                throw new InvalidRequestException(type, name + " must be finite numbers");
            }
        }
        return out;
    }

    public String type() {
        return type;
    }
}
