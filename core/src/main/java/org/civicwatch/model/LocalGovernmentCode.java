package org.civicwatch.model;

/**
 * The 全国地方公共団体コード (local government code): five digits and a check digit. The check
 * digit weighs the five digits 6, 5, 4, 3, 2; with r the sum modulo 11 it is (11 - r) mod 10.
 * Gunma Prefecture is {@code 100005}, Shinjuku {@code 131041}.
 */
public final class LocalGovernmentCode {

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
        if (!digits(fiveDigits, 5)) {
            throw new ModelException(null, MessageText.quote(fiveDigits) + " is not five digits");
        }
        return checkDigit(fiveDigits, 5);
    }

    /** The check digit of the first five chars of {@code text}, known to be ASCII digits. */
    private static int checkDigit(String text, int five) {
        int sum = 0;
        for (int i = 0; i < five; i++) {
            sum += (text.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** {@return whether the text is exactly {@code n} ASCII digits}, checked by hand: every place read is checked. */
    private static boolean digits(String text, int n) {
        if (text.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a six-digit code.
     *
     * @param code the code, such as {@code 100005}
     * @return the code
     * @throws ModelException saying what is wrong and, for a bad check digit, which digit is right
     */
    public static String validate(String code) {
        if (!digits(code, 6)) {
            throw new ModelException(null, MessageText.quote(code) + " is not a local government code: it has six digits,"
                    + " e.g. 100005 for Gunma Prefecture");
        }
        int expected = checkDigit(code, 5);
        if (code.charAt(5) - '0' != expected) {
            throw new ModelException(null, "check digit of " + MessageText.quote(code) + " should be " + expected
                    + " (did you mean " + code.substring(0, 5) + expected + "?)");
        }
        return code;
    }
}
