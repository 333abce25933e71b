package org.citiverse.permit.application;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.citiverse.permit.domain.RuleInputs;

/**
 * Reads what a citizen typed or chose as the answer to a question: numbers with a decimal point or
 * a decimal comma ("1,5" as Dutch is written), positive and within a sane maximum; a choice among
 * the question's values; yes or no; a short text. The same reading takes the answers back from a
 * link (their written form, {@link #written}).
 */
public final class Answers {

    /** Digits with one decimal separator at most; no thousands separators (is "1.000" one or a thousand?). */
    private static final Pattern DECIMAL = Pattern.compile("\\+?(\\d{1,9}([.,]\\d{0,6})?|[.,]\\d{1,6})");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d.*");

    private Answers() {
    }

    /**
     * The answer in the rules' terms: a {@link BigDecimal}, a {@link String} of the question's
     * choices, or a {@link Boolean}.
     *
     * @throws AnswerException required, number, positive, not-negative, too-large, choice, too-long
     */
    public static Object read(Question question, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new AnswerException(question.name(), question.kind() == Question.Kind.NUMBER
                    || question.kind() == Question.Kind.TEXT ? "required" : "choose");
        }
        return switch (question.kind()) {
            case NUMBER -> number(question, text);
            case CHOICE -> {
                if (!question.choices().contains(text)) {
                    throw new AnswerException(question.name(), "choose");
                }
                yield text;
            }
            case YES_NO -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new AnswerException(question.name(), "choose");
            };
            case TEXT -> {
                if (text.length() > RuleInputs.MAX_TEXT) {
                    throw new AnswerException(question.name(), "too-long", RuleInputs.MAX_TEXT);
                }
                yield text;
            }
        };
    }

    /** How an answer is written in a link or a form field: the reverse of {@link #read}. */
    public static String written(Object answer) {
        if (answer instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return answer == null ? "" : answer.toString();
    }

    private static BigDecimal number(Question question, String text) {
        String compact = text.replace(" ", "").replace("\u00a0", "");
        if (NEGATIVE.matcher(compact).matches()) {
            throw new AnswerException(question.name(), question.zeroAllowed() ? "not-negative" : "positive");
        }
        if (!DECIMAL.matcher(compact).matches()) {
            throw new AnswerException(question.name(), "number");
        }
        BigDecimal value = new BigDecimal(compact.replace(',', '.').replace("+", "").replaceFirst("^\\.", "0.")
                .replaceFirst("\\.$", ""));
        if (value.signum() == 0 && !question.zeroAllowed()) {
            throw new AnswerException(question.name(), "positive");
        }
        if (question.max() != null && value.compareTo(question.max()) > 0) {
            throw new AnswerException(question.name(), "too-large", question.max().toPlainString());
        }
        return value;
    }
}
