/**
 * Reading Japanese civic source text: dates (western and era, {@code 平成29年7月18日},
 * {@code H29.5.29}, spans such as {@code 2014年5月から2017年3月にかけて}), numbers and counts
 * ({@code 六基}, {@code 数十基}, {@code ひとつも…ない}, {@code 50万円}) and floors ({@code 地下1階},
 * {@code 3階から30階}).
 *
 * <p>Everything here is a pure, thread-safe static function over a string. Each parser works on an
 * NFKC-normalised copy of its input (so full-width {@code ２０１７} reads as {@code 2017}) and keeps the
 * text exactly as given in what it returns ({@code When.original()}, {@code Count.original()},
 * {@link org.civicwatch.text.Mention#text()}). Text that is not in a recognised form is an error, a
 * {@link org.civicwatch.text.TextParseException} quoting the text and naming the forms that are
 * accepted; nothing is guessed.
 *
 * <pre>{@code
 * JapaneseDates.parse("平成29年7月18日(火)")      // 2017-07-18
 * JapaneseNumbers.parseCount("六基")              // exactly 6
 * JapaneseFloors.parse("3階から30階")             // 3..30
 * JapaneseFloors.findAll("最上階32階や31階にも")   // two mentions, with their offsets
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.text;

import javax.annotation.ParametersAreNonnullByDefault;
