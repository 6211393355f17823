package org.civicwatch.model;

/**
 * The 全国地方公共団体コード (local government code): five digits and a check digit. The check
 * digit weighs the five digits 6, 5, 4, 3, 2; with r the sum modulo 11 it is (11 - r) mod 10.
 * Gunma Prefecture is {@code 100005}, Shinjuku {@code 131041}.
 */
public final class LocalGovernmentCode {
    // Compiled once: every place read from a file is checked, and String.matches would compile per call.
    private static final java.util.regex.Pattern FIVE = java.util.regex.Pattern.compile("\\d{5}");
    private static final java.util.regex.Pattern SIX = java.util.regex.Pattern.compile("\\d{6}");

    private LocalGovernmentCode() {
    }

    /**
     * The check digit for the first five digits of a code: {@code checkDigit("10000")} is 5.
     *
     * @param fiveDigits the first five digits
     * @return the check digit, 0 to 9
     * @throws ModelException if the text is not five digits
     */
    public static int checkDigit(String fiveDigits) {
        if (!FIVE.matcher(fiveDigits).matches()) {
            throw new ModelException(null, MessageText.quote(fiveDigits) + " is not five digits");
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /**
     * Checks a six-digit code.
     *
     * @param code the code, such as {@code 100005}
     * @return the code
     * @throws ModelException saying what is wrong and, for a bad check digit, which digit is right
     */
    public static String validate(String code) {
        if (!SIX.matcher(code).matches()) {
            throw new ModelException(null, MessageText.quote(code) + " is not a local government code: it has six digits,"
                    + " e.g. 100005 for Gunma Prefecture");
        }
        int expected = checkDigit(code.substring(0, 5));
        if (code.charAt(5) - '0' != expected) {
            throw new ModelException(null, "check digit of " + MessageText.quote(code) + " should be " + expected
                    + " (did you mean " + code.substring(0, 5) + expected + "?)");
        }
        return code;
    }
}
