package org.opencrm.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.opencrm.domain.complaint.ComplaintSla;
import org.opencrm.domain.complaint.FollowUpCadence;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.RecencyChurnSignal;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * Settings beyond the store: the lifecycle rules, the time zone days are counted in, the complaint deadlines
 * and the follow-up cadences per relationship tier. Read from the
 * properties file named by {@code CRM_CONFIG}, if any; every key is optional and defaults to docs/domain.md's numbers.
 */
record CrmConfig(RecencyChurnSignal churnSignal, ExpansionRule expansionRule, ZoneId zone, ChurnRule churnRule,
                 ComplaintSla complaintSla, FollowUpCadence followUpCadence) {

    /**
     * The churn policy: P(alive) of which model, below which thresholds, and whether the lifecycle uses it (else
     * the recency rule); the value reports always read statuses from the model.
     */
    record ChurnRule(boolean pAlive, ModelKind model, double atRiskBelow, double lapsedBelow) {
        static final ChurnRule DEFAULT = new ChurnRule(true, ModelKind.MBG_NBD, 0.5, 0.2);
    }

    static final String ENVIRONMENT_VARIABLE = "CRM_CONFIG";
    private static final Set<String> KEYS = Set.of("time-zone", "lifecycle.single-buyer-gap-days",
            "lifecycle.at-risk-factor", "lifecycle.lapsed-factor", "lifecycle.min-at-risk-days",
            "lifecycle.min-lapsed-days", "lifecycle.expansion-recent-days", "lifecycle.expansion-growth-factor",
            "lifecycle.churn-signal", "lifecycle.p-alive.model", "lifecycle.p-alive.at-risk-below",
            "lifecycle.p-alive.lapsed-below", "complaints.sla-hours.strategic", "complaints.sla-hours.major",
            "complaints.sla-hours.transactional", "complaints.sla-hours.risk", "complaints.sla-hours.untiered",
            "follow-ups.cadence-days.strategic", "follow-ups.cadence-days.major",
            "follow-ups.cadence-days.transactional", "follow-ups.cadence-days.risk",
            "follow-ups.cadence-days.untiered");

    static final CrmConfig DEFAULT = new CrmConfig(RecencyChurnSignal.DEFAULT, ExpansionRule.DEFAULT, ZoneId.of("UTC"),
            ChurnRule.DEFAULT, ComplaintSla.DEFAULT, FollowUpCadence.DEFAULT);

    /** Thrown for an unreadable file, an unknown key or a bad value; the message names file, key and value. */
    static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfigException(String message) {
            super(message);
        }
    }


    static CrmConfig load(Map<String, String> environment) {
        String file = environment.get(ENVIRONMENT_VARIABLE);
        if (file == null || file.isBlank()) {
            return DEFAULT;
        }
        Path path = Path.of(file);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("config " + path + " (from " + ENVIRONMENT_VARIABLE + "): cannot read: " + e.getMessage());
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ConfigException("config " + path + ": unknown keys " + unknown + "; known keys: " + new TreeSet<>(KEYS));
        }
        Reading read = new Reading(path, p);
        RecencyChurnSignal d = RecencyChurnSignal.DEFAULT;
        try {
            RecencyChurnSignal churn = new RecencyChurnSignal(
                    read.value("lifecycle.single-buyer-gap-days", Double::parseDouble, d.singleBuyerGapDays()),
                    read.value("lifecycle.at-risk-factor", Double::parseDouble, d.atRiskFactor()),
                    read.value("lifecycle.lapsed-factor", Double::parseDouble, d.lapsedFactor()),
                    read.value("lifecycle.min-at-risk-days", Integer::parseInt, d.minAtRiskDays()),
                    read.value("lifecycle.min-lapsed-days", Integer::parseInt, d.minLapsedDays()));
            ExpansionRule expansion = new ExpansionRule(
                    read.value("lifecycle.expansion-recent-days", Integer::parseInt, ExpansionRule.DEFAULT.recentDays()),
                    read.value("lifecycle.expansion-growth-factor", BigDecimal::new, ExpansionRule.DEFAULT.growthFactor()));
            ZoneId zone = read.value("time-zone", ZoneId::of, DEFAULT.zone());
            String signal = read.value("lifecycle.churn-signal", String::strip, "p-alive");
            if (!signal.equals("recency") && !signal.equals("p-alive")) {
                throw new ConfigException("config " + path + ": key 'lifecycle.churn-signal': '" + signal
                        + "' is not valid (recency or p-alive)");
            }
            ChurnRule rule = new ChurnRule(signal.equals("p-alive"),
                    read.value("lifecycle.p-alive.model", ModelKind::ofCode, ChurnRule.DEFAULT.model()),
                    read.value("lifecycle.p-alive.at-risk-below", Double::parseDouble, ChurnRule.DEFAULT.atRiskBelow()),
                    read.value("lifecycle.p-alive.lapsed-below", Double::parseDouble, ChurnRule.DEFAULT.lapsedBelow()));
            if (rule.model() == ModelKind.GAMMA_GAMMA) {
                throw new ConfigException("config " + path + ": key 'lifecycle.p-alive.model': gamma-gamma predicts "
                        + "spend, not purchases (bgnbd, mbgnbd or pareto-nbd)");
            }
            if (!(rule.lapsedBelow() > 0 && rule.lapsedBelow() < rule.atRiskBelow() && rule.atRiskBelow() < 1)) {
                throw new ConfigException("config " + path + ": need 0 < lifecycle.p-alive.lapsed-below < "
                        + "lifecycle.p-alive.at-risk-below < 1");
            }
            return new CrmConfig(churn, expansion, zone, rule, complaintSla(read), followUpCadence(read));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("config " + path + ": " + e.getMessage());
        }
    }

    private static ComplaintSla complaintSla(Reading read) {
        Map<RelationshipTier, Duration> byTier = new EnumMap<>(RelationshipTier.class);
        for (RelationshipTier tier : RelationshipTier.values()) {
            byTier.put(tier, Duration.ofHours(read.value("complaints.sla-hours." + tier.name().toLowerCase(Locale.ROOT),
                    Long::parseLong, ComplaintSla.DEFAULT.byTier().get(tier).toHours())));
        }
        return new ComplaintSla(byTier, Duration.ofHours(read.value("complaints.sla-hours.untiered", Long::parseLong,
                ComplaintSla.DEFAULT.untiered().toHours())));
    }

    /** Cadence days per tier; 0 turns a tier's scheduled revisits off. */
    private static FollowUpCadence followUpCadence(Reading read) {
        Map<RelationshipTier, Integer> days = new EnumMap<>(RelationshipTier.class);
        for (RelationshipTier tier : RelationshipTier.values()) {
            int d = read.value("follow-ups.cadence-days." + tier.name().toLowerCase(Locale.ROOT), Integer::parseInt,
                    FollowUpCadence.DEFAULT.daysByTier().getOrDefault(tier, 0));
            if (d > 0) {
                days.put(tier, d);
            }
        }
        return new FollowUpCadence(days, read.value("follow-ups.cadence-days.untiered", Integer::parseInt,
                FollowUpCadence.DEFAULT.untieredDays()));
    }

    /** Typed reads of one properties file. */
    private record Reading(Path path, Properties properties) {
        <T> T value(String key, Function<String, T> parser, T fallback) {
            String text = properties.getProperty(key);
            if (text == null) {
                return fallback;
            }
            try {
                return parser.apply(text.strip());
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new ConfigException("config " + path + ": key '" + key + "': '" + text + "' is not valid ("
                        + e.getMessage() + ")");
            }
        }
    }
}
