package org.opencrm.domain.identity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The normalised forms records are matched on: e-mail (trimmed, lower case, a "+tag" dropped), phone (E.164
 * digits: separators dropped, a leading 00 read as +), name (any script: Unicode NFKC, lower case, punctuation
 * dropped, words sorted, so "Zhang Wei", "wei  ZHANG" and "张伟" each meet their own kind).
 */
public final class MatchKeys {

    private MatchKeys() {
    }

    public static Optional<String> email(String email) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            return Optional.empty();
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        String local = e.substring(0, at);
        int plus = local.indexOf('+');
        return Optional.of((plus > 0 ? local.substring(0, plus) : local) + e.substring(at));
    }

    /** E.164-style: "+" and digits; empty when fewer than 7 digits remain (an extension, a typo). */
    public static Optional<String> phone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String p = phone.strip();
        boolean plus = p.startsWith("+");
        String digits = p.replaceAll("[^0-9]", "");
        if (!plus && digits.startsWith("00")) {
            digits = digits.substring(2);
            plus = true;
        }
        return digits.length() < 7 ? Optional.empty() : Optional.of((plus ? "+" : "") + digits);
    }

    /** The name's words, normalised and sorted, joined by one space; empty for a name of no letters. */
    public static Optional<String> name(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]", " ").strip();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String[] words = n.split("\\s+");
        Arrays.sort(words);
        return Optional.of(String.join(" ", words));
    }

    /** A free-text field (an address) compared without case, punctuation or spacing. */
    public static Optional<String> text(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}\\s]", "");
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /**
     * Similarity of two normalised names, 0..1: one minus the edit distance over the longer length, counted in
     * code points so a Chinese character is one letter.
     */
    public static double similarity(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int longest = Math.max(x.length, y.length);
        if (longest == 0) {
            return 1.0;
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[y.length] / longest;
    }
}
