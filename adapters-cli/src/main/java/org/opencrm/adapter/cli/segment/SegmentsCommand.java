package org.opencrm.adapter.cli.segment;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm segments}: saved conditions and their members. */
@Command(name = "segments", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Saves segments (a condition over what is known of each customer: stage, tier, loyalty, RFM, "
                + "P(alive), CLV, purchases(Nd) and spend(Nd), acquisition source, consent, attr.NAME, joined by and, "
                + "or, not and parentheses), lists them with their versions, and lists their members as of a date. "
                + "The grammar is in docs/domain.md; e.g. crm segments save at-risk-spenders "
                + "\"spend(90d) > 100 and stage = at_risk and not tier = risk\".")
public final class SegmentsCommand {
}
