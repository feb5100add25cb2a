package org.opencrm.application.service.model;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.model.ValidateModelUseCase;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.lifecycle.StoredModels;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.value.clv.BgNbdFit;
import org.opencrm.domain.value.clv.BgNbdFitter;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.GammaGammaModel;
import org.opencrm.domain.value.clv.HoldoutValidation;
import org.opencrm.domain.value.clv.MbgNbdModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ParetoNbdModel;
import org.opencrm.domain.value.clv.PurchaseModel;
import org.opencrm.domain.value.clv.PurchaseSummary;
import org.opencrm.domain.value.clv.SummaryTable;

/**
 * Fits the value models on the store's purchases (one streaming pass builds each customer's summary; memory
 * grows with customers, not purchases) and keeps every fit.
 */
public class ModelService implements FitModelUseCase, FindModelUseCase, ValidateModelUseCase {

    private final PurchaseRepository purchases;
    private final ModelRepository models;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public ModelService(PurchaseRepository purchases, ModelRepository models, UnitOfWork unitOfWork, Clock clock) {
        this.purchases = Objects.requireNonNull(purchases);
        this.models = Objects.requireNonNull(models);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public FittedModel fit(Command command) {
        List<PurchaseSummary> summaries = new ArrayList<>();
        purchases.forEachPurchaseDays(clock.getZone(), command.calibrationEnd(), d ->
                summaries.add(PurchaseSummary.of(d, command.calibrationEnd(), command.unit())));
        if (summaries.isEmpty()) {
            throw new IllegalArgumentException("'calibrationEnd' " + command.calibrationEnd()
                    + " is before every purchase in the store: nothing to fit");
        }
        FittedModel fitted = switch (command.kind()) {
            case BG_NBD -> purchaseModel(command, summaries, new BgNbdFitter().fit(SummaryTable.of(summaries)));
            case MBG_NBD -> purchaseModel(command, summaries, MbgNbdModel.fit(SummaryTable.of(summaries)));
            case PARETO_NBD -> {
                ParetoNbdModel.ParetoNbdFit fit = ParetoNbdModel.fit(SummaryTable.of(summaries));
                var p = fit.model().parameters();
                yield new FittedModel(command.kind(), Map.of("r", p.r(), "alpha", p.alpha(), "s", p.s(), "beta", p.beta()),
                        fit.logLikelihood(), command.calibrationEnd(), command.unit(), summaries.size(), clock.instant(),
                        fit.converged(), fit.evaluations());
            }
            case GAMMA_GAMMA -> {
                int[] x = summaries.stream().mapToInt(PurchaseSummary::x).toArray();
                double[] m = summaries.stream().mapToDouble(s -> s.meanRepeatValue().doubleValue()).toArray();
                GammaGammaModel.Fit fit = GammaGammaModel.fit(x, m, GammaGammaModel.DEFAULT_MAX_CORRELATION);
                var p = fit.model().parameters();
                // Gamma-Gamma learns from repeat buyers only: their count is what the fit stands on.
                long repeatBuyers = java.util.stream.IntStream.range(0, x.length).filter(i -> x[i] > 0 && m[i] > 0).count();
                yield new FittedModel(command.kind(), Map.of("p", p.p(), "q", p.q(), "gamma", p.gamma()),
                        fit.logLikelihood(), command.calibrationEnd(), command.unit(), repeatBuyers, clock.instant(),
                        fit.converged(), fit.evaluations());
            }
        };
        unitOfWork.run(() -> models.save(fitted));
        return fitted;
    }

    private FittedModel purchaseModel(Command command, List<PurchaseSummary> summaries, BgNbdFit fit) {
        var p = fit.parameters();
        return new FittedModel(command.kind(), Map.of("r", p.r(), "alpha", p.alpha(), "a", p.a(), "b", p.b()),
                fit.logLikelihood(), command.calibrationEnd(), command.unit(), summaries.size(), clock.instant(),
                fit.converged(), fit.evaluations());
    }

    @Override
    public Validation validate(ValidateModelUseCase.Query query) {
        FittedModel fit = models.findLatest(query.kind()).orElseThrow(() -> new IllegalArgumentException(
                "no fit of " + query.kind().code() + " yet; run 'crm model fit --model " + query.kind().code() + "'"));
        if (!query.holdoutEnd().isAfter(fit.calibrationEnd())) {
            throw new IllegalArgumentException("'holdoutEnd' " + query.holdoutEnd() + " must be after the fit's "
                    + "calibration end " + fit.calibrationEnd());
        }
        PurchaseModel model = StoredModels.purchaseModel(fit);
        List<HoldoutValidation.Observation> observations = new ArrayList<>();
        purchases.forEachHistory(clock.getZone(), h -> PurchaseDays.of(h, fit.calibrationEnd())
                .map(d -> PurchaseSummary.of(d, fit.calibrationEnd(), fit.unit()))
                .ifPresent(s -> observations.add(new HoldoutValidation.Observation(s,
                        HoldoutValidation.holdoutPurchases(h.purchases(), fit.calibrationEnd(), query.holdoutEnd())))));
        double length = fit.unit().fromDays(ChronoUnit.DAYS.between(fit.calibrationEnd(), query.holdoutEnd()));
        return new Validation(fit, length, HoldoutValidation.table(model, length, observations, 7));
    }

    @Override
    public Optional<FittedModel> latest(ModelKind kind) {
        return models.findLatest(kind);
    }

    @Override
    public List<FittedModel> history(ModelKind kind) {
        return models.findAll(kind);
    }
}
