package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksIdTest {

    @Test
    void handWrittenIdCheckAgreesWithThePattern() {
        String alphabet = "aZ09._:-é /\u0000\uD800あ";
        Random random = new Random(9);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(6) == 0 ? 120 + random.nextInt(15) : random.nextInt(6);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 8)));
            }
            String id = s.toString();
            assertThat(Checks.isId(id)).as(id).isEqualTo(Checks.ID.matcher(id).matches());
        }
    }
}
