package org.opencrm.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.opencrm.application.port.in.access.AuthenticateUseCase;
import org.opencrm.application.port.in.access.CreateApiKeyUseCase;
import org.opencrm.application.port.in.access.ListApiKeysUseCase;
import org.opencrm.application.port.in.access.RevokeApiKeyUseCase;
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
import org.opencrm.application.port.in.complaint.ScheduleFirstPurchaseFollowUpsUseCase;
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
import org.opencrm.application.port.in.migration.MigrateStoreUseCase;
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
import org.opencrm.application.port.in.report.RunReportBatchUseCase;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.application.port.in.survey.FindSurveyResponsesUseCase;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase;
import org.opencrm.application.port.in.survey.RecordSurveyResponseUseCase;
import org.opencrm.application.port.in.survey.SurveyReportUseCase;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;
import org.opencrm.application.service.access.ApiKeyService;
import org.opencrm.application.service.campaign.CampaignService;
import org.opencrm.application.service.campaign.ImportCampaignResponsesService;
import org.opencrm.application.service.complaint.ComplaintService;
import org.opencrm.application.service.complaint.FollowUpService;
import org.opencrm.application.service.customer.CustomerMergeService;
import org.opencrm.application.service.customer.CustomerService;
import org.opencrm.application.service.customer.CustomerTimelineService;
import org.opencrm.application.service.customer.DuplicateService;
import org.opencrm.application.service.customer.ImportCustomersService;
import org.opencrm.application.service.idempotency.IdempotentRequestService;
import org.opencrm.application.service.interaction.ImportInteractionsService;
import org.opencrm.application.service.interaction.InteractionService;
import org.opencrm.application.service.migration.MigrateStoreService;
import org.opencrm.application.service.model.ModelService;
import org.opencrm.application.service.product.ImportProductsService;
import org.opencrm.application.service.purchase.FindPurchasesService;
import org.opencrm.application.service.purchase.ImportPurchasesService;
import org.opencrm.application.service.purchase.RecordPurchaseService;
import org.opencrm.application.service.recommendation.AssociationRuleService;
import org.opencrm.application.service.recommendation.NextBestActionService;
import org.opencrm.application.service.report.LifecycleReportService;
import org.opencrm.application.service.report.RfmReportService;
import org.opencrm.application.service.report.ValueTypesReportService;
import org.opencrm.application.service.survey.ImportSurveyResponsesService;
import org.opencrm.application.service.survey.SurveyReportService;
import org.opencrm.application.service.survey.SurveyService;
import org.opencrm.application.service.value.AcquisitionReportService;
import org.opencrm.application.service.value.AttitudinalLoyaltyService;
import org.opencrm.application.service.value.CustomerProfileService;
import org.opencrm.application.service.value.CustomerValuation;
import org.opencrm.application.service.value.ProspectReportService;
import org.opencrm.application.service.value.RelationshipService;
import org.opencrm.application.service.value.ReportBatchService;
import org.opencrm.application.service.value.SegmentService;
import org.opencrm.application.service.value.TierReportService;
import org.opencrm.application.service.value.ValueReportService;
import org.opencrm.domain.complaint.ComplaintSla;
import org.opencrm.domain.complaint.FollowUpCadence;
import org.opencrm.domain.lifecycle.ChurnSignal;
import org.opencrm.domain.lifecycle.ChurnThresholds;
import org.opencrm.domain.lifecycle.ExpansionRule;

/** Binds each use case to its service, and the clock and lifecycle rules they need. */
final class ApplicationModule extends AbstractModule {

    private final CrmConfig config;

