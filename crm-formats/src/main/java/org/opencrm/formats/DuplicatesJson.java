package org.opencrm.formats;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.opencrm.application.port.in.customer.FindDuplicatesUseCase;

/** Candidate duplicates as {@code crm customers duplicates --format json} and the API show them. */
public record DuplicatesJson(long customers, long pairs,
                             @Schema(description = "blocks of records sharing a key too often to compare pair by "
                                     + "pair (a switchboard number): not searched") long skippedBlocks,
                             List<Candidate> candidates) {

    /** One pair: the lower id first, the rule, the score and what matched. */
    public record Candidate(String firstId, String firstName, String secondId, String secondName,
                            @Schema(allowableValues = {"SAME_EMAIL", "SAME_PHONE", "SIMILAR_NAME"}) String rule,
                            double score, String evidence) {
    }

    public static DuplicatesJson of(FindDuplicatesUseCase.Duplicates d) {
        return new DuplicatesJson(d.customers(), d.pairs(), d.skippedBlocks(), d.candidates().stream()
                .map(p -> new Candidate(p.candidate().first().value(), p.firstName(), p.candidate().second().value(),
                        p.secondName(), p.candidate().rule().name(), Math.round(p.candidate().score() * 1000) / 1000.0,
                        p.candidate().evidence())).toList());
    }
}
