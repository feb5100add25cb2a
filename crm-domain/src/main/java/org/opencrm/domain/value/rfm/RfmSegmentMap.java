package org.opencrm.domain.value.rfm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Named segments defined by score ranges, as data: the first rule that matches a score wins, anything
 * unmatched is "Other". Operators supply their own map in the text form {@link #parse} reads.
 */
public record RfmSegmentMap(String name, List<Rule> rules) {

    public static final String OTHER = "Other";

    /** The standard 5×5 R×F map: every one of the 25 cells belongs to exactly one of eleven segments. */
    public static final RfmSegmentMap STANDARD = parse("standard", String.join("\n",
            "# segment          ; R   ; F   ; M",
            "Champions          ; 5   ; 4-5 ; *",
            "Loyal              ; 3-4 ; 4-5 ; *",
            "Potential loyalist ; 4-5 ; 2-3 ; *",
            "New                ; 5   ; 1   ; *",
            "Promising          ; 4   ; 1   ; *",
            "Needs attention    ; 3   ; 3   ; *",
            "About to sleep     ; 3   ; 1-2 ; *",
            "At risk            ; 1-2 ; 3-4 ; *",
            "Can't lose them    ; 1-2 ; 5   ; *",
            "Hibernating        ; 2   ; 1-2 ; *",
            "Lost               ; 1   ; 1-2 ; *"));

    /** One segment's ranges (inclusive) on R, F and M. */
    public record Rule(String segment, int rMin, int rMax, int fMin, int fMax, int mMin, int mMax) {
        public boolean matches(RfmScore s) {
            return s.recency() >= rMin && s.recency() <= rMax && s.frequency() >= fMin && s.frequency() <= fMax
                    && s.monetary() >= mMin && s.monetary() <= mMax;
        }
    }

    public RfmSegmentMap {
        Objects.requireNonNull(name, "'name' must not be null");
        rules = List.copyOf(rules);
    }

    /** The segments the map names, each once, in the order of their first rule ({@link #OTHER} not among them). */
    public List<String> segments() {
        return rules.stream().map(Rule::segment).distinct().toList();
    }

    public String segmentOf(RfmScore score) {
        for (Rule r : rules) {
            if (r.matches(score)) {
                return r.segment();
            }
        }
        return OTHER;
    }

    /**
     * Reads a map: one rule a line, {@code segment ; R ; F ; M}, each range {@code n}, {@code n-m} or {@code *};
     * blank lines and lines starting with # are skipped. Errors name the line.
     */
    public static RfmSegmentMap parse(String name, String text) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(";");
            if (f.length != 4 || f[0].isBlank()) {
                throw new IllegalArgumentException("segment map " + name + ", line " + (i + 1)
                        + ": expected 'segment ; R ; F ; M', got '" + line + "'");
            }
            int[] r = range(f[1], name, i + 1, "R");
            int[] fr = range(f[2], name, i + 1, "F");
            int[] m = range(f[3], name, i + 1, "M");
            rules.add(new Rule(f[0].strip(), r[0], r[1], fr[0], fr[1], m[0], m[1]));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("segment map " + name + " has no rules");
        }
        return new RfmSegmentMap(name, rules);
    }

    private static int[] range(String text, String map, int line, String dimension) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.equals("*")) {
                return new int[] {1, Integer.MAX_VALUE};
            }
            int dash = t.indexOf('-');
            int lo = Integer.parseInt(dash < 0 ? t : t.substring(0, dash).strip());
            int hi = dash < 0 ? lo : Integer.parseInt(t.substring(dash + 1).strip());
            if (lo < 1 || hi < lo) {
                throw new NumberFormatException();
            }
            return new int[] {lo, hi};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("segment map " + map + ", line " + line + ": " + dimension
                    + " range '" + text.strip() + "' is not n, n-m or *");
        }
    }
}
