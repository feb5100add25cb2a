package org.opencrm.adapter.rest.server;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.opencrm.adapter.rest.campaign.CampaignReportResource;
import org.opencrm.adapter.rest.campaign.CampaignResource;
import org.opencrm.adapter.rest.campaign.CampaignResponseImportResource;
import org.opencrm.adapter.rest.complaint.ComplaintResource;
import org.opencrm.adapter.rest.complaint.CustomerComplaintResource;
import org.opencrm.adapter.rest.complaint.CustomerFollowUpResource;
import org.opencrm.adapter.rest.complaint.FollowUpResource;
import org.opencrm.adapter.rest.customer.CustomerImportResource;
import org.opencrm.adapter.rest.customer.CustomerMergeResource;
import org.opencrm.adapter.rest.customer.CustomerProfileResource;
import org.opencrm.adapter.rest.customer.CustomerResource;
import org.opencrm.adapter.rest.customer.CustomerTiersResource;
import org.opencrm.adapter.rest.customer.CustomerTimelineResource;
import org.opencrm.adapter.rest.customer.DuplicateResource;
import org.opencrm.adapter.rest.importing.BulkImport;
import org.opencrm.adapter.rest.interaction.InteractionImportResource;
import org.opencrm.adapter.rest.interaction.InteractionResource;
import org.opencrm.adapter.rest.model.ModelResource;
import org.opencrm.adapter.rest.product.ProductImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseResource;
import org.opencrm.adapter.rest.recommendation.NextBestActionResource;
import org.opencrm.adapter.rest.recommendation.RulesReportResource;
import org.opencrm.adapter.rest.recommendation.RulesResource;
import org.opencrm.adapter.rest.recommendation.SegmentNextBestActionResource;
import org.opencrm.adapter.rest.report.AcquisitionReportResource;
import org.opencrm.adapter.rest.report.ProspectReportResource;
import org.opencrm.adapter.rest.report.ReportResource;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.segment.SegmentResource;
import org.opencrm.adapter.rest.survey.SurveyImportResource;
import org.opencrm.adapter.rest.survey.SurveyResource;
import org.opencrm.adapter.rest.system.SystemResource;
import org.opencrm.application.port.in.acquisition.AcquisitionReportUseCase;
import org.opencrm.application.port.in.acquisition.ProspectReportUseCase;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.application.port.in.campaign.ImportCampaignResponsesUseCase;
import org.opencrm.application.port.in.campaign.RecordCampaignResponseUseCase;
import org.opencrm.application.port.in.campaign.StartCampaignUseCase;
import org.opencrm.application.port.in.complaint.ComplaintReportUseCase;
import org.opencrm.application.port.in.complaint.CompleteFollowUpUseCase;
import org.opencrm.application.port.in.complaint.FindComplaintsUseCase;
import org.opencrm.application.port.in.complaint.FindFollowUpsUseCase;
import org.opencrm.application.port.in.complaint.OpenComplaintUseCase;
import org.opencrm.application.port.in.complaint.ScheduleFollowUpUseCase;
import org.opencrm.application.port.in.complaint.UpdateComplaintUseCase;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.application.port.in.customer.CustomerTimelineUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.FindDuplicatesUseCase;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.MergeCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.interaction.FindInteractionsUseCase;
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase;
import org.opencrm.application.port.in.interaction.RecordInteractionUseCase;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.model.ValidateModelUseCase;
import org.opencrm.application.port.in.product.ImportProductsUseCase;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.application.port.in.recommendation.AssociationRulesReportUseCase;
import org.opencrm.application.port.in.recommendation.MineAssociationRulesUseCase;
import org.opencrm.application.port.in.recommendation.NextBestActionsUseCase;
import org.opencrm.application.port.in.recommendation.SegmentNextBestActionsUseCase;
import org.opencrm.application.port.in.relationship.QualityReportUseCase;
import org.opencrm.application.port.in.relationship.SixIReportUseCase;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.application.port.in.survey.FindSurveyResponsesUseCase;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase;
import org.opencrm.application.port.in.survey.RecordSurveyResponseUseCase;
import org.opencrm.application.port.in.survey.SurveyReportUseCase;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;

/**
 * Every resource of the API over the use cases: the one list {@code crm serve} serves, {@code crm openapi}
 * describes and the adapter's own tests serve over a fake application.
 */
public final class Resources {

    private Resources() {
    }

