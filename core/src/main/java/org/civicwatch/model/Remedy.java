package org.civicwatch.model;

import javax.annotation.CheckForNull;

/**
 * What really happened as a result of a filing, apart from its legal outcome: the seed case's audit
 * request was dismissed, and yet the official returned ¥500,000.
 *
 * @param description what happened ("給与50万円を返還")
 * @param amount a sum of money involved, in the currency's units
 * @param currency ISO 4217 code of {@code amount}, "JPY" for yen
 * @param when when it happened
 */
public record Remedy(String description, @CheckForNull Long amount, @CheckForNull String currency,
                     @CheckForNull When when) {
    /**
     * Checks the remedy.
     *
     * @param description what happened ("給与50万円を返還")
     * @param amount a sum of money involved, in the currency's units
     * @param currency ISO 4217 code of {@code amount}, "JPY" for yen
     * @param when when it happened
     * @throws ModelException if {@code description} is missing, an amount has no currency, or the currency
     *     is not three capital letters
     */
    public Remedy {
        description = Checks.required(description, "description");
        currency = Checks.text(currency, "currency");
        if (amount != null && currency == null) {
            throw new ModelException("currency", "is required with an amount (e.g. JPY)");
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new ModelException("currency", MessageText.quote(currency) + " is not an ISO 4217 code such as JPY");
        }
    }
}