    ApplicationModule(CrmConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(CustomerService.class).in(Singleton.class);
        bind(RegisterCustomerUseCase.class).to(CustomerService.class);
        bind(UpdateCustomerUseCase.class).to(CustomerService.class);
        bind(FindCustomerUseCase.class).to(CustomerService.class);
        bind(ListCustomersUseCase.class).to(CustomerService.class);
        bind(ImportCustomersUseCase.class).to(ImportCustomersService.class);
        bind(MergeCustomersUseCase.class).to(CustomerMergeService.class);
        bind(AcquisitionReportUseCase.class).to(AcquisitionReportService.class);
        bind(ProspectReportUseCase.class).to(ProspectReportService.class);
        bind(CampaignService.class).in(Singleton.class);
        bind(StartCampaignUseCase.class).to(CampaignService.class);
        bind(RecordCampaignResponseUseCase.class).to(CampaignService.class);
        bind(ImportCampaignResponsesUseCase.class).to(ImportCampaignResponsesService.class);
        bind(CampaignReportUseCase.class).to(CampaignService.class);
        bind(RunReportBatchUseCase.class).to(ReportBatchService.class);
        bind(AssociationRuleService.class).in(Singleton.class);
        bind(MineAssociationRulesUseCase.class).to(AssociationRuleService.class);
        bind(AssociationRulesReportUseCase.class).to(AssociationRuleService.class);
        bind(NextBestActionService.class).in(Singleton.class);
        bind(NextBestActionsUseCase.class).to(NextBestActionService.class);
        bind(SegmentNextBestActionsUseCase.class).to(NextBestActionService.class);
        bind(SegmentService.class).in(Singleton.class);
        bind(SaveSegmentUseCase.class).to(SegmentService.class);
        bind(FindSegmentsUseCase.class).to(SegmentService.class);
        bind(SegmentMembersUseCase.class).to(SegmentService.class);
        bind(CustomerTimelineUseCase.class).to(CustomerTimelineService.class);
        bind(CustomerProfileUseCase.class).to(CustomerProfileService.class);
        bind(InteractionService.class).in(Singleton.class);
        bind(RecordInteractionUseCase.class).to(InteractionService.class);
        bind(FindInteractionsUseCase.class).to(InteractionService.class);
        bind(ImportInteractionsUseCase.class).to(ImportInteractionsService.class);
        bind(SurveyService.class).in(Singleton.class);
        bind(RecordSurveyResponseUseCase.class).to(SurveyService.class);
        bind(FindSurveyResponsesUseCase.class).to(SurveyService.class);
        bind(ImportSurveyResponsesUseCase.class).to(ImportSurveyResponsesService.class);
        bind(SurveyReportUseCase.class).to(SurveyReportService.class);
        bind(AttitudinalLoyaltyReportUseCase.class).to(AttitudinalLoyaltyService.class);
        bind(ComplaintService.class).in(Singleton.class);
        bind(OpenComplaintUseCase.class).to(ComplaintService.class);
        bind(UpdateComplaintUseCase.class).to(ComplaintService.class);
        bind(FindComplaintsUseCase.class).to(ComplaintService.class);
        bind(ComplaintReportUseCase.class).to(ComplaintService.class);
        bind(FollowUpService.class).in(Singleton.class);
        bind(ScheduleFollowUpUseCase.class).to(FollowUpService.class);
        bind(CompleteFollowUpUseCase.class).to(FollowUpService.class);
        bind(FindFollowUpsUseCase.class).to(FollowUpService.class);
        bind(ScheduleFirstPurchaseFollowUpsUseCase.class).to(FollowUpService.class);
        bind(RelationshipService.class).in(Singleton.class);
        bind(QualityReportUseCase.class).to(RelationshipService.class);
        bind(SixIReportUseCase.class).to(RelationshipService.class);
        bind(FindDuplicatesUseCase.class).to(DuplicateService.class);
        bind(IdempotentRequestUseCase.class).to(IdempotentRequestService.class);
        bind(RecordPurchaseUseCase.class).to(RecordPurchaseService.class);
        bind(FindPurchasesUseCase.class).to(FindPurchasesService.class);
        bind(ImportPurchasesUseCase.class).to(ImportPurchasesService.class);
        bind(ImportProductsUseCase.class).to(ImportProductsService.class);
        bind(LifecycleReportUseCase.class).to(LifecycleReportService.class);
        bind(RfmReportUseCase.class).to(RfmReportService.class);
        bind(ModelService.class).in(Singleton.class);
        bind(FitModelUseCase.class).to(ModelService.class);
        bind(FindModelUseCase.class).to(ModelService.class);
        bind(ValidateModelUseCase.class).to(ModelService.class);
        bind(CustomerValuation.class).in(Singleton.class);
        bind(ValueReportService.class).in(Singleton.class);
        bind(ValueReportUseCase.class).to(ValueReportService.class);
        bind(ChurnReportUseCase.class).to(ValueReportService.class);
        bind(LoyaltyReportUseCase.class).to(ValueReportService.class);
        bind(TierReportUseCase.class).to(TierReportService.class);
        bind(ValueTypesReportUseCase.class).to(ValueTypesReportService.class);
        bind(MigrateStoreUseCase.class).to(MigrateStoreService.class);
        bind(ApiKeyService.class).in(Singleton.class);
        bind(CreateApiKeyUseCase.class).to(ApiKeyService.class);
        bind(ListApiKeysUseCase.class).to(ApiKeyService.class);
        bind(RevokeApiKeyUseCase.class).to(ApiKeyService.class);
        bind(AuthenticateUseCase.class).to(ApiKeyService.class);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.system(config.zone());
    }

    /**
     * The one place the churn signal is chosen: P(alive) of the configured purchase model (MBG/NBD by default)
     * with its thresholds, for the lifecycle and every value report alike; the recency rule where no fit is
     * calibrated by a report's date, or everywhere in the lifecycle with {@code lifecycle.churn-signal = recency}.
     */
    @Provides
    @Singleton
    ChurnPolicy churnPolicy() {
        CrmConfig.ChurnRule rule = config.churnRule();
        return new ChurnPolicy(rule.model(), new ChurnThresholds(rule.atRiskBelow(), rule.lapsedBelow()), rule.pAlive());
    }

    @Provides
    @Singleton
    ChurnSignal recencyRule() {
        return config.churnSignal();
    }

    @Provides
    @Singleton
    ExpansionRule expansionRule() {
        return config.expansionRule();
    }

    @Provides
    @Singleton
    ComplaintSla complaintSla() {
        return config.complaintSla();
    }

    @Provides
    @Singleton
    FollowUpCadence followUpCadence() {
        return config.followUpCadence();
    }
}