    /** The resources; {@code metrics} receives the bulk imports' row counts, {@code version} is the product's. */
    public static List<Object> all(UseCases uses, MeterRegistry metrics, String version) {
        IdempotencyKeys idempotency = new IdempotencyKeys(uses.get(IdempotentRequestUseCase.class));
        BulkImport bulk = new BulkImport(idempotency, metrics);
        return List.of(
                new CustomerResource(uses.get(RegisterCustomerUseCase.class), uses.get(UpdateCustomerUseCase.class),
                        uses.get(FindCustomerUseCase.class), uses.get(ListCustomersUseCase.class), idempotency),
                new CustomerImportResource(uses.get(ImportCustomersUseCase.class), bulk),
                new DuplicateResource(uses.get(FindDuplicatesUseCase.class)),
                new CustomerMergeResource(uses.get(MergeCustomersUseCase.class), idempotency),
                new CampaignResource(uses.get(StartCampaignUseCase.class),
                        uses.get(RecordCampaignResponseUseCase.class), uses.get(CampaignReportUseCase.class), idempotency),
                new CampaignReportResource(uses.get(CampaignReportUseCase.class)),
                new CampaignResponseImportResource(uses.get(ImportCampaignResponsesUseCase.class), bulk),
                new AcquisitionReportResource(uses.get(AcquisitionReportUseCase.class)),
                new ProspectReportResource(uses.get(ProspectReportUseCase.class)),
                new RulesResource(uses.get(MineAssociationRulesUseCase.class), idempotency),
                new RulesReportResource(uses.get(AssociationRulesReportUseCase.class)),
                new NextBestActionResource(uses.get(NextBestActionsUseCase.class)),
                new SegmentNextBestActionResource(uses.get(SegmentNextBestActionsUseCase.class)),
                new SegmentResource(uses.get(SaveSegmentUseCase.class), uses.get(FindSegmentsUseCase.class),
                        uses.get(SegmentMembersUseCase.class), idempotency),
                new CustomerTimelineResource(uses.get(CustomerTimelineUseCase.class)),
                new CustomerTiersResource(uses.get(TierReportUseCase.class)),
                new CustomerProfileResource(uses.get(CustomerProfileUseCase.class)),
                new PurchaseResource(uses.get(RecordPurchaseUseCase.class), uses.get(FindPurchasesUseCase.class),
                        idempotency),
                new PurchaseImportResource(uses.get(ImportPurchasesUseCase.class), bulk),
                new ProductImportResource(uses.get(ImportProductsUseCase.class), bulk),
                new InteractionResource(uses.get(RecordInteractionUseCase.class), uses.get(FindInteractionsUseCase.class),
                        idempotency),
                new InteractionImportResource(uses.get(ImportInteractionsUseCase.class), bulk),
                new SurveyResource(uses.get(RecordSurveyResponseUseCase.class),
                        uses.get(FindSurveyResponsesUseCase.class), idempotency),
                new SurveyImportResource(uses.get(ImportSurveyResponsesUseCase.class), bulk),
                new CustomerComplaintResource(uses.get(OpenComplaintUseCase.class), uses.get(FindComplaintsUseCase.class),
                        idempotency),
                new ComplaintResource(uses.get(UpdateComplaintUseCase.class), uses.get(FindComplaintsUseCase.class),
                        idempotency),
                new CustomerFollowUpResource(uses.get(ScheduleFollowUpUseCase.class),
                        uses.get(FindFollowUpsUseCase.class), idempotency),
                new FollowUpResource(uses.get(FindFollowUpsUseCase.class), uses.get(CompleteFollowUpUseCase.class),
                        idempotency),
                new ReportResource(uses.get(LifecycleReportUseCase.class), uses.get(RfmReportUseCase.class),
                        uses.get(ValueReportUseCase.class), uses.get(ChurnReportUseCase.class),
                        uses.get(LoyaltyReportUseCase.class), uses.get(TierReportUseCase.class),
                        uses.get(ValueTypesReportUseCase.class), uses.get(AttitudinalLoyaltyReportUseCase.class),
                        uses.get(SurveyReportUseCase.class), uses.get(ComplaintReportUseCase.class),
                        uses.get(QualityReportUseCase.class), uses.get(SixIReportUseCase.class)),
                new ModelResource(uses.get(FitModelUseCase.class), uses.get(FindModelUseCase.class),
                        uses.get(ValidateModelUseCase.class), idempotency),
                new SystemResource(version));
    }
}
