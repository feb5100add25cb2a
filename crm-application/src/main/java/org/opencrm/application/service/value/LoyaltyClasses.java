package org.opencrm.application.service.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.service.lifecycle.StoredModels;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.value.clv.PurchaseModel;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.loyalty.ReinartzKumarModel;

/**
 * Reinartz &amp; Kumar's classes of a valued base: each customer's lifetime duration (until P(alive) fell below the
 * cut) and CLV, split at the base's medians; lapsed customers never loyal. Shared by the loyalty report and the
 * customer profile so both give a customer the same class.
 */
record LoyaltyClasses(Map<CustomerId, ReinartzKumarClass> classes, Map<CustomerId, Double> durations,
                      double durationCut, double clvCut) {

    static LoyaltyClasses of(CustomerValuation.Snapshot snapshot, double aliveCut) {
        PurchaseModel model = StoredModels.purchaseModel(snapshot.fits().purchases());
        List<ReinartzKumarModel.Input> inputs = new ArrayList<>(snapshot.customers().size());
        Map<CustomerId, Double> durations = new HashMap<>();
        for (ValuedCustomer v : snapshot.customers()) {
            double duration = ReinartzKumarModel.lifetimeDuration(model, v.x(), v.tx(), v.T(), aliveCut);
            durations.put(v.customerId(), duration);
            inputs.add(new ReinartzKumarModel.Input(v.customerId(), duration, v.clv().amount().doubleValue(),
                    v.status() == ChurnStatus.LAPSED));
        }
        double durationCut = ReinartzKumarModel.median(inputs.stream().mapToDouble(ReinartzKumarModel.Input::loyalty)
                .toArray());
        double clvCut = ReinartzKumarModel.median(inputs.stream().mapToDouble(ReinartzKumarModel.Input::clv).toArray());
        return new LoyaltyClasses(ReinartzKumarModel.classify(inputs, durationCut, clvCut), durations, durationCut,
                clvCut);
    }
}
